/** TASK-SCHED-001..007, 009, 010: `schedule:v1` fields (dsl.md §5.4, ADR-0017). TASK-SCHED-008 is a graph rule. */
import { isMap, isScalar, type YAMLMap } from 'yaml';
import { child, pairOf } from '../../../yaml-nodes';
import type { Rule, RuleContext } from '../../rule';
import { graphRules } from '../graph-index';
import {
  ISO_DURATION,
  describe,
  durationSeconds,
  isRfc3339,
  keyAt,
  mapperProblem,
  valueAt,
} from './util';

let graphStarts: boolean | undefined;

/** True when a graph rule reports unknown schedule starts (GRAPH-003): an unknown id is then its finding alone. */
function graphChecksStarts(): boolean {
  return (graphStarts ??= graphRules.some((r) => r.codes.includes('GRAPH-003')));
}

/** Engine minimum for a literal schedule interval (ADR-0017 §4 example). */
const MIN_INTERVAL_SEC = 60;

/** True when the field is a mapper object; reports the mapper's own shape problem. */
function isMapperField(
  ctx: RuleContext,
  code: string,
  t: YAMLMap,
  key: string,
  base: string,
): boolean {
  const v = child(t, key);
  if (!isMap(v)) return false;
  const problem = mapperProblem(v);
  if (problem) ctx.add(code, 'error', `'${key}' ${problem}`, valueAt(t, key, base));
  return true;
}

/** TASK-SCHED-001..007/009/010 over every schedule:v1 task; pure. */
export const taskScheduleRule: Rule = {
  name: 'task-schedule',
  codes: [
    'TASK-SCHED-001',
    'TASK-SCHED-002',
    'TASK-SCHED-003',
    'TASK-SCHED-004',
    'TASK-SCHED-005',
    'TASK-SCHED-006',
    'TASK-SCHED-007',
    'TASK-SCHED-009',
    'TASK-SCHED-010',
  ],
  check(ctx) {
    for (const s of ctx.model.states) {
      if (s.task?.kind?.value !== 'schedule:v1') continue;
      const t = s.task.node;
      const base = s.task.path;
      const start = child(t, 'start');
      if (!pairOf(t, 'start')) {
        ctx.add(
          'TASK-SCHED-001',
          'error',
          `'start' is required: the top-level state scheduled runs begin at`,
          keyAt(t, 'kind', base),
        );
      } else if (
        !(
          isScalar(start) &&
          typeof start.value === 'string' &&
          ctx.model.top.states.has(start.value)
        ) &&
        !(
          isScalar(start) &&
          typeof start.value === 'string' &&
          start.value !== '' &&
          graphChecksStarts()
        )
      ) {
        const where =
          isScalar(start) && s.scope.kind !== 'top' && s.scope.states.has(String(start.value))
            ? ' (scheduled runs start in top-level spec.states, not in this scope)'
            : '';
        ctx.add(
          'TASK-SCHED-001',
          'error',
          `'start' must name a state in spec.states; '${isScalar(start) ? String(start.value) : ''}' is not one${where}`,
          valueAt(t, 'start', base),
        );
      }
      const interval = child(t, 'interval');
      if (!pairOf(t, 'interval')) {
        ctx.add(
          'TASK-SCHED-002',
          'error',
          `'interval' is required: an ISO-8601 duration such as P1D, or {mapper}`,
          keyAt(t, 'kind', base),
        );
      } else if (!isMapperField(ctx, 'TASK-SCHED-002', t, 'interval', base)) {
        const v =
          isScalar(interval) && typeof interval.value === 'string' ? interval.value : undefined;
        if (v === undefined || !ISO_DURATION.test(v)) {
          ctx.add(
            'TASK-SCHED-002',
            'error',
            `'interval' must be an ISO-8601 duration (e.g. PT1H, P1D), not ${describe(interval)}`,
            valueAt(t, 'interval', base),
          );
        } else if ((durationSeconds(v) ?? Infinity) < MIN_INTERVAL_SEC) {
          ctx.add(
            'TASK-SCHED-009',
            'warning',
            `'interval: ${v}' is below the engine minimum (PT1M) and will be rejected`,
            valueAt(t, 'interval', base),
          );
        }
      }
      const maxRuns = child(t, 'maxRuns');
      if (!pairOf(t, 'maxRuns')) {
        ctx.add(
          'TASK-SCHED-003',
          'error',
          `'maxRuns' is required: a positive integer or {mapper}`,
          keyAt(t, 'kind', base),
        );
      } else if (!isMapperField(ctx, 'TASK-SCHED-003', t, 'maxRuns', base)) {
        if (!(
          isScalar(maxRuns) &&
          typeof maxRuns.value === 'number' &&
          Number.isInteger(maxRuns.value) &&
          maxRuns.value >= 1
        )) {
          ctx.add(
            'TASK-SCHED-003',
            'error',
            `'maxRuns' must be a positive integer, not ${describe(maxRuns)}`,
            valueAt(t, 'maxRuns', base),
          );
        }
      }
      if (pairOf(t, 'startAt') && !isMapperField(ctx, 'TASK-SCHED-004', t, 'startAt', base)) {
        const v = child(t, 'startAt');
        if (!(isScalar(v) && typeof v.value === 'string' && isRfc3339(v.value))) {
          ctx.add(
            'TASK-SCHED-004',
            'error',
            `'startAt' must be an RFC 3339 timestamp (e.g. "2025-01-01T00:00:00Z"), not ${describe(v)}`,
            valueAt(t, 'startAt', base),
          );
        }
      }
      if (!pairOf(t, 'subjectId')) {
        ctx.add(
          'TASK-SCHED-010',
          'info',
          `Declare 'subjectId' so the schedule can be listed and cancelled per subject`,
          keyAt(t, 'kind', base),
        );
      } else if (!isMapperField(ctx, 'TASK-SCHED-005', t, 'subjectId', base)) {
        ctx.add(
          'TASK-SCHED-005',
          'error',
          `'subjectId' must be {mapper: {lang, expr}}; a literal is not allowed`,
          valueAt(t, 'subjectId', base),
        );
      }
      if (pairOf(t, 'context') && !isMapperField(ctx, 'TASK-SCHED-006', t, 'context', base)) {
        ctx.add(
          'TASK-SCHED-006',
          'error',
          `'context' must be {mapper: {lang, expr}}, not ${describe(child(t, 'context'))}`,
          valueAt(t, 'context', base),
        );
      }
      const onExisting = child(t, 'onExisting');
      if (
        pairOf(t, 'onExisting') &&
        !(
          isScalar(onExisting) &&
          ['fail', 'upsert', 'addAnother'].includes(String(onExisting.value))
        )
      ) {
        ctx.add(
          'TASK-SCHED-007',
          'error',
          `'onExisting' must be fail, upsert or addAnother, not ${describe(onExisting)}`,
          valueAt(t, 'onExisting', base),
        );
      }
    }
  },
};
