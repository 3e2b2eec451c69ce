/**
 * AUTHLINT-003: an auth task whose result no choice ever reads — neither its
 * `problem`, its success fields, nor a copy of them — so a missing or forged
 * credential takes the same path as a valid one (dsl.md §18.3).
 */
import { authInfoOf } from '../../../auth/auth-states';
import { explore } from '../../../auth/explore';
import { successorsOf } from '../../../auth/flow';
import { authLabel, decidedAt, flowFactsOf } from '../../../auth/lint-common';
import { EMPTY_TAINT, applyWrites, taintKey, type Taint } from '../../../auth/taint';
import { checkFixFor } from '../../../commands/auth-check-edits';
import type { Rule } from '../../rule';

/** The success field a check would typically read, per mechanism. */
const SUCCESS_FIELD = { jwt: 'its claims', mtls: 'its subjectDn', apiKey: 'its keyId' } as const;

export const uncheckedResultRule: Rule = {
  name: 'auth-unchecked-result',
  codes: ['AUTHLINT-003'],
  check(ctx) {
    const facts = flowFactsOf(ctx);
    for (const a of ctx.model.states) {
      const info = authInfoOf(a);
      if (!info) continue;
      const label = authLabel(a);
      const after = applyWrites(EMPTY_TAINT, facts.of(a));
      let checked = false;
      for (const first of successorsOf(a)) {
        explore(
          first,
          after as Taint,
          (s, taint) => {
            if (checked || s.type === 'succeed' || s.type === 'fail') return null;
            if (decidedAt(facts, s, taint).includes(a.qid)) {
              checked = true;
              return null;
            }
            const next = applyWrites(taint, facts.of(s));
            return [...next.values()].some((l) => l.has(label)) ? next : null;
          },
          taintKey,
        );
      }
      if (checked) continue;
      ctx.add(
        'AUTHLINT-003',
        'warning',
        `No choice checks the result of '${a.id}' (${info.target}.problem or ${SUCCESS_FIELD[info.plugin.mechanism]}): a missing, expired or forged credential takes the same path as a valid one`,
        { span: a.keySpan, path: a.path },
        { fix: checkFixFor(ctx.source.text, a.qid) },
      );
    }
  },
};
