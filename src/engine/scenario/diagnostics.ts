/**
 * The one check of a scenario file (CONTRACTS §3): YAML syntax, then the
 * scenario JSON Schema, each failure located at the offending key or value.
 * The simulator, the CLI and the editor's scenario pane all read these, so a
 * file is never judged twice in two ways. Pure (the validator is compiled
 * once, lazily); never throws on user input.
 */
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { parseDocument } from 'yaml';
import { diag, locate, type Diagnostic } from '../../core/diagnostics';
import { LineIndex } from '../../core/line-index';
import { findExcessiveNesting } from '../../core/nesting-guard';
import { locateSchemaError, schemaErrorMessage } from '../../core/schema/ajv-errors';
import { scenarioSchema } from './schema';

/** Code of a scenario file that cannot be read as YAML. */
export const SCENARIO_YAML = 'SCENARIO-001';
/** Code of a scenario file that does not match the scenario format. */
export const SCENARIO_SCHEMA = 'SCENARIO-002';

/** A checked scenario file: its data when it has no diagnostics. */
export interface ScenarioCheck {
  data: unknown;
  diagnostics: Diagnostic[];
}

let compiled: ValidateFunction | undefined;

/** The compiled scenario validator (verbose: messages name the allowed keys). */
function scenarioValidator(): ValidateFunction {
  if (!compiled) {
    const ajv = new Ajv2020({ strict: false, allErrors: true, verbose: true });
    addFormats(ajv);
    compiled = ajv.compile(scenarioSchema);
  }
  return compiled;
}

/** The diagnostics of a scenario file's text, in file order; empty for a valid file. */
export function scenarioDiagnostics(text: string): Diagnostic[] {
  return checkScenario(text).diagnostics;
}

/** Parses and checks a scenario file's text; `data` is only meaningful without diagnostics. */
export function checkScenario(text: string): ScenarioCheck {
  // The parser recurses per nesting level: refuse absurd nesting before it can exhaust the stack.
  const tooDeep = findExcessiveNesting(text);
  if (tooDeep) {
    const span = { start: tooDeep.offset, end: tooDeep.offset + 1 };
    return { data: undefined, diagnostics: [diag(SCENARIO_YAML, 'error', tooDeep.message, span)] };
  }
  const doc = parseDocument(text, { prettyErrors: false });
  if (doc.errors.length) {
    const diagnostics = doc.errors.map((e) => {
      const [start, end] = e.pos;
      return diag(SCENARIO_YAML, 'error', e.message, { start, end: Math.max(end, start + 1) });
    });
    return { data: undefined, diagnostics };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    // Too many aliases (a "billion laughs" file) or a broken alias: still a YAML problem.
    const message = err instanceof Error ? err.message : String(err);
    return { data: undefined, diagnostics: [diag(SCENARIO_YAML, 'error', message, { start: 0, end: 1 })] };
  }
  const validate = scenarioValidator();
  if (validate(data)) return { data, diagnostics: [] };
  const seen = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  for (const err of relevantErrors(validate.errors ?? [])) {
    const at = locateSchemaError(doc.contents, err);
    const message = schemaErrorMessage(err, at.path, at.prop);
    const key = `${at.span.start}|${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    diagnostics.push(diag(SCENARIO_SCHEMA, 'error', message, at.span, at.path));
  }
  return { data, diagnostics: diagnostics.sort((a, b) => a.span.start - b.span.start) };
}

/** How many problems a "malformed scenario file" message lists. */
const MESSAGE_PROBLEMS = 5;

/**
 * The "malformed scenario file" message of the simulator and the CLI: one
 * line per problem (`line:column message`, in `text`), five at most.
 */
export function scenarioProblemMessage(text: string, diagnostics: readonly Diagnostic[]): string {
  const lines = new LineIndex(text);
  const problems = diagnostics.slice(0, MESSAGE_PROBLEMS).map((d) => {
    const at = locate(d, lines);
    return `\n  ${at.line}:${at.column} ${at.message}`;
  });
  if (diagnostics.length > MESSAGE_PROBLEMS) problems.push(`\n  (and ${diagnostics.length - MESSAGE_PROBLEMS} more)`);
  const what = diagnostics[0]?.code === SCENARIO_YAML ? 'is not valid YAML' : 'does not match the scenario format';
  return `The scenario file ${what}:${problems.join('')}`;
}

/**
 * ajv reports every branch of a failed `oneOf` (a step is a submit *or* an
 * advance) plus the umbrella "must match exactly one schema". Only the
 * branch(es) closest to matching — fewest errors — say what the author meant;
 * the rest, and the umbrella, are dropped.
 */
function relevantErrors(errors: readonly ErrorObject[]): ErrorObject[] {
  const dropped = new Set<ErrorObject>();
  for (const umbrella of errors) {
    if (umbrella.keyword !== 'oneOf' && umbrella.keyword !== 'anyOf') continue;
    const branches = new Map<string, ErrorObject[]>();
    const prefix = `${umbrella.schemaPath}/`;
    for (const e of errors) {
      if (!e.schemaPath.startsWith(prefix) || !within(e.instancePath, umbrella.instancePath)) continue;
      const branch = e.schemaPath.slice(prefix.length).split('/')[0];
      branches.set(branch, [...(branches.get(branch) ?? []), e]);
    }
    // No branch errors: the value matched several branches, and only the umbrella says so.
    if (!branches.size) continue;
    dropped.add(umbrella);
    const fewest = Math.min(...[...branches.values()].map((b) => b.length));
    for (const b of branches.values()) if (b.length > fewest) b.forEach((e) => dropped.add(e));
  }
  return errors.filter((e) => !dropped.has(e));
}

function within(path: string, parent: string): boolean {
  return path === parent || path.startsWith(`${parent}/`);
}
