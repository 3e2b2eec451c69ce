/**
 * What happens when a thread ends: the run's outcome and compensation (main),
 * the join (parallel branches), the return to the caller (subjourneys).
 */
import { getPath, isObject, jsonEqual, setPath, type Json, type JsonObject } from './json';
import { record, spawn, thread, update, type Draft } from './draft';
import { outcomeOf } from './outcome';
import { returnToClient } from './plugins/cookie-jar';
import { endScheduledRun } from './schedules';
import { bodyOf, checkTarget, nextOf } from './transitions';
import { mapperOf, type EngineState } from './journey';
import type { Runtime } from './runtime-types';
import type { Problem, Thread, ThreadResult } from './types';

/** The engine state a thread rests on, if it exists. */
export function stateOf(rt: Runtime, t: Thread): EngineState | undefined {
  return rt.journey.scopes.get(t.scope)?.states.get(t.state);
}

/** Moves a thread to `target` with a new context, or fails it when the target is broken. */
export async function continueTo(
  rt: Runtime,
  d: Draft,
  t: Thread,
  st: EngineState,
  context: JsonObject,
  target: string | undefined,
): Promise<void> {
  const broken = checkTarget(rt, t.scope, st, target);
  if (broken) return failThread(rt, d, { ...t, context }, st.qid, broken);
  update(d, t, { state: target!, status: 'ready', context, dueAt: undefined });
}

/** Fails a thread with an internal (or given-kind) Problem, recording it in the trace. */
export async function failThread(
  rt: Runtime,
  d: Draft,
  t: Thread,
  at: string,
  problem: Problem,
  kind: ThreadResult['terminationKind'] = 'RuntimeError',
): Promise<void> {
  record(d, at, 'error', { problem });
  await finishThread(rt, d, t, {
    phase: 'FAILED',
    output: null,
    error: { code: problem.code ?? problem.type, reason: problem.detail ?? problem.title, problem },
    context: t.context,
    terminationKind: kind,
    at,
  });
}

/** Ends a thread and hands its result to whoever waits for it. */
export async function finishThread(
  rt: Runtime,
  d: Draft,
  t: Thread,
  result: ThreadResult,
): Promise<void> {
  const done = update(d, thread(d, t.id) ?? t, {
    status: 'done',
    result,
    dueAt: undefined,
    context: result.context,
  });
  if (done.role === 'main') return finishRun(rt, d, result);
  if (done.role === 'scheduled') {
    endScheduledRun(d, done.schedule, result.context);
    record(d, result.at, 'schedule', {
      note: `scheduled run ended ${result.phase}${result.error ? ` (${result.error.code})` : ''}`,
    });
    return;
  }
  if (done.role === 'compensation') {
    record(d, result.at, 'compensation', {
      note: `compensation ended ${result.phase}${result.error ? ` (${result.error.code})` : ''}`,
    });
    return;
  }
  const parent = done.parent !== undefined ? thread(d, done.parent) : undefined;
  if (!parent || parent.status === 'done') return;
  if (done.role === 'branch') {
    // A broken state inside a branch is an engine error, not branch data: it ends the run (dsl-rules policy 5).
    if (result.terminationKind === 'RuntimeError') {
      cancelChildren(d, parent.id);
      return finishThread(rt, d, parent, { ...result, context: parent.context });
    }
    return onBranchDone(rt, d, parent);
  }
  return onSubjourneyDone(rt, d, parent, result);
}

function cancelChildren(d: Draft, parentId: number): void {
  for (const c of [...d.threads]) {
    if (c.parent !== parentId || c.status === 'done') continue;
    update(d, c, {
      status: 'done',
      dueAt: undefined,
      result: {
        phase: 'FAILED',
        output: null,
        context: c.context,
        terminationKind: 'Cancel',
        at: c.prefix + c.state,
      },
    });
    cancelChildren(d, c.id);
  }
}

async function finishRun(rt: Runtime, d: Draft, result: ThreadResult): Promise<void> {
  const main = d.threads.find((x) => x.role === 'main');
  if (main) cancelChildren(d, main.id);
  d.phase = result.phase;
  const { outcome, notes } = await outcomeOf(rt, result, d.now);
  // RT-31 / §22.4: jar cookies go back to the client only when the run succeeds.
  const setCookies =
    result.phase === 'SUCCEEDED' ? returnToClient(rt.journey.spec, d.store.cookieJar) : [];
  d.outcome = setCookies.length ? { ...outcome, setCookies } : outcome;
  for (const n of notes) record(d, result.at, 'outcome', { note: n });
  const comp = rt.journey.scopes.get('compensation');
  const spec = isObject(rt.journey.spec.compensation) ? rt.journey.spec.compensation : undefined;
  if (!comp?.start || !spec) return;
  const outcomeBinding: JsonObject = {
    phase: result.phase,
    terminationKind: result.terminationKind,
    error: result.error ? { code: result.error.code, reason: result.error.reason ?? null } : null,
    terminatedAtState: result.at,
    journeyId: 'simulated-run',
    journeyName: rt.journey.name,
  };
  let trigger = result.phase === 'FAILED';
  if (!trigger && Array.isArray(spec.alsoFor)) {
    for (const rule of spec.alsoFor) {
      const pred = isObject(rule) ? getPath(rule, 'when.predicate') : undefined;
      if (!isObject(pred)) {
        trigger = true;
        break;
      }
      const r = await rt.evaluator.evaluate(
        pred,
        { context: result.context, output: result.output, outcome: outcomeBinding },
        d.now,
      );
      if (r.ok && r.value === true) {
        trigger = true;
        break;
      }
    }
  }
  if (!trigger) return;
  record(d, comp.prefix + comp.start, 'compensation', {
    note: `compensation started (${result.terminationKind})`,
  });
  spawn(d, {
    role: 'compensation',
    scope: comp.id,
    prefix: comp.prefix,
    state: comp.start,
    context: result.context,
    status: 'ready',
    bindings: { outcome: outcomeBinding },
  });
}

