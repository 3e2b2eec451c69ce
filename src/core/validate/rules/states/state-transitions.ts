/** STATE-004..007: where `next`, `choices` and `default` may (and must) appear. */
import type { YAMLMap } from 'yaml';
import { pairOf } from '../../../yaml-nodes';
import type { Rule } from '../../rule';
import { blockIndent, movePairFix } from './fixes';
import { checkRequiredNext } from './routing';
import { keyAt } from './util';

/** Types whose own family rule reports a missing `next` (WAIT-004, WEBHOOK-003, TIMER-004). */
const OWN_NEXT_RULE = new Set(['wait', 'webhook', 'timer']);

/** STATE-004..007 (with the D02 dialect for task/transform/subjourney); pure. */
export const stateTransitionsRule: Rule = {
  name: 'state-transitions',
  codes: ['STATE-004', 'STATE-005', 'STATE-006', 'STATE-007'],
  perState: true,
  check(ctx) {
    const text = ctx.source.text;
    for (const s of ctx.model.states) {
      if (!s.type) continue;
      if (s.type === 'succeed' || s.type === 'fail') {
        for (const key of ['next', 'choices', 'default']) {
          if (pairOf(s.node, key)) {
            ctx.add(
              'STATE-006',
              'error',
              `'${s.type}' state '${s.id}' is terminal: remove '${key}'`,
              keyAt(s.node, key, s.path),
            );
          }
        }
        continue;
      }
      if (s.type === 'choice') {
        if (pairOf(s.node, 'next')) {
          ctx.add(
            'STATE-007',
            'error',
            `Choice state '${s.id}' routes only via 'choices[*].next' and 'default'; remove the state-level 'next'`,
            keyAt(s.node, 'next', s.path),
          );
        }
        continue;
      }
      // A `next` inside the type block is never read; offer to move it up when the state has none.
      const block = s.type === 'task' ? s.task?.node : s.body;
      const inner = pairOf(block, 'next');
      if (block && inner) {
        const fix = pairOf(s.node, 'next')
          ? undefined
          : movePairFix(
              `Move '${s.type}.next' to the state level`,
              text,
              inner,
              'next',
              s.node as YAMLMap,
              blockIndent(text, s.node),
            );
        ctx.add(
          'STATE-005',
          'error',
          `'next' belongs at the state level of '${s.id}', not inside '${s.type}:'`,
          keyAt(block, 'next', `${s.path}.${s.type}`),
          fix ? { fix } : undefined,
        );
      }
      // D03 (parallel without next) is the graph rules' call; wait/webhook/timer have their own ids.
      if (s.type === 'parallel' || OWN_NEXT_RULE.has(s.type)) continue;
      checkRequiredNext(ctx, s, 'STATE-004');
    }
  },
};
