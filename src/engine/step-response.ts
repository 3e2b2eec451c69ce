/**
 * The Journeys API answer to an accepted step submission (RT-18): the run's
 * status plus the object at `context.<response.outputVar>`, shallow-merged with
 * the reserved status fields protected. Recorded in the trace for designers.
 */
import { begin, commit, record } from './draft';
import { getPath, isObject, type JsonObject } from './json';
import { activeLeaf } from './step';
import type { Runtime } from './runtime-types';
import type { RunSnapshot } from './types';
import { putOwn } from '../core/own-property';

const RESERVED = new Set([
  'journeyId',
  'journeyName',
  'phase',
  'currentState',
  'status',
  'output',
  'error',
  '_links',
]);

/** Appends the step response of the submission handled by thread `threadId` to the trace; pure. */
export function withStepResponse(
  rt: Runtime,
  snap: RunSnapshot,
  threadId: number,
  stepId: string,
): RunSnapshot {
  const t = snap.threads.find((x) => x.id === threadId);
  const state = t && rt.journey.scopes.get(t.scope)?.states.get(stepId.split('/').pop() ?? stepId);
  if (!t || !state) return snap;
  const body = state.def[state.type];
  const response =
    (isObject(body) && isObject(body.response) ? body.response : undefined) ??
    (isObject(state.def.response) ? state.def.response : undefined);
  const main = snap.threads.find((x) => x.role === 'main');
  const answer: JsonObject = {
    journeyName: rt.journey.name,
    phase: snap.phase,
    currentState: snap.outcome?.currentState ?? (main ? activeLeaf(snap, main) : null),
  };
  const extra =
    typeof response?.outputVar === 'string' ? getPath(t.context, response.outputVar) : undefined;
  if (isObject(extra))
    for (const [k, v] of Object.entries(extra)) if (!RESERVED.has(k)) putOwn(answer, k, v);
  const d = begin(snap);
  record(d, t.prefix + stepId.split('/').pop(), 'stepResponse', {
    note: `step response: ${JSON.stringify(answer)}`,
  });
  return commit(d);
}
