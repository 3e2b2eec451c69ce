/**
 * TOP-021 (dsl.md §7 Limitations) and COMP-006 (§2.5 Validation): constructs
 * the target engine build does not support, per the engine profile of the run
 * (`ctx.engine`; without one nothing is reported). Each construct is reported
 * once, at its place: a state's `type` value, a task's `kind` value, the
 * `spec.execution` / `spec.compensation` key. States of every scope (parallel
 * branches, subjourneys, compensation) count.
 */
import { TASK_KINDS, type CoreTaskKind } from '../../../catalog/task-kinds';
import { hasPlugin, lacksCapability, type EngineCapability, type EngineProfile } from '../../../engine-profile';
import type { StateModel } from '../../../model/types';
import type { Rule } from '../../rule';
import { joinPath } from '../../../yaml-nodes';
import { has, keyAt } from './util';

/** State types an engine may lack, with the words a message uses for them. */
const STATE_CAPABILITIES: Partial<Record<string, { capability: EngineCapability; what: string }>> = {
  wait: { capability: 'wait', what: 'wait states (external input)' },
  webhook: { capability: 'webhook', what: 'webhook states (callback input)' },
  timer: { capability: 'timer', what: 'durable timers' },
  parallel: { capability: 'parallel', what: 'parallel states' },
  subjourney: { capability: 'subjourney', what: 'subjourney states' },
};

/** State types that pause the journey and resume it later, so need persistence across restarts. */
const DURABLE_TYPES = new Set(['wait', 'webhook', 'timer']);

/** Task plugins covered by a capability of their own (§7 "cache operations", "scheduling"). */
const TASK_CAPABILITIES: Partial<Record<string, { capability: EngineCapability; what: string }>> = {
  'cache:v1': { capability: 'cache', what: 'cache operations' },
  'schedule:v1': { capability: 'scheduling', what: 'scheduling' },
};

/** Top-level blocks an engine may not run (TOP-021, COMP-006). */
const SPEC_CAPABILITIES: ReadonlyArray<{ key: EngineCapability; code: string; lacking: string; effect: string }> = [
  { key: 'execution', code: 'TOP-021', lacking: 'execution deadlines', effect: 'is not enforced there' },
  { key: 'compensation', code: 'COMP-006', lacking: 'compensation journeys', effect: 'will not run there' },
];

const engineName = (profile: EngineProfile) => `Engine '${profile.name}'`;

export const engineCapabilities: Rule = {
  name: 'engine-capabilities',
  codes: ['TOP-021', 'COMP-006'],
  check(ctx) {
    const profile = ctx.engine;
    if (!profile) return;
    const engine = engineName(profile);
    for (const state of ctx.model.states) {
      checkStateType(state);
      checkTaskKind(state);
    }
    const spec = ctx.model.spec;
    for (const c of SPEC_CAPABILITIES) {
      if (spec && has(spec, c.key) && lacksCapability(profile, c.key)) {
        const message = `${engine} has no ${c.lacking} (supports.${c.key}: false): spec.${c.key} ${c.effect}`;
        ctx.add(c.code, 'warning', message, keyAt(spec, c.key, 'spec'));
      }
    }

    function checkStateType(state: StateModel) {
      const type = state.type;
      const at = state.rawType;
      if (!type || !at) return;
      const own = STATE_CAPABILITIES[type];
      if (own && lacksCapability(profile!, own.capability)) {
        ctx.add(
          'TOP-021',
          'warning',
          `${engine} has no ${own.what} (supports.${own.capability}: false): state '${state.qid}' cannot run there`,
          at,
        );
      } else if (DURABLE_TYPES.has(type) && lacksCapability(profile!, 'durablePersistence')) {
        ctx.add(
          'TOP-021',
          'warning',
          `${engine} has no durable persistence (supports.durablePersistence: false): ${type} state '${state.qid}' cannot pause and resume across restarts there`,
          at,
        );
      }
    }

    function checkTaskKind(state: StateModel) {
      const kind = state.task?.kind;
      // Unknown kinds are the task rules' finding; the engine cannot know them either.
      if (state.type !== 'task' || !kind || !TASK_KINDS.has(kind.value as CoreTaskKind)) return;
      const at = { span: kind.span, path: joinPath(joinPath(state.path, 'task'), 'kind') };
      const own = TASK_CAPABILITIES[kind.value];
      if (own && lacksCapability(profile!, own.capability)) {
        ctx.add(
          'TOP-021',
          'warning',
          `${engine} has no ${own.what} (supports.${own.capability}: false): task '${state.qid}' (${kind.value}) cannot run there`,
          at,
        );
      } else if (!hasPlugin(profile!, kind.value)) {
        ctx.add(
          'TOP-021',
          'warning',
          `${engine} has no task plugin '${kind.value}' (not in its plugins): task '${state.qid}' cannot run there`,
          at,
        );
      }
    }
  },
};
