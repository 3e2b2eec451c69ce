/** Shared plumbing for commands: read the text into a model once, find states, splice safely. Pure. */
import { isMap, type YAMLMap } from 'yaml';
import { child } from '../yaml-nodes';
import type { TextEdit } from '../diagnostics';
import { buildModel } from '../model/build-model';
import type { JourneyModel, ScopeModel, StateModel } from '../model/types';
import { parseSource, type JourneySource } from '../source';
import { applyEdits } from './yaml-splice';
import type { CommandResult } from './types';

/** A parsed text ready for a command. */
export interface Loaded {
  source: JourneySource;
  model: JourneyModel;
}

/** Parses text for a command; an error result when it is not a YAML mapping with an error-free parse. */
export function load(text: string): Loaded | { error: string } {
  const source = parseSource(text);
  if (!source.root || source.doc?.errors.length)
    return { error: 'The file is not valid YAML; fix the syntax first' };
  return { source, model: buildModel(source) };
}

/** Loads `text` and checks a command's precondition on it: the model to edit, or why not. Pure. */
export function loadChecked<A>(
  text: string,
  args: A,
  check: (model: JourneyModel, args: A) => true | string,
): Loaded | { error: string } {
  const loaded = load(text);
  if ('error' in loaded) return loaded;
  const ok = check(loaded.model, args);
  return ok === true ? loaded : { error: ok };
}

/** The state with qualified id `qid` (bare ids resolve at top level). */
export function findState(model: JourneyModel, qid: string): StateModel | undefined {
  return model.states.find((s) => s.qid === qid) ?? model.top.states.get(qid);
}

/** The scope with id `id` (default `top`). */
export function findScope(model: JourneyModel, id = 'top'): ScopeModel | undefined {
  return model.scopes.find((s) => s.id === id);
}

/** The `states` mapping of a scope. */
export function statesMap(scope: ScopeModel): YAMLMap | undefined {
  const v = child(scope.node, 'states');
  return isMap(v) ? (v as YAMLMap) : undefined;
}

/** DSL state ids: identifier-like and URL-safe (wait/webhook ids become `/steps/{id}`). */
export const STATE_ID = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** A state id not used in `scope`, from `base` (`base`, `base2`, `base3` …). Pure. */
export function uniqueId(scope: ScopeModel, base: string): string {
  if (!scope.states.has(base)) return base;
  for (let i = 2; ; i++) if (!scope.states.has(`${base}${i}`)) return `${base}${i}`;
}

/** Applies edits, re-parses the result and refuses output that would not parse (never hands back broken YAML). */
export function finish(
  text: string,
  edits: TextEdit[],
  select?: (newText: string) => { start: number; end: number } | undefined,
): CommandResult {
  let out: string;
  try {
    out = applyEdits(text, edits);
  } catch {
    return { error: 'The edit overlaps itself; nothing was changed' };
  }
  const check = parseSource(out);
  if (!check.root || check.doc?.errors.length)
    return { error: 'The edit would break the YAML structure; nothing was changed' };
  const selection = select?.(out);
  return selection ? { text: out, selection } : { text: out };
}

/** Where an offset of the original text lands after `edits` (only edits ending at or before it move it). Pure. */
export function shiftOffset(edits: readonly TextEdit[], offset: number): number {
  let shift = 0;
  for (const e of edits)
    if (e.span.end <= offset && e.span.start < offset)
      shift += e.text.length - (e.span.end - e.span.start);
  return offset + shift;
}
