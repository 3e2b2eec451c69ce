/**
 * AUTHLINT-004: stale auth — a state reads claims (or a copy of them) from an
 * earlier auth task after a later auth task ran and before its result is
 * checked: if the later validation failed, the earlier principal is used for
 * a request that was never authenticated.
 */
import { authInfoOf } from '../../../auth/auth-states';
import { explore } from '../../../auth/explore';
import { forwardTaint } from '../../../auth/forward-taint';
import { successorsOf } from '../../../auth/flow';
import { decidedAt, flowFactsOf } from '../../../auth/lint-common';
import { EMPTY_TAINT, applyWrites, labelsAt, taintKey, type Taint } from '../../../auth/taint';
import type { Rule } from '../../rule';

/** Only fields holding auth data matter here; dropping the rest keeps the walks small. */
function onlyAuth(t: Taint): Taint {
  return new Map([...t].filter(([, labels]) => [...labels].some((l) => l.startsWith('auth@'))));
}

export const staleAuthRule: Rule = {
  name: 'auth-stale-claims',
  codes: ['AUTHLINT-004'],
  check(ctx) {
    const { model } = ctx;
    const auths = model.states.filter((s) => authInfoOf(s));
    if (auths.length < 2) return;
    const facts = flowFactsOf(ctx);
    const byQid = new Map(model.states.map((s) => [s.qid, s]));
    const reported = new Set<string>();
    for (const scope of model.scopes) {
      if (!auths.some((a) => a.scope === scope)) continue;
      const entry = forwardTaint(facts, scope, (l) => l.startsWith('auth@'));
      for (const b of auths) {
        if (b.scope !== scope) continue;
        const own = `auth@${b.qid}`;
        for (const first of successorsOf(b)) {
          explore(
            first,
            onlyAuth(applyWrites(entry.get(b) ?? EMPTY_TAINT, facts.of(b))),
            (s, t) => {
              if (s.type === 'succeed' || s.type === 'fail' || s.type === 'wait' || s.type === 'webhook' || s === b) return null;
              if (decidedAt(facts, s, t).includes(b.qid)) return null;
              for (const read of facts.of(s).reads) {
                const stale = [...labelsAt(t, read.segs)].find((l) => l.startsWith('auth@') && l !== own);
                const key = `${read.span.start}:${read.span.end}`;
                if (!stale || reported.has(key)) continue;
                reported.add(key);
                const a = byQid.get(stale.slice(5));
                ctx.add(
                  'AUTHLINT-004',
                  'warning',
                  `'${s.id}' reads ${read.text}, which holds the principal of '${a?.id ?? stale.slice(5)}', after '${b.id}' ran and before its result is checked: if '${b.id}' failed, a stale identity is used`,
                  { span: read.span, path: s.path },
                );
              }
              const next = onlyAuth(applyWrites(t, facts.of(s)));
              // Nothing but this task's own result (or nothing) left: no stale principal can be read further on.
              return [...next.values()].some((labels) => [...labels].some((l) => l !== own)) ? next : null;
            },
            taintKey,
          );
        }
      }
    }
  },
};
