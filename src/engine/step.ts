/**
 * The step function: (runtime, snapshot, event) → { snapshot, effects }.
 * It never mutates its input snapshot and is deterministic for a given
 * runtime (virtual clock, mocks, key material), so a debugger can keep every
 * snapshot and step back. Async only because WebCrypto and some expression
 * engines are.
 */
import { getPath, isObject, setPath, toJson, type Json, type JsonObject } from './json';
import { formatInstant } from './duration';
import { begin, commit, record, thread, type Draft } from './draft';
import { execState } from './exec-state';
import { continueTo, failThread, finishThread, stateOf } from './finish';
import { bodyOf, nextOf } from './transitions';
import { internal } from './expressions';
import { scheduleDues, startDueSchedules } from './schedules';
import type { Runtime } from './runtime-types';
import type { InboundRequest, RunEvent, RunSnapshot, StepResult, Thread } from './types';

/** Advances a run by one event; pure with respect to `snapshot`. */
export async function step(
  rt: Runtime,
  snapshot: RunSnapshot,
  event: RunEvent,
): Promise<StepResult> {
  const d = begin(snapshot);
  try {
    if (event.type === 'run') await runOne(rt, d);
    else if (event.type === 'submit') await submit(rt, d, event.stepId, event.body, event.request);
    else await tick(rt, d, event.at);
  } catch (err) {
    // A simulator bug must end the run with a readable Problem, not crash the editor or CLI.
    const main = d.threads.find((t) => t.role === 'main' && t.status !== 'done');
    if (main)
      await failThread(
        rt,
        d,
        main,
        main.prefix + main.state,
        internal(`Simulator error: ${err instanceof Error ? err.message : String(err)}`),
      );
  }
  return { snapshot: commit(d), effects: d.effects };
}

/** The first ready thread in spawn order (deterministic scheduling). */
export function readyThread(s: { threads: readonly Thread[] }): Thread | undefined {
  return s.threads.find((t) => t.status === 'ready');
}

async function runOne(rt: Runtime, d: Draft): Promise<void> {
  const t = readyThread(d);
  if (!t) return;
  if (d.deadlineAt !== undefined && d.now >= d.deadlineAt && d.phase === 'RUNNING')
    return globalTimeout(rt, d);
  await execState(rt, d, t);
}

async function globalTimeout(rt: Runtime, d: Draft): Promise<void> {
  const main = d.threads.find((t) => t.role === 'main' && t.status !== 'done');
  if (!main) return;
  const onTimeout = getPath(rt.journey.spec, 'execution.onTimeout');
  const code =
    isObject(onTimeout) && typeof onTimeout.errorCode === 'string'
      ? onTimeout.errorCode
      : 'JOURNEY_TIMEOUT';
  const reason =
    isObject(onTimeout) && typeof onTimeout.reason === 'string'
      ? onTimeout.reason
      : 'Overall execution time exceeded maxDurationSec';
  const at = activeLeaf(d, main);
  record(d, at, 'timeout', {
    note: `global deadline reached (spec.execution.maxDurationSec): ${code}`,
  });
  // kind: Api — a deadline maps to 504 Gateway Timeout by default (dsl.md §2.4 allows it).
  const problem = { type: code, title: reason, status: 504, code };
  await finishThread(rt, d, main, {
    phase: 'FAILED',
    output: null,
    error: { code, reason, problem },
    context: main.context,
    terminationKind: 'Timeout',
    at,
  });
}

/** The qualified id where a thread tree rests (deepest waiting/sleeping descendant first). */
export function activeLeaf(s: { threads: readonly Thread[] }, t: Thread): string {
  for (const c of s.threads) {
    if (c.parent === t.id && c.status !== 'done') return activeLeaf(s, c);
  }
  return t.prefix + t.state;
}

