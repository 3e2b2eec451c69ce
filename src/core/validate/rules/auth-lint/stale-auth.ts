/**
 * AUTHLINT-004: stale auth — a state reads claims (or a copy of them) from an
 * earlier auth task after a later auth task ran and before its result is
 * checked: if the later validation failed, the earlier principal is used for
 * a request that was never authenticated.
 */
import { authInfoOf } from '../../../auth/auth-states';
import { explore } from '../../../auth/explore';
import { successorsOf } from '../../../auth/flow';
import { decidedAt, flowFactsOf } from '../../../auth/lint-common';
import { EMPTY_TAINT, applyWrites, labelsAt, taintKey, type Taint } from '../../../auth/taint';
import type { Rule } from '../../rule';

export const staleAuthRule: Rule = {
  name: 'auth-stale-claims',
  codes: ['AUTHLINT-004'],
  check(ctx) {
    const facts = flowFactsOf(ctx);
    const { model } = ctx;
    const byLabel = new Map(model.states.map((s) => [`auth@${s.qid}`, s]));
    const reported = new Set<string>();
    for (const b of model.states) {
      if (!authInfoOf(b)) continue;
      // The taint reaching `b` on any path: explore from the scope's states that precede it is costly, so take
      // every auth label alive anywhere before `b` by walking from each earlier auth task.
      for (const a of model.states) {
        if (a === b || !authInfoOf(a) || a.scope !== b.scope) continue;
        const seed = applyWrites(EMPTY_TAINT, facts.of(a));
        const labelA = `auth@${a.qid}`;
        let atB: Taint | undefined;
        for (const first of successorsOf(a)) {
          explore(
            first,
            seed as Taint,
            (s, t) => {
              if (atB || s.type === 'succeed' || s.type === 'fail') return null;
              if (s === b) {
                atB = t;
                return null;
              }
              if (s === a) return null;
              return applyWrites(t, facts.of(s));
            },
            taintKey,
          );
        }
        if (!atB || ![...atB.values()].some((l) => l.has(labelA))) continue;
        for (const first of successorsOf(b)) {
          explore(
            first,
            applyWrites(atB, facts.of(b)),
            (s, t) => {
              if (s.type === 'succeed' || s.type === 'fail' || s.type === 'wait' || s.type === 'webhook' || s === b) return null;
              if (decidedAt(facts, s, t).includes(b.qid)) return null;
              for (const read of facts.of(s).reads) {
                if (!labelsAt(t, read.segs).has(labelA)) continue;
                const key = `${read.span.start}:${read.span.end}`;
                if (reported.has(key)) continue;
                reported.add(key);
                ctx.add(
                  'AUTHLINT-004',
                  'warning',
                  `'${s.id}' reads ${read.text}, which holds the principal of '${byLabel.get(labelA)?.id ?? a.id}', after '${b.id}' ran and before its result is checked: if '${b.id}' failed, a stale identity is used`,
                  { span: read.span, path: s.path },
                );
              }
              return applyWrites(t, facts.of(s));
            },
            taintKey,
          );
        }
      }
    }
  },
};
