/** STATE-008: no undocumented state-level keys (dsl.md §5 shapes). */
import type { YAMLMap } from 'yaml';
import type { Rule, RuleContext } from '../../rule';
import type { StateModel } from '../../../model/types';
import { pairOf } from '../../../yaml-nodes';
import { blockIndent, movePairFix } from './fixes';
import { eachPair, keyAt } from './util';
import { lookupTable } from '../../../own-property';

/** Keys other rules report with a more precise id (STATE-006/007, D02, D10). */
const REPORTED_ELSEWHERE: Readonly<Record<string, readonly string[]>> = lookupTable({
  succeed: ['next', 'choices', 'default'],
  fail: ['next', 'choices', 'default'],
  choice: ['next'],
  transform: ['resultVar'],
});

// Grows with the state types met (a cache); without a prototype, `constructor` is just another type name.
const ALLOWED: Record<string, readonly string[]> = Object.assign(Object.create(null) as Record<string, readonly string[]>, {
  choice: ['type', 'choices', 'default'],
  succeed: ['type', 'outputVar'],
  fail: ['type', 'errorCode', 'reason'],
});

function allowedKeys(type: string): readonly string[] {
  return (ALLOWED[type] ??= ['type', type, 'next']);
}

/** STATE-008 over every state of a known type; pure. */
export const stateKeysRule: Rule = {
  name: 'state-keys',
  codes: ['STATE-008'],
  perState: true,
  check(ctx) {
    for (const s of ctx.model.states) {
      if (!s.type) continue;
      const allowed = allowedKeys(s.type);
      const elsewhere = REPORTED_ELSEWHERE[s.type] ?? [];
      eachPair(s.node, (key) => {
        if (allowed.includes(key) || elsewhere.includes(key)) return;
        // A state-level `default` standing in for `next` is dialect D02, reported by the next rules.
        if (key === 'default' && !s.next) return;
        if (key === 'response' && stateLevelResponse(ctx, s)) return;
        const hint =
          key === 'default'
            ? " ('default' belongs to choice states; this state already has 'next')"
            : '';
        ctx.add(
          'STATE-008',
          'error',
          `Unknown key '${key}' on ${s.type} state '${s.id}'${hint}; allowed: ${allowed.join(', ')}`,
          keyAt(s.node, key, s.path),
        );
      });
    }
  },
};

/**
 * Dialect D02: a wait/webhook routed choice-style also carries its `response` at state level. It is
 * read as `<type>.response` (the simulator does so too); a warning with a fix that moves it there.
 */
function stateLevelResponse(ctx: RuleContext, s: StateModel): boolean {
  if ((s.type !== 'wait' && s.type !== 'webhook') || !s.body || pairOf(s.body, 'response')) return false;
  const pair = pairOf(s.node, 'response');
  if (!pair) return false;
  const fix = movePairFix(`Move 'response' into '${s.type}'`, ctx.source.text, pair, 'response', s.body as YAMLMap, blockIndent(ctx.source.text, s.body as YAMLMap));
  ctx.add(
    'STATE-008',
    'warning',
    `State '${s.id}' has its 'response' at state level (dialect D02); the canonical place is '${s.type}.response'`,
    keyAt(s.node, 'response', s.path),
    fix ? { fix } : undefined,
  );
  return true;
}