async function tick(rt: Runtime, d: Draft, at: number): Promise<void> {
  d.now = Math.max(d.now, at);
  if (d.deadlineAt !== undefined && d.deadlineAt <= d.now && d.phase === 'RUNNING')
    return globalTimeout(rt, d);
  const due = d.threads
    .filter(
      (t) =>
        (t.status === 'sleeping' || t.status === 'waiting') &&
        t.dueAt !== undefined &&
        t.dueAt <= d.now,
    )
    .sort((a, b) => a.dueAt! - b.dueAt! || a.id - b.id);
  // Timers and timeouts fire without an inbound request: auth tasks then see no credentials (RT-29), and
  // headers of an earlier request are not passed through (RT-20).
  if (due.length > 0 || scheduleDues(d.store.schedules).some((at) => at <= d.now))
    d.request = { headers: {}, query: {}, cookies: {} };
  startDueSchedules(d);
  for (const t0 of due) {
    const t = thread(d, t0.id);
    if (!t || t.status === 'done') continue;
    const st = stateOf(rt, t);
    if (!st) continue;
    const qid = t.prefix + t.state;
    if (t.status === 'sleeping') {
      record(d, qid, 'timer', { note: 'timer fired' });
      await continueTo(rt, d, t, { ...st, qid }, t.context, nextOf(st));
    } else {
      const target = bodyOf(st).onTimeout;
      record(d, qid, st.type, {
        note: `no submission before the timeout → ${typeof target === 'string' ? target : '(no onTimeout)'}`,
      });
      if (typeof target !== 'string')
        await failThread(
          rt,
          d,
          t,
          qid,
          internal(`'${qid}' timed out and has no onTimeout (WAIT-005)`),
        );
      else await continueTo(rt, d, t, { ...st, qid }, t.context, target);
    }
  }
}

/** Threads resting at an external-input state, with the step ids that address them. */
export function waitingSteps(s: {
  threads: readonly Thread[];
}): { thread: Thread; stepId: string; qid: string }[] {
  return s.threads
    .filter((t) => t.status === 'waiting')
    .map((t) => ({ thread: t, stepId: t.state, qid: t.prefix + t.state }));
}

async function submit(
  rt: Runtime,
  d: Draft,
  stepId: string,
  body: Json,
  req?: Partial<InboundRequest>,
): Promise<void> {
  const target = waitingSteps(d).find((w) => w.stepId === stepId || w.qid === stepId);
  if (!target || d.phase !== 'RUNNING') {
    const where = waitingSteps(d).map((w) => w.qid);
    const reason =
      d.phase !== 'RUNNING'
        ? `the run has already ended (${d.phase})`
        : where.length
          ? `the run is not waiting at '${stepId}' (active steps: ${where.join(', ')})`
          : `the run is not waiting for any submission`;
    d.effects.push({ type: 'rejected', state: stepId, status: 409, reason });
    record(d, stepId, 'rejected', { note: `Submission to '${stepId}' rejected (409): ${reason}` });
    return;
  }
  const t = target.thread;
  const st = stateOf(rt, t)!;
  const sb = bodyOf(st);
  const schema = isObject(sb.input) ? sb.input.schema : undefined;
  const invalid = rt.schemas.check(schema, body);
  if (invalid) {
    const reason = `the body does not match the step's input.schema: ${invalid}`;
    d.effects.push({ type: 'rejected', state: target.qid, status: 400, reason });
    record(d, target.qid, 'rejected', {
      note: `Submission to '${stepId}' rejected (400): ${reason}`,
    });
    return;
  }
  const request: InboundRequest = {
    headers: req?.headers ?? {},
    query: req?.query ?? {},
    cookies: req?.cookies ?? {},
    clientCert: req?.clientCert,
  };
  d.request = request;
  let context: JsonObject = setPath(t.context, 'payload', toJson(body));
  const binding = getPath(rt.journey.spec, ['bindings', 'http', 'steps', st.id]);
  context = project(context, binding, request);
  record(d, target.qid, st.type, {
    before: t.context,
    after: context,
    note: `step '${stepId}' accepted at ${formatInstant(d.now)}`,
  });
  await continueTo(rt, d, t, { ...st, qid: target.qid }, context, nextOf(st));
}

/** `headersToContext` / `queryToContext` projections of a start or step binding (missing values ignored). */
export function project(
  context: JsonObject,
  binding: Json | undefined,
  req: InboundRequest,
): JsonObject {
  if (!isObject(binding)) return context;
  let out = context;
  const lower = Object.fromEntries(
    Object.entries(req.headers).map(([k, v]) => [k.toLowerCase(), v]),
  );
  if (isObject(binding.headersToContext)) {
    for (const [header, field] of Object.entries(binding.headersToContext)) {
      const v = lower[header.toLowerCase()];
      if (v !== undefined && typeof field === 'string') out = setPath(out, field, v);
    }
  }
  if (isObject(binding.queryToContext)) {
    for (const [param, field] of Object.entries(binding.queryToContext)) {
      const v = req.query[param];
      if (v !== undefined && typeof field === 'string') out = setPath(out, field, v);
    }
  }
  return out;
}