async function onBranchDone(rt: Runtime, d: Draft, parent: Thread): Promise<void> {
  const st = stateOf(rt, parent);
  if (!st || parent.status !== 'joining') return;
  const join = isObject(bodyOf(st).join) ? (bodyOf(st).join as JsonObject) : {};
  const strategy = typeof join.strategy === 'string' ? join.strategy : 'allOf';
  const policy = typeof join.errorPolicy === 'string' ? join.errorPolicy : 'collectAll';
  const children = (parent.children ?? [])
    .map((id) => thread(d, id))
    .filter((c): c is Thread => !!c);
  const finished = children.filter((c) => c.status === 'done' && c.result);
  const failed = finished.filter((c) => c.result!.phase === 'FAILED');
  const last = finished[finished.length - 1];
  let complete = strategy === 'allOf' ? finished.length === children.length : finished.length > 0;
  if (policy === 'failFast' && failed.length > 0) complete = true;
  if (!complete || !last) return;
  cancelChildren(d, parent.id);
  const target = nextOf(st);
  record(d, st.qid, 'join', {
    note: `join (${strategy}, ${policy}) after ${finished.map((c) => c.branch).join(', ')}`,
  });
  if (target === undefined) {
    // D03: a parallel without `next` ends the run (or its scope) with the outcome of the branch that finished it.
    return finishThread(rt, d, parent, {
      ...last.result!,
      context: last.result!.context,
      at: last.result!.at,
    });
  }
  const branches: JsonObject = {};
  for (const c of finished) {
    const r = c.result!;
    branches[c.branch ?? String(c.id)] =
      r.phase === 'FAILED'
        ? {
            ...r.context,
            error: { code: r.error?.code ?? 'FAILED', reason: r.error?.reason ?? null },
          }
        : r.context;
  }
  let context = parent.context;
  const mapper = mapperOf(rt.journey, join);
  if (mapper) {
    const r = await rt.evaluator.evaluate(mapper, { context, branches }, d.now);
    if (!r.ok)
      return failThread(rt, d, parent, st.qid, {
        ...r.problem,
        detail: `join mapper: ${r.problem.detail ?? ''}`,
      });
    if (typeof join.resultVar === 'string') context = setPath(context, join.resultVar, r.value);
  } else {
    if (failed.length > 0 && policy !== 'ignoreErrors') {
      const f = failed[0].result!;
      return finishThread(rt, d, parent, { ...f, context, at: st.qid });
    }
    // D04: no join mapper — each branch's writes are merged into the parent context, in branch order.
    for (const c of finished) {
      if (c.result!.phase === 'SUCCEEDED')
        context = mergeWrites(context, c.result!.context, parent.context);
    }
  }
  await continueTo(rt, d, parent, st, context, target);
}

async function onSubjourneyDone(
  rt: Runtime,
  d: Draft,
  parent: Thread,
  r: ThreadResult,
): Promise<void> {
  const st = stateOf(rt, parent);
  if (!st || parent.status !== 'calling') return;
  const body = bodyOf(st);
  const resultKind = body.resultKind === 'outcome' ? 'outcome' : 'output';
  const of = isObject(body.onFailure) ? body.onFailure.behavior : body.onFailure;
  const onFailure = of === 'capture' ? 'capture' : 'propagate';
  if (r.phase === 'FAILED' && onFailure === 'propagate') {
    return finishThread(rt, d, parent, { ...r, context: parent.context, at: st.qid });
  }
  const error: Json = r.error ? { code: r.error.code, reason: r.error.reason ?? null } : null;
  const value: Json =
    resultKind === 'outcome'
      ? {
          phase: r.phase,
          terminationKind: r.terminationKind,
          output: r.phase === 'SUCCEEDED' ? r.output : null,
          error,
        }
      : r.phase === 'SUCCEEDED'
        ? r.output
        : null;
  const rv = typeof body.resultVar === 'string' ? body.resultVar : undefined;
  const context = rv ? setPath(parent.context, rv, value) : parent.context;
  record(d, st.qid, 'subjourney', {
    note: `returned ${r.phase}${r.error ? ` (${r.error.code})` : ''}`,
  });
  await continueTo(rt, d, parent, st, context, nextOf(st));
}

/** Applies what a branch changed relative to `original` onto `into`, recursing into objects both sides changed. */
function mergeWrites(into: JsonObject, branch: JsonObject, original: JsonObject): JsonObject {
  let out = into;
  for (const [k, v] of Object.entries(branch)) {
    const orig = original[k];
    if (jsonEqual(orig, v)) continue;
    const cur = out[k];
    out = {
      ...out,
      [k]: isObject(v) && isObject(cur) ? mergeWrites(cur, v, isObject(orig) ? orig : {}) : v,
    };
  }
  return out;
}
