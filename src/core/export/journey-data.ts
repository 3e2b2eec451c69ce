/** Plain-data views of an analysed journey that the document exporters (OpenAPI, Arazzo, Markdown) share. */
import type { JourneyModel, ScopeModel, StateModel } from '../model/types';
import type { Analysis } from '../validate/validate';

/** A JSON value as read from the journey file. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** The journey file as plain data (aliases expanded with a bomb guard); `{}` when it is not a mapping. */
export function journeyJs(analysis: Analysis): JsonObject {
  try {
    // maxAliasCount guards against alias bombs ("billion laughs") when materialising.
    const data: unknown = analysis.source.doc?.toJS({ maxAliasCount: 100 });
    return isObject(data) ? data : {};
  } catch {
    return {};
  }
}

/** True for a plain JSON object. */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `obj.a.b.c` when every step is an object, else undefined. */
export function at(value: unknown, ...keys: string[]): Json | undefined {
  let cur: unknown = value;
  for (const k of keys) {
    if (!isObject(cur)) return undefined;
    cur = cur[k];
  }
  return cur as Json | undefined;
}

/** A string field, or undefined. */
export function strAt(value: unknown, ...keys: string[]): string | undefined {
  const v = at(value, ...keys);
  return typeof v === 'string' ? v : undefined;
}

/** An object field, or undefined. */
export function objAt(value: unknown, ...keys: string[]): JsonObject | undefined {
  const v = at(value, ...keys);
  return isObject(v) ? v : undefined;
}

/** A deep copy, so exported documents never share objects (YAML would emit anchors/aliases). */
export function clone<T extends Json>(value: T): T {
  return structuredClone(value);
}

/** `http-success` → `httpSuccess` (the operationId prefix of arazzo-export.md). */
export function camelName(name: string): string {
  const parts = name.split(/[^A-Za-z0-9]+/).filter(Boolean);
  return parts.map((p, i) => (i === 0 ? p[0].toLowerCase() + p.slice(1) : p[0].toUpperCase() + p.slice(1))).join('') || 'journey';
}

/** `waitForApproval` → `WaitForApproval` (component names). */
export function pascalName(name: string): string {
  const c = camelName(name);
  return c[0].toUpperCase() + c.slice(1);
}

/** The journey's name, or a placeholder when metadata.name is missing. */
export function journeyName(analysis: Analysis): string {
  return analysis.model.name?.value || 'journey';
}

/** The state's own block (`wait:`, `webhook:` …) as plain data. */
export function stateBody(analysis: Analysis, state: StateModel): JsonObject | undefined {
  return state.type ? objAt(stateJs(analysis, state), state.type) : undefined;
}

/** The whole state mapping as plain data (any scope: branches and subjourneys too). */
export function stateJs(analysis: Analysis, state: StateModel): JsonObject | undefined {
  const doc = analysis.source.doc;
  if (!doc) return undefined;
  try {
    const js: unknown = state.node.toJS(doc, { maxAliasCount: 100 });
    return isObject(js) ? js : undefined;
  } catch {
    return undefined;
  }
}

/** External-input states (`wait`, `webhook`) in every scope, in document order. Step ids are bare state ids. */
export function externalInputStates(analysis: Analysis): StateModel[] {
  const seen = new Set<string>();
  return analysis.model.states.filter((s) => {
    if (s.type !== 'wait' && s.type !== 'webhook') return false;
    if (s.scope.kind === 'compensation' || seen.has(s.id)) return false;
    seen.add(s.id);
    return true;
  });
}

/** `spec.lifecycle.startMode`: `sync` unless the journey says `async` (dsl.md §2.7). */
export function startMode(data: JsonObject): 'sync' | 'async' {
  return strAt(data, 'spec', 'lifecycle', 'startMode') === 'async' ? 'async' : 'sync';
}

/** What a synchronous start can end at, following the top scope from `spec.start` (dsl.md §2.2.1). */
export function syncStartEnds(analysis: Analysis): { terminal: boolean; externalInput: boolean } {
  const { model } = analysis;
  const top = model.top;
  const out = { terminal: false, externalInput: false };
  const seen = new Set<string>();
  const queue = top.start ? [top.start.value] : [];
  while (queue.length) {
    const id = queue.shift()!;
    if (seen.has(id)) continue;
    seen.add(id);
    const state = top.states.get(id);
    if (!state) continue;
    if (state.type === 'succeed' || state.type === 'fail') out.terminal = true;
    // The run pauses at a step, also one inside a parallel branch or a called subjourney.
    if (pausesForInput(model, state, 0)) {
      out.externalInput = true;
      continue;
    }
    // A parallel with no `next` ends the journey when its join completes (dialect D03).
    if (state.type === 'parallel' && state.transitions.length === 0) out.terminal = true;
    for (const t of state.transitions) queue.push(t.target);
  }
  return out;
}

function pausesForInput(model: JourneyModel, state: StateModel, depth: number): boolean {
  if (depth > 16) return false;
  if (state.type === 'wait' || state.type === 'webhook') return true;
  const nested: ScopeModel[] = state.type === 'parallel' ? [...state.branches] : [];
  if (state.type === 'subjourney' && state.ref) {
    const sub = model.subjourneys.get(state.ref.value);
    if (sub) nested.push(sub);
  }
  return nested.some((scope) => [...scope.states.values()].some((s) => pausesForInput(model, s, depth + 1)));
}
