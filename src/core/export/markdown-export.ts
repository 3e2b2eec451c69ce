/**
 * `--to markdown`: a page people can read on GitHub: description, the Mermaid
 * diagram, a states table and the auth outcomes. The editor passes the auth
 * preview it already ran; without one the auth table lists the auth tasks and
 * their failure codes from the model.
 */
import { authStatesOf } from '../auth/auth-states';
import type { AuthPreview, PreviewEnd } from '../auth/preview-types';
import type { StateModel, Transition } from '../model/types';
import type { Analysis } from '../validate/validate';
import { unparseable, type Exporter } from './exporter';
import { at, journeyJs, journeyName, stateJs, strAt } from './journey-data';
import { mermaidDiagram } from './mermaid-export';

/** Text safe inside a Markdown table cell. */
function cell(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;').trim();
}

/** Inline code that survives backticks in the text. */
function code(text: string): string {
  const t = cell(text);
  return t.includes('`') ? `\`\` ${t} \`\`` : `\`${t}\``;
}

/** The Markdown page; `preview` adds where each auth outcome leads. */
export function markdownPage(analysis: Analysis, preview?: AuthPreview): string {
  const data = journeyJs(analysis);
  const name = journeyName(analysis);
  const { model } = analysis;
  const out: string[] = [`# ${cell(name)}`, ''];
  const facts = [`kind: ${model.kind ?? '?'}`, `version: ${model.version?.value ?? '?'}`];
  out.push(`_${facts.map(cell).join(' · ')}_`, '');
  const description = strAt(data, 'metadata', 'description');
  // Descriptions are prose; raw HTML in them is shown, not rendered.
  if (description) out.push(description.trim().replace(/</g, '&lt;').replace(/\n{3,}/g, '\n\n'), '');
  out.push('## Diagram', '', '```mermaid', mermaidDiagram(analysis).trimEnd(), '```', '');
  out.push('## States', '', '| State | Type | Details | Goes to |', '|---|---|---|---|');
  for (const s of model.states) {
    if (s.scope.kind === 'compensation') continue;
    out.push(`| ${code(s.qid)} | ${cell(typeLabel(s))} | ${cell(details(analysis, s))} | ${s.transitions.map(edge).join(', ')} |`);
  }
  out.push('', '## Auth outcomes', '');
  out.push(...(preview ? previewTable(preview) : modelAuthTable(analysis)), '');
  return out.join('\n');
}

function typeLabel(s: StateModel): string {
  const kind = s.task?.kind?.value;
  return kind ? `${s.type ?? 'task'} (${kind})` : s.type ?? s.rawType?.value ?? '?';
}

function details(analysis: Analysis, s: StateModel): string {
  const js = stateJs(analysis, s);
  switch (s.type) {
    case 'fail':
      return [strAt(js, 'errorCode'), strAt(js, 'reason')].filter(Boolean).join(': ');
    case 'succeed':
      return strAt(js, 'outputVar') ? `output: context.${strAt(js, 'outputVar')}` : 'output: context';
    case 'wait':
    case 'webhook': {
      const timeout = at(js, s.type, 'timeoutSec');
      return timeout === undefined ? `step ${s.id}` : `step ${s.id}, timeout ${String(timeout)}s`;
    }
    case 'timer':
      return strAt(js, 'timer', 'duration') ?? strAt(js, 'timer', 'until') ?? 'computed';
    case 'parallel':
      return `branches: ${s.branches.map((b) => b.name ?? '?').join(', ')}`;
    case 'subjourney':
      return s.ref ? `calls ${s.ref.value}` : '';
    case 'task': {
      const task = at(js, 'task');
      return strAt(task, 'operationRef') ?? [strAt(task, 'method'), strAt(task, 'url')].filter(Boolean).join(' ') ?? '';
    }
    default:
      return '';
  }
}

function edge(t: Transition): string {
  const via = t.via === 'choice' ? ` (when #${(t.choiceIndex ?? 0) + 1})` : t.via === 'default' ? ' (default)' : t.via === 'onTimeout' ? ' (timeout)' : '';
  return `${code(t.target)}${via}`;
}

function modelAuthTable(analysis: Analysis): string[] {
  const states = authStatesOf(analysis.model);
  if (states.length === 0) return ['No auth tasks.'];
  return [
    '| Auth state | Plugin | Profile | Result in | Failure codes |',
    '|---|---|---|---|---|',
    ...states.map(
      (a) =>
        `| ${code(a.state.qid)} | ${code(a.kind)} | ${cell(a.profile)} | ${code(a.target)} | ${a.plugin.businessCodes.map(code).join(', ')} |`,
    ),
  ];
}

function previewTable(preview: AuthPreview): string[] {
  if (preview.authStates.length === 0) return ['No auth tasks.'];
  const rows = ['| Auth state | Outcome | Problem status | Ends | Path |', '|---|---|---|---|---|'];
  for (const s of preview.authStates) {
    for (const o of s.outcomes) {
      const status = o.problem?.status !== undefined ? String(o.problem.status) : '';
      rows.push(`| ${code(s.state)} | ${code(o.code)} | ${status} | ${cell(endLabel(o.ends))} | ${cell(o.path.join(' → '))} |`);
    }
  }
  return rows;
}

function endLabel(end: PreviewEnd): string {
  const http = 'httpStatus' in end && end.httpStatus !== undefined ? ` (HTTP ${end.httpStatus})` : '';
  switch (end.kind) {
    case 'fail':
      return `fail ${end.errorCode} at ${end.state}${http}`;
    case 'succeed':
      return `succeed at ${end.state}${http}`;
    case 'externalInput':
      return `waits at ${end.state}`;
    default:
      return `undecided at ${end.state}: ${end.reason}`;
  }
}

export const markdownExporter: Exporter = {
  id: 'markdown',
  title: 'Markdown page',
  extension: '.md',
  mediaType: 'text/markdown',
  run(analysis) {
    const problem = unparseable(analysis);
    if (problem) return { ok: false, message: problem };
    return { ok: true, text: markdownPage(analysis) };
  },
};
