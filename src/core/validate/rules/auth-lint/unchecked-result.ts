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

/** Findings that get a computed quick fix, per file. */
const MAX_FIXES = 100;

/** The success field a check would typically read, per mechanism. */
const SUCCESS_FIELD = { jwt: 'its claims', mtls: 'its subjectDn', apiKey: 'its keyId' } as const;

export const uncheckedResultRule: Rule = {
  name: 'auth-unchecked-result',
  codes: ['AUTHLINT-003'],
  check(ctx) {
    const facts = flowFactsOf(ctx);
    let fixes = 0;
    for (const a of ctx.model.states) {
      const info = authInfoOf(a);
      if (!info) continue;
      const label = authLabel(a);
      const after = onlyLabel(applyWrites(EMPTY_TAINT, facts.of(a)), label);
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
            const next = onlyLabel(applyWrites(taint, facts.of(s)), label);
            return next.size > 0 ? next : null;
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
        // Building a fix prints YAML (~0.5 ms); past a hundred findings the file needs a redesign, not clicks.
        { fix: ++fixes <= MAX_FIXES ? checkFixFor(ctx.source.text, a.qid, ctx.model) : undefined },
      );
    }
  },
};

/**
 * The taint restricted to one auth result's label. Only where that result
 * flows matters here; dropping the other labels keeps the number of distinct
 * path facts small, so exploring a 2,000-state journey stays linear.
 */
function onlyLabel(t: Taint, label: string): Taint {
  const out = new Map<string, ReadonlySet<string>>();
  const only: ReadonlySet<string> = new Set([label]);
  for (const [k, labels] of t) if (labels.has(label)) out.set(k, only);
  return out;
}
