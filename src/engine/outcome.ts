/** Terminal results → JourneyOutcome: output, error, and for `kind: Api` the HTTP status and body (RT-14/15/28). */
import { getPath, isObject, type Json, type JsonObject } from './json';
import type { Runtime } from './runtime-types';
import type { RunOutcome, ThreadResult } from './types';

/** Builds the outcome of the main thread's result; evaluates apiResponses and the error envelope for Apis. */
export async function outcomeOf(
  rt: Runtime,
  r: ThreadResult,
  now: number,
): Promise<{ outcome: RunOutcome; notes: string[] }> {
  const notes: string[] = [];
  const outcome: RunOutcome = { phase: r.phase, currentState: r.at };
  if (r.phase === 'SUCCEEDED') outcome.output = r.output;
  if (r.error)
    outcome.error = {
      code: r.error.code,
      ...(r.error.reason !== undefined ? { reason: r.error.reason } : {}),
    };
  outcome.status = outcomeStatus(r);
  if (rt.journey.kind !== 'Api') return { outcome, notes };
  const problem: JsonObject = r.error?.problem
    ? (r.error.problem as unknown as JsonObject)
    : r.error
      ? { type: r.error.code, title: r.error.reason ?? r.error.code, code: r.error.code }
      : {};
  const bindings = {
    context: r.context,
    error: r.phase === 'FAILED' ? problem : null,
    output: r.phase === 'SUCCEEDED' ? r.output : null,
    payload: { error: problem } as Json,
  };
  const ar = getPath(rt.journey.spec, 'bindings.http.apiResponses');
  let status: number | undefined;
  for (const rule of isObject(ar) && Array.isArray(ar.rules) ? ar.rules : []) {
    if (!isObject(rule)) continue;
    const when = isObject(rule.when) ? rule.when : {};
    if (when.phase !== undefined && when.phase !== r.phase) continue;
    if (when.errorType !== undefined && when.errorType !== problem.type) continue;
    if (isObject(when.predicate)) {
      const p = await rt.evaluator.evaluate(when.predicate, bindings, now);
      if (!p.ok) {
        notes.push(`apiResponses predicate failed: ${p.problem.detail ?? ''}`);
        continue;
      }
      if (p.value !== true) continue;
    }
    if (isObject(rule.statusExpr)) {
      const s = await rt.evaluator.evaluate(rule.statusExpr, bindings, now);
      if (s.ok && typeof s.value === 'number') status = s.value;
      else notes.push('apiResponses statusExpr did not give a number');
    } else if (typeof rule.status === 'number') status = rule.status;
    if (status !== undefined) break;
  }
  if (status === undefined) {
    const def = isObject(ar) && isObject(ar.default) ? ar.default : {};
    const fallback = def[r.phase];
    if (typeof fallback === 'number') status = fallback;
    else if (r.phase === 'SUCCEEDED') status = 200;
    else {
      const ps = problem.status;
      status = typeof ps === 'number' && ps >= 400 && ps <= 599 ? ps : 500;
    }
  }
  outcome.httpStatus = status;
  outcome.body = r.phase === 'SUCCEEDED' ? r.output : problem;
  const envelope = getPath(rt.journey.spec, 'errors.envelope');
  if (
    r.phase === 'FAILED' &&
    isObject(envelope) &&
    envelope.format === 'custom' &&
    isObject(envelope.mapper)
  ) {
    const e = await rt.evaluator.evaluate(
      envelope.mapper,
      { context: r.context, error: problem },
      now,
    );
    if (e.ok) outcome.body = e.value;
    else notes.push(`error envelope mapper failed: ${e.problem.detail ?? ''}`);
  }
  return { outcome, notes };
}

/**
 * RT-16: `JourneyOutcome.status` mirrors `output.status` when the output is an
 * object with a `status`; otherwise a stable platform code (the error code of
 * a failure, else the phase). Pure.
 */
export function outcomeStatus(r: Pick<ThreadResult, 'phase' | 'output' | 'error'>): string {
  const own = r.phase === 'SUCCEEDED' && isObject(r.output) ? r.output.status : undefined;
  if (own !== undefined && own !== null && String(own) !== '') return String(own);
  return r.error?.code ?? r.phase;
}
