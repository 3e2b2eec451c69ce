/**
 * AUTHLINT-001: in a journey that uses inbound auth, a submission to a
 * wait/webhook reaches a side effect, an outbound call or a succeed without
 * passing an auth task and a choice that checks its result (dsl.md §18.1,
 * ADR-0032/0033). A data-flow walk: copies of the auth result count as checks.
 */
import { authInfoOf, authStatesOf } from '../../../auth/auth-states';
import { explore } from '../../../auth/explore';
import { forwardOf } from '../../../auth/flow';
import { advance, decidedAt, flowFactsOf, walkKey, type AuthWalk } from '../../../auth/lint-common';
import { sinkOf } from '../../../auth/sinks';
import { EMPTY_TAINT, applyWrites } from '../../../auth/taint';
import { guardFixFor } from '../../../commands/auth-guard-fix';
import type { Rule } from '../../rule';

export const unguardedInputRule: Rule = {
  name: 'auth-unguarded-input',
  codes: ['AUTHLINT-001'],
  check(ctx) {
    const { model } = ctx;
    const auths = authStatesOf(model);
    if (auths.length === 0) return;
    const facts = flowFactsOf(ctx);
    for (const w of model.states) {
      if (w.type !== 'wait' && w.type !== 'webhook') continue;
      const first = forwardOf(w);
      if (!first) continue;
      let hit: { sink: string; state: string; passed: readonly string[] } | undefined;
      const init: AuthWalk = { taint: applyWrites(EMPTY_TAINT, facts.of(w)), pending: [] };
      explore(
        first,
        init,
        (s, walk) => {
          if (hit || s.type === 'wait' || s.type === 'webhook' || s.type === 'fail') return null;
          if (decidedAt(facts, s, walk.taint).some((q) => walk.pending.includes(q))) return null;
          const sink = sinkOf(model, s);
          if (sink) {
            hit = { sink, state: s.id, passed: walk.pending };
            return null;
          }
          return advance(facts, s, walk, authInfoOf(s) !== undefined);
        },
        walkKey,
      );
      if (!hit) continue;
      const how = hit.passed.length
        ? `passes auth task '${hit.passed[0]}' but no choice checks its result`
        : 'passes no auth task';
      const kind = auths[0].kind;
      ctx.add(
        'AUTHLINT-001',
        'warning',
        `Submissions to '${w.id}' reach '${hit.state}' (${hit.sink}) on a path that ${how}; validate the submission with an auth task right after '${w.id}' and route on its result`,
        { span: w.keySpan, path: w.path },
        { fix: guardFixFor(ctx.source.text, { template: 'externalInput', at: w.qid, mechanism: auths[0].plugin.mechanism, profile: auths[0].profile }, `Guard '${w.id}' with ${kind}`) },
      );
    }
  },
};
