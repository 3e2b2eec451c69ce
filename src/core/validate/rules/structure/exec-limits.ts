/** EXEC-004 (info): `maxDurationSec` above the MetadataLimits upper bound (default 604800 s = 7 days) is clamped. */
import { childAt } from '../../../yaml-nodes';
import type { Rule } from '../../rule';
import { scalar, valueAt } from './util';

/** MetadataLimits.execution.maxDurationUpperBoundSec default (dsl.md §21). */
export const DEFAULT_MAX_DURATION_UPPER_BOUND_SEC = 604800;

export const execLimits: Rule = {
  name: 'exec-limits',
  codes: ['EXEC-004'],
  check(ctx) {
    const exec = childAt(ctx.model.spec, 'execution');
    const v = scalar(childAt(exec, 'maxDurationSec'));
    if (typeof v !== 'number' || v <= DEFAULT_MAX_DURATION_UPPER_BOUND_SEC) return;
    ctx.add(
      'EXEC-004',
      'info',
      `maxDurationSec ${v} exceeds the default upper bound (${DEFAULT_MAX_DURATION_UPPER_BOUND_SEC} s) and will be clamped`,
      valueAt(exec, 'maxDurationSec', 'spec.execution'),
    );
  },
};
