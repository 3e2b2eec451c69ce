/**
 * `--to mermaid`: a `stateDiagram-v2` that GitHub renders. Parallel states and
 * subjourney calls are composite states; auth tasks and failures are styled.
 */
import type { JourneyModel, ScopeModel, StateModel, Transition } from '../model/types';
import { AUTH_TASK_KINDS } from '../model/types';
import type { Analysis } from '../validate/validate';
import { unparseable, type Exporter } from './exporter';
import { at, stateJs, strAt } from './journey-data';
import { MermaidIds, predicateLabel, safeLabel } from './mermaid/mermaid-text';
import { lookupTable } from '../own-property';

/** Nesting deeper than this is drawn as a plain state (junk input guard; Mermaid gets unreadable anyway). */
const MAX_DEPTH = 6;

const ICON: Readonly<Record<string, string>> = lookupTable({
  wait: '⏸ ',
  webhook: '📨 ',
  timer: '⏱ ',
  succeed: '✔ ',
  fail: '✖ ',
});

/** The Mermaid text of a journey (without a Markdown fence). */
export function mermaidDiagram(analysis: Analysis): string {
  const r = new Renderer(analysis);
  r.scope(analysis.model.top, '', 1, 0);
  return [
    'stateDiagram-v2',
    ...r.lines,
    '    classDef jfAuth fill:#fef3c7,stroke:#b45309,color:#78350f',
    '    classDef jfFail fill:#fee2e2,stroke:#b91c1c,color:#7f1d1d',
    '    classDef jfStep fill:#dbeafe,stroke:#1d4ed8,color:#1e3a8a',
    ...r.classLines(),
    '',
  ].join('\n');
}

class Renderer {
  readonly lines: string[] = [];
  private readonly ids = new MermaidIds();
  private readonly classes = new Map<string, string[]>();
  private readonly model: JourneyModel;

  constructor(private readonly analysis: Analysis) {
    this.model = analysis.model;
  }

  classLines(): string[] {
    return [...this.classes].filter(([, ids]) => ids.length).map(([cls, ids]) => `    class ${ids.join(',')} ${cls}`);
  }

  /** Renders the states of one scope; `ctx` keeps ids unique when a subjourney is drawn more than once. */
  scope(scope: ScopeModel, ctx: string, indent: number, depth: number): void {
    const pad = '    '.repeat(indent);
    const states = [...scope.states.values()];
    const idOf = (s: StateModel) => this.ids.id(`${ctx}|${s.qid}`, s.id);
    for (const s of states) this.state(s, idOf(s), ctx, indent, depth);
    if (scope.start && scope.states.has(scope.start.value)) {
      this.lines.push(`${pad}[*] --> ${idOf(scope.states.get(scope.start.value)!)}`);
    }
    for (const s of states) {
      for (const t of s.transitions) {
        const target = scope.states.get(t.target);
        if (!target) continue; // unknown targets are GRAPH-001 findings, not edges
        const label = this.edgeLabel(s, t);
        this.lines.push(`${pad}${idOf(s)} --> ${idOf(target)}${label ? ` : ${label}` : ''}`);
      }
      if (s.type === 'succeed' || s.type === 'fail') this.lines.push(`${pad}${idOf(s)} --> [*]`);
      else if (s.type === 'parallel' && s.transitions.length === 0) this.lines.push(`${pad}${idOf(s)} --> [*]`);
    }
  }

  private state(s: StateModel, id: string, ctx: string, indent: number, depth: number): void {
    const pad = '    '.repeat(indent);
    const kind = s.task?.kind?.value;
    const label = this.stateLabel(s, kind);
    if ((AUTH_TASK_KINDS as readonly string[]).includes(kind ?? '')) this.mark('jfAuth', id);
    else if (s.type === 'fail') this.mark('jfFail', id);
    else if (s.type === 'wait' || s.type === 'webhook') this.mark('jfStep', id);
    const sub = s.type === 'subjourney' && s.ref ? this.model.subjourneys.get(s.ref.value) : undefined;
    const composite = depth < MAX_DEPTH && ((s.type === 'parallel' && s.branches.length > 0) || sub);
    if (!composite) {
      this.lines.push(`${pad}state "${label}" as ${id}`);
      return;
    }
    // Composite states show their id; the label goes into a note-free description line.
    this.lines.push(`${pad}state "${label}" as ${id}`);
    this.lines.push(`${pad}state ${id} {`);
    if (sub) {
      this.scope(sub, `${ctx}|${s.qid}`, indent + 1, depth + 1);
    } else {
      s.branches.forEach((branch, i) => {
        if (i > 0) this.lines.push(`${pad}    --`);
        const bid = this.ids.id(`${ctx}|${branch.id}`, `${s.id}_${branch.name ?? i}`);
        this.lines.push(`${pad}    state "branch ${safeLabel(branch.name ?? String(i), 40)}" as ${bid}`);
        this.lines.push(`${pad}    state ${bid} {`);
        this.scope(branch, ctx, indent + 2, depth + 1);
        this.lines.push(`${pad}    }`);
      });
    }
    this.lines.push(`${pad}}`);
  }

  private stateLabel(s: StateModel, kind: string | undefined): string {
    const auth = (AUTH_TASK_KINDS as readonly string[]).includes(kind ?? '');
    const icon = auth ? '🔒 ' : ICON[s.type ?? ''] ?? '';
    let detail = kind ?? s.type ?? s.rawType?.value ?? 'state';
    if (s.type === 'fail') {
      const code = strAt(stateJs(this.analysis, s), 'errorCode');
      if (code) detail = `fail ${code}`;
    }
    if (s.type === 'subjourney' && s.ref) detail = `subjourney ${s.ref.value}`;
    return safeLabel(`${icon}${s.id} · ${detail}`, 80);
  }

  private edgeLabel(s: StateModel, t: Transition): string {
    if (t.via === 'default') return 'default';
    if (t.via === 'onTimeout') return 'timeout';
    if (t.via !== 'choice' || t.choiceIndex === undefined) return '';
    const choices = at(stateJs(this.analysis, s), 'choices');
    const choice = Array.isArray(choices) ? choices[t.choiceIndex] : undefined;
    const expr = strAt(choice, 'when', 'predicate', 'expr');
    return expr ? predicateLabel(expr) : `choice ${t.choiceIndex + 1}`;
  }

  private mark(cls: string, id: string): void {
    const list = this.classes.get(cls) ?? [];
    list.push(id);
    this.classes.set(cls, list);
  }
}

export const mermaidExporter: Exporter = {
  id: 'mermaid',
  title: 'Mermaid state diagram',
  extension: '.mmd',
  mediaType: 'text/vnd.mermaid',
  run(analysis) {
    const problem = unparseable(analysis);
    if (problem) return { ok: false, message: problem };
    return { ok: true, text: mermaidDiagram(analysis) };
  },
};
