/**
 * AUTHLINT-002: after a submission to a wait/webhook, a state reads
 * `context.payload` (or a field copied from it) before the auth decision on
 * that path — the payload is untrusted until the check passed (ADR-0033).
 * Taint follows copies through transforms (`context ++ { x: context.payload }`).
 */
import { authInfoOf } from '../../../auth/auth-states';
import { explore } from '../../../auth/explore';
import { forwardOf } from '../../../auth/flow';
import { advance, decidedAt, flowFactsOf, payloadLabel, walkKey, type AuthWalk } from '../../../auth/lint-common';
import type { ContextRead } from '../../../auth/state-facts';
import { EMPTY_TAINT, applyWrites, labelsAt } from '../../../auth/taint';
import type { JourneyModel, StateModel } from '../../../model/types';
import type { Fix } from '../../../diagnostics';
import { checkFixFor } from '../../../commands/auth-check-edits';
import { guardFixFor } from '../../../commands/auth-guard-fix';
import type { Rule } from '../../rule';

interface Walk extends AuthWalk {
  /** Early reads, with the auth tasks already passed (not yet decided) when they happen. */
  early: ReadonlyArray<{ state: StateModel; read: ContextRead; copied: boolean; passed: readonly string[] }>;
}

/**
 * Read after the auth task but before its check: route on the result right after the task.
 * Read before any auth task: validate the submission right after the wait/webhook, with the same plugin.
 */
function fixFor(text: string, w: StateModel, authQid: string, afterTask: boolean, model?: JourneyModel): Fix | undefined {
  if (afterTask) return checkFixFor(text, authQid, model);
  const auth = w.scope.states.get(authQid.slice(authQid.lastIndexOf('/') + 1));
  const info = auth ? authInfoOf(auth) : undefined;
  if (!info) return undefined;
  return guardFixFor(text, { template: 'externalInput', at: w.qid, mechanism: info.plugin.mechanism, profile: info.profile }, `Validate submissions right after '${w.id}'`);
}

export const payloadBeforeAuthRule: Rule = {
  name: 'auth-payload-before-decision',
  codes: ['AUTHLINT-002'],
  check(ctx) {
    const { model } = ctx;
    if (!model.states.some((s) => authInfoOf(s))) return;
    const facts = flowFactsOf(ctx);
    const reported = new Set<string>();
    for (const w of model.states) {
      if (w.type !== 'wait' && w.type !== 'webhook') continue;
      const first = forwardOf(w);
      if (!first) continue;
      const label = payloadLabel(w);
      const init: Walk = { taint: applyWrites(EMPTY_TAINT, facts.of(w)), pending: [], early: [] };
      explore(
        first,
        init,
        (s, walk) => {
          if (s.type === 'wait' || s.type === 'webhook' || s.type === 'fail' || s.type === 'succeed') return null;
          const decided = decidedAt(facts, s, walk.taint).filter((q) => walk.pending.includes(q));
          if (decided.length > 0) {
            for (const e of walk.early) {
              const key = `${e.read.span.start}:${e.read.span.end}`;
              if (reported.has(key)) continue;
              reported.add(key);
              const what = e.copied ? `${e.read.text} (copied from the submission)` : e.read.text;
              ctx.add(
                'AUTHLINT-002',
                'warning',
                `'${e.state.id}' reads ${what} before the submission to '${w.id}' is authenticated (decided at '${s.id}'); treat the payload as untrusted until the auth check passed`,
                { span: e.read.span, path: e.state.path },
                { fix: fixFor(ctx.source.text, w, e.passed[0] ?? decided[0], e.passed.length > 0, ctx.model) },
              );
            }
            return null;
          }
          const early = [...walk.early];
          for (const read of facts.of(s).reads) {
            const direct = read.segs[0] === 'payload';
            if (direct || labelsAt(walk.taint, read.segs).has(label)) early.push({ state: s, read, copied: !direct, passed: walk.pending });
          }
          return { ...advance(facts, s, walk, authInfoOf(s) !== undefined), early };
        },
        (x) => `${walkKey(x)}|${x.early.length}`,
      );
    }
  },
};
