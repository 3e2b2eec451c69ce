/** Moving a thread to its next state, with the dialect fallbacks (D01/D02) and clear errors for broken wiring. */
import { isObject, type JsonObject } from './json';
import { internal } from './expressions';
import type { EngineState } from './journey';
import type { Runtime } from './runtime-types';
import type { Problem } from './types';

/** The state-level `next`, else D02 state `default`, else D01 `wait.default`/`webhook.default`. */
export function nextOf(st: EngineState): string | undefined {
  const d = st.def;
  if (typeof d.next === 'string') return d.next;
  if (st.type !== 'choice' && typeof d.default === 'string') return d.default;
  const body = d[st.type];
  if (
    (st.type === 'wait' || st.type === 'webhook') &&
    isObject(body) &&
    typeof body.default === 'string'
  )
    return body.default;
  return undefined;
}

/** Checks a transition target in the thread's scope; returns a Problem naming the rule when it is broken. */
export function checkTarget(
  rt: Runtime,
  scopeId: string,
  st: EngineState,
  target: string | undefined,
  what = 'next',
): Problem | undefined {
  if (target === undefined) {
    return internal(`State '${st.qid}' has no ${what} state to continue to (STATE-004)`);
  }
  const scope = rt.journey.scopes.get(scopeId);
  if (!scope?.states.has(target)) {
    const elsewhere = [...rt.journey.scopes.values()].some((s) => s.states.has(target));
    return internal(
      elsewhere
        ? `State '${st.qid}' points to '${target}', which is in another scope (GRAPH-002)`
        : `State '${st.qid}' points to unknown state '${target}' (GRAPH-001)`,
    );
  }
  return undefined;
}

/** The body block named like the state type (`wait:`, `timer:` …), or {}. */
export function bodyOf(st: EngineState): JsonObject {
  const b = st.def[st.type];
  return isObject(b) ? b : {};
}
