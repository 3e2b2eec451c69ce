/**
 * The shared "state-level `next` is required" check, with the dialect forms
 * D01 (`wait.default` / `webhook.default` used as next) and D02 (a choice-style
 * state-level `default` used as next) accepted as warnings with a fix. Pure.
 */
import { isScalar, type YAMLMap } from 'yaml';
import type { StateModel } from '../../../model/types';
import { pairOf, spanOf } from '../../../yaml-nodes';
import type { RuleContext } from '../../rule';
import { blockIndent, movePairFix, renameKeyFix } from './fixes';
import { describe, keyAt } from './util';

/** Reports a missing/empty state-level `next` under `code` (STATE-004, WAIT-004, WEBHOOK-003, TIMER-004). */
export function checkRequiredNext(ctx: RuleContext, s: StateModel, code: string): void {
  if (s.next) return;
  // `next` inside the type block is reported (with a fix) as STATE-005.
  if (pairOf(s.type === 'task' ? s.task?.node : s.body, 'next')) return;
  const nextPair = pairOf(s.node, 'next');
  if (nextPair) {
    const empty =
      nextPair.value == null || (isScalar(nextPair.value) && nextPair.value.value === null);
    const what = empty
      ? "an empty 'next'"
      : `a 'next' that is ${describe(nextPair.value as never)}, not a state id`;
    ctx.add(code, 'error', `State '${s.id}' has ${what}; it must name the state to continue with`, {
      span: spanOf(nextPair.value, spanOf(nextPair.key)),
      path: `${s.path}.next`,
    });
    return;
  }
  const stateDefault = pairOf(s.node, 'default');
  if (stateDefault && s.type !== 'choice') {
    ctx.add(
      code,
      'warning',
      `State '${s.id}' routes with a state-level 'default' (dialect D02); the canonical form is 'next'`,
      keyAt(s.node, 'default', s.path),
      { fix: renameKeyFix("Rename 'default' to 'next'", stateDefault, 'next') },
    );
    return;
  }
  if ((s.type === 'wait' || s.type === 'webhook') && s.body) {
    const inner = pairOf(s.body, 'default');
    if (inner) {
      const fix = movePairFix(
        `Move '${s.type}.default' to a state-level 'next'`,
        ctx.source.text,
        inner,
        'next',
        s.node as YAMLMap,
        blockIndent(ctx.source.text, s.node),
      );
      ctx.add(
        code,
        'warning',
        `${s.type === 'wait' ? 'Wait' : 'Webhook'} state '${s.id}' routes with '${s.type}.default' (dialect D01); the canonical form is a state-level 'next'`,
        keyAt(s.body, 'default', `${s.path}.${s.type}`),
        fix ? { fix } : undefined,
      );
      return;
    }
  }
  ctx.add(
    code,
    'error',
    `State '${s.id}' (${s.type}) has no 'next'; add the state to continue with`,
    {
      span: s.keySpan,
      path: s.path,
    },
  );
}
