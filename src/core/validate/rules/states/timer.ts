/** TIMER-001..006: the `timer` state (dsl.md §12.3, ADR-0018). */
import { isMap, isScalar } from 'yaml';
import { child, childAt, pairOf } from '../../../yaml-nodes';
import type { Rule } from '../../rule';
import { checkRequiredNext } from './routing';
import {
  ISO_DURATION,
  describe,
  durationSeconds,
  isRfc3339,
  keyAt,
  mapperProblem,
  valueAt,
} from './util';

/** TIMER-001..006 over every timer state; pure. */
export const timerRule: Rule = {
  name: 'timer',
  codes: ['TIMER-001', 'TIMER-002', 'TIMER-003', 'TIMER-004', 'TIMER-005', 'TIMER-006'],
  perState: true,
  check(ctx) {
    const maxNode = childAt(ctx.model.spec, 'execution.maxDurationSec');
    const maxSec =
      isScalar(maxNode) && typeof maxNode.value === 'number' ? maxNode.value : undefined;
    for (const s of ctx.model.states) {
      if (s.type !== 'timer') continue;
      checkRequiredNext(ctx, s, 'TIMER-004');
      const body = s.body;
      if (!body) continue;
      const base = `${s.path}.timer`;
      const hasDuration = pairOf(body, 'duration') !== undefined;
      const hasUntil = pairOf(body, 'until') !== undefined;
      if (hasDuration === hasUntil) {
        const at = hasDuration ? keyAt(body, 'until', base) : keyAt(s.node, 'timer', s.path);
        ctx.add(
          'TIMER-001',
          'error',
          hasDuration
            ? `Set exactly one of 'duration' and 'until', not both`
            : `A timer needs 'duration' (e.g. PT5M) or 'until' (an RFC 3339 time)`,
          at,
        );
      }
      if (hasDuration) {
        const d = child(body, 'duration');
        if (isMap(d)) {
          const p = mapperProblem(d);
          if (p) ctx.add('TIMER-002', 'error', `'duration' ${p}`, valueAt(body, 'duration', base));
        } else {
          const v = isScalar(d) && typeof d.value === 'string' ? d.value : undefined;
          if (v === undefined || !ISO_DURATION.test(v)) {
            const hint = v?.includes('${')
              ? ` ('\${…}' is not interpolated here: use {mapper: {lang, expr}})`
              : '';
            ctx.add(
              'TIMER-002',
              'error',
              `'duration' must be an ISO-8601 duration (e.g. PT5M, P1D) or {mapper}, not ${describe(d)}${hint}`,
              valueAt(body, 'duration', base),
            );
          } else if (maxSec !== undefined && (durationSeconds(v) ?? 0) > maxSec) {
            ctx.add(
              'TIMER-006',
              'info',
              `'duration: ${v}' is longer than spec.execution.maxDurationSec (${maxSec}s): the run times out before the timer fires`,
              valueAt(body, 'duration', base),
            );
          }
        }
      }
      if (hasUntil) {
        const u = child(body, 'until');
        if (isMap(u)) {
          const p = mapperProblem(u);
          if (p) ctx.add('TIMER-003', 'error', `'until' ${p}`, valueAt(body, 'until', base));
        } else if (!(isScalar(u) && typeof u.value === 'string' && isRfc3339(u.value))) {
          ctx.add(
            'TIMER-003',
            'error',
            `'until' must be a quoted RFC 3339 timestamp (e.g. "2025-12-31T23:59:00Z") or {mapper}, not ${describe(u)}`,
            valueAt(body, 'until', base),
          );
        }
      }
      for (const key of ['input', 'response', 'timeoutSec', 'onTimeout']) {
        if (pairOf(body, key))
          ctx.add(
            'TIMER-005',
            'error',
            `A timer is not interactive: remove '${key}'`,
            keyAt(body, key, base),
          );
      }
    }
  },
};
