/** Checks a scenario's `expect` block against the run; every failure is one sentence a designer understands. */
import { getPath, subsetMismatch, type Json, type JsonObject } from '../json';
import type { RunOutcome } from '../types';

/** What `expect` is checked against. */
export interface RunView {
  outcome: RunOutcome;
  context: JsonObject;
  visited: readonly string[];
  /** Every state a RUNNING run rests at (several inside a parallel). */
  active: readonly string[];
}

const show = (v: Json | undefined) => (v === undefined ? 'nothing' : JSON.stringify(v));

/** Matches a state id given bare or qualified against a qualified id. */
export function sameState(expected: string, qid: string | undefined): boolean {
  if (!qid) return false;
  return qid === expected || qid.split('/').pop() === expected;
}

/** The failures of `expect` for this run (empty when it holds). */
export function checkExpect(expect: JsonObject | undefined, run: RunView): string[] {
  if (!expect) return [];
  const f: string[] = [];
  const o = run.outcome;
  if (expect.phase !== undefined && expect.phase !== o.phase) {
    const why = o.error ? ` (${o.error.code}${o.error.reason ? `: ${o.error.reason}` : ''})` : '';
    f.push(
      `phase: expected ${String(expect.phase)}, got ${o.phase}${why}${o.currentState ? ` at '${o.currentState}'` : ''}`,
    );
  }
  const here = o.phase === 'RUNNING' && run.active.length ? run.active : [o.currentState];
  if (
    typeof expect.currentState === 'string' &&
    !here.some((q) => sameState(expect.currentState as string, q))
  ) {
    f.push(
      `currentState: expected '${expect.currentState}', got '${here.join("', '") || '(none)'}'`,
    );
  }
  const sub = (label: string, expected: Json | undefined, actual: Json | undefined) => {
    if (expected === undefined) return;
    const at = subsetMismatch(expected, actual);
    if (at === null) return;
    const path = at === '(root)' ? '' : at;
    f.push(
      `${label}${path ? `.${path}` : ''}: expected ${show(path ? getPath(expected, path) : expected)}, got ${show(path ? getPath(actual ?? null, path) : actual)}`,
    );
  };
  sub('error', expect.error, (o.error as Json | undefined) ?? undefined);
  sub('output', expect.output, o.output);
  sub('context', expect.context, run.context);
  if (expect.httpStatus !== undefined && expect.httpStatus !== o.httpStatus) {
    f.push(
      `httpStatus: expected ${String(expect.httpStatus)}, got ${o.httpStatus ?? 'none (not a kind: Api run)'}`,
    );
  }
  for (const s of Array.isArray(expect.visited) ? expect.visited : []) {
    if (typeof s === 'string' && !run.visited.some((v) => sameState(s, v))) {
      f.push(
        `visited: expected the run to enter '${s}', but it never did (entered: ${run.visited.join(', ') || 'nothing'})`,
      );
    }
  }
  const sent = o.setCookies ?? [];
  for (const p of Array.isArray(expect.setCookies) ? expect.setCookies : []) {
    const re = new RegExp(
      `^${String(p)
        .split('*')
        .map((x) => x.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`,
    );
    if (!sent.some((l) => re.test(l)))
      f.push(
        `setCookies: expected a Set-Cookie matching '${String(p)}', got ${sent.length ? sent.join(' | ') : 'none'}`,
      );
  }
  for (const s of Array.isArray(expect.notVisited) ? expect.notVisited : []) {
    if (typeof s === 'string' && run.visited.some((v) => sameState(s, v)))
      f.push(`notVisited: the run entered '${s}'`);
  }
  return f;
}
