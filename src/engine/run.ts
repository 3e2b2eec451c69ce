/**
 * The runtime around `step`: start a run, run until it pauses, submit steps,
 * advance the virtual clock, with a step budget and a wall-clock budget so a
 * run never hangs.
 */
import { getPath, isObject, toJson, type Json, type JsonObject } from './json';
import { begin, commit, record, spawn } from './draft';
import { activeLeaf, project, readyThread, step, waitingSteps } from './step';
import { withStepResponse } from './step-response';
import { scheduleDues } from './schedules';
import { failThread } from './finish';
import type { Runtime } from './runtime-types';
import type { Effect, InboundRequest, RunSnapshot, StepResult } from './types';

/** The start request of a run: body (initial context), headers, query, cookies, client certificate. */
export interface StartRequest {
  body?: Json;
  headers?: Record<string, string>;
  query?: Record<string, string>;
  cookies?: Record<string, string>;
  clientCert?: string;
}

/** Starts a run at `spec.start` (RT-01) and runs it until it pauses or ends. */
export async function createRun(rt: Runtime, start: StartRequest = {}): Promise<StepResult> {
  const initial = startRun(rt, start);
  return initial.phase === 'RUNNING' ? runUntilPause(rt, initial) : { snapshot: initial, effects: [] };
}

/**
 * The run as it is before its first step: the start request checked and
 * projected into the main thread's context. The debugger steps from here. Pure.
 */
export function startRun(rt: Runtime, start: StartRequest = {}): RunSnapshot {
  const request: InboundRequest = { headers: start.headers ?? {}, query: start.query ?? {}, cookies: start.cookies ?? {}, clientCert: start.clientCert };
  const body = toJson(start.body ?? {});
  const maxSec = getPath(rt.journey.spec, 'execution.maxDurationSec');
  const empty: RunSnapshot = {
    phase: 'RUNNING',
    now: rt.env.now,
    startedAt: rt.env.now,
    deadlineAt: typeof maxSec === 'number' ? rt.env.now + maxSec * 1000 : undefined,
    threads: [],
    nextThreadId: 0,
    request,
    visited: [],
    trace: [],
    steps: 0,
    mockCalls: {},
    cache: {},
    schedules: {},
    attributes: {},
  };
  const d = begin(empty);
  const invalid = rt.schemas.check(getPath(rt.journey.spec, 'input.schema'), body);
  const startId = rt.journey.scopes.get('top')?.start ?? '';
  if (invalid || !isObject(body)) {
    const reason = invalid ?? 'the start body must be a JSON object';
    record(d, startId, 'rejected', { note: `Start rejected (400): ${reason}` });
    d.phase = 'FAILED';
    d.outcome = { phase: 'FAILED', error: { code: 'INPUT_SCHEMA_INVALID', reason }, httpStatus: 400 };
    return commit(d);
  }
  const context: JsonObject = project(body, getPath(rt.journey.spec, 'bindings.http.start'), request);
  spawn(d, { role: 'main', scope: 'top', prefix: '', state: startId, context, status: 'ready' });
  return commit(d);
}

/** Steps until no thread is ready; stops runaway runs at the step or wall-clock budget. */
export async function runUntilPause(rt: Runtime, snapshot: RunSnapshot): Promise<StepResult> {
  let snap = snapshot;
  const effects: Effect[] = [];
  for (;;) {
    const t = readyThread(snap);
    if (!t) break;
    const overSteps = snap.steps >= rt.maxSteps;
    if (overSteps || rt.overWallBudget()) {
      snap = await stopRunaway(rt, snap, overSteps);
      break;
    }
    const r = await step(rt, snap, { type: 'run' });
    snap = r.snapshot;
    effects.push(...r.effects);
  }
  return { snapshot: snap, effects };
}

async function stopRunaway(rt: Runtime, snap: RunSnapshot, steps: boolean): Promise<RunSnapshot> {
  const d = begin(snap);
  const t = readyThread(d)!;
  const at = t.prefix + t.state;
  const main = d.threads.find((x) => x.role === 'main');
  const what = steps ? `Step budget exceeded at state '${at}' after ${snap.steps} steps` : `Wall-clock budget exceeded at state '${at}'`;
  const problem = {
    type: 'urn:journey-studio:simulator:budget-exceeded',
    title: 'Simulation stopped',
    status: 500,
    detail: `${what}: the journey keeps running without pausing (a loop with no wait, timer or exit?)`,
    code: steps ? 'SIMULATION_STEP_BUDGET_EXCEEDED' : 'SIMULATION_TIME_BUDGET_EXCEEDED',
  };
  if (main && main.status !== 'done') await failThread(rt, d, { ...main, context: main.context }, activeLeaf(d, main) || at, problem);
  // Whatever is still ready (compensation, branches) is stopped too.
  for (const x of d.threads) if (x.status === 'ready') d.threads[d.threads.indexOf(x)] = { ...x, status: 'done' };
  return commit(d);
}

/** Submits a step (Journeys API `/steps/{stepId}`) and runs until the next pause. */
export async function submitStep(rt: Runtime, snapshot: RunSnapshot, stepId: string, body: Json, request?: Partial<InboundRequest>): Promise<StepResult> {
  const target = waitingSteps(snapshot).find((w) => w.stepId === stepId || w.qid === stepId);
  const r = await step(rt, snapshot, { type: 'submit', stepId, body, request });
  const more = await runUntilPause(rt, r.snapshot);
  const accepted = target && !r.effects.some((e) => e.type === 'rejected');
  const snap = accepted ? withStepResponse(rt, more.snapshot, target.thread.id, target.stepId) : more.snapshot;
  return { snapshot: snap, effects: [...r.effects, ...more.effects] };
}

/** Moves the virtual clock forward by `ms`, firing due timers, wait timeouts and the global deadline in order. */
export async function advanceClock(rt: Runtime, snapshot: RunSnapshot, ms: number): Promise<StepResult> {
  let snap = snapshot;
  const effects: Effect[] = [];
  const target = snap.now + Math.max(0, ms);
  for (let guard = 0; guard < 100_000; guard++) {
    const dues = snap.threads.filter((t) => (t.status === 'sleeping' || t.status === 'waiting') && t.dueAt !== undefined).map((t) => t.dueAt!);
    if (snap.deadlineAt !== undefined && snap.phase === 'RUNNING') dues.push(snap.deadlineAt);
    dues.push(...scheduleDues(snap.schedules));
    const next = Math.min(...dues.filter((x) => x <= target));
    if (!Number.isFinite(next)) break;
    const r = await step(rt, snap, { type: 'tick', at: next });
    const more = await runUntilPause(rt, r.snapshot);
    effects.push(...r.effects, ...more.effects);
    snap = more.snapshot;
  }
  const last = await step(rt, snap, { type: 'tick', at: target });
  return { snapshot: last.snapshot, effects: [...effects, ...last.effects] };
}
