/**
 * AUTHLINT-005: a `kind: Api` that uses inbound auth can answer success on a
 * path that passes no auth task and no check of its result.
 */
import { authInfoOf, authStatesOf } from '../../../auth/auth-states';
import { explore } from '../../../auth/explore';
import { scopeStart } from '../../../auth/flow';
import { advance, decidedAt, flowFactsOf, walkKey, type AuthWalk } from '../../../auth/lint-common';
import { EMPTY_TAINT } from '../../../auth/taint';
import { guardFixFor } from '../../../commands/auth-guard-fix';
import type { StateModel } from '../../../model/types';
import type { Rule } from '../../rule';

export const apiBypassRule: Rule = {
  name: 'auth-api-bypass',
  codes: ['AUTHLINT-005'],
  check(ctx) {
    const { model } = ctx;
    if (model.kind !== 'Api') return;
    const auths = authStatesOf(model).filter((a) => a.state.scope.kind === 'top');
    const start = scopeStart(model.top);
    if (auths.length === 0 || !start) return;
    const facts = flowFactsOf(ctx);
    const hits: Array<{ state: StateModel; passed: readonly string[] }> = [];
    explore(
      start,
      { taint: EMPTY_TAINT, pending: [] } as AuthWalk,
      (s, walk) => {
        if (s.type === 'fail') return null;
        if (decidedAt(facts, s, walk.taint).some((q) => walk.pending.includes(q))) return null;
        if (s.type === 'succeed') {
          if (!hits.some((h) => h.state === s)) hits.push({ state: s, passed: walk.pending });
          return null;
        }
        return advance(facts, s, walk, authInfoOf(s) !== undefined);
      },
      walkKey,
    );
    const startIsAuth = authInfoOf(start) !== undefined;
    for (const h of hits) {
      const how = h.passed.length ? `passes '${h.passed[0]}' but no choice checks its result` : 'passes no auth task';
      const m = auths[0].plugin.mechanism;
      ctx.add(
        'AUTHLINT-005',
        'warning',
        `This Api uses inbound auth but can answer success at '${h.state.id}' on a path that ${how}`,
        { span: h.state.keySpan, path: h.state.path },
        startIsAuth
          ? undefined
          : { fix: guardFixFor(ctx.source.text, { template: m === 'jwt' ? 'jwt' : m, at: start.qid, profile: auths[0].profile }, `Require ${auths[0].kind} before '${start.id}'`) },
      );
    }
  },
};
