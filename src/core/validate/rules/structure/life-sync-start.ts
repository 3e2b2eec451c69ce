/**
 * LIFE-003: with `startMode: sync` (explicit or default), no `timer` is reachable
 * from `spec.start` before the first wait/webhook/succeed/fail. The graph rules
 * report the same finding as GRAPH-011; this one only runs when they do not.
 */
import { childAt, str } from '../../../yaml-nodes';
import type { StateModel } from '../../../model/types';
import type { Rule } from '../../rule';
import { reportedElsewhere } from '../schema/claims';

export const lifeSyncStart: Rule = {
  name: 'life-sync-start',
  codes: ['LIFE-003'],
  check(ctx) {
    const { model } = ctx;
    if (model.kind !== 'Journey' || reportedElsewhere('GRAPH-011')) return;
    if ((str(childAt(model.spec, 'lifecycle.startMode')) ?? 'sync') !== 'sync') return;
    const start = model.top.start?.value;
    const first = start ? model.top.states.get(start) : undefined;
    if (!first) return;
    const seen = new Set<StateModel>();
    const stack = [first];
    while (stack.length) {
      const s = stack.pop()!;
      if (seen.has(s)) continue;
      seen.add(s);
      if (s.type === 'wait' || s.type === 'webhook' || s.type === 'succeed' || s.type === 'fail')
        continue;
      if (s.type === 'timer') {
        ctx.add(
          'LIFE-003',
          'warning',
          `Synchronous start reaches timer '${s.id}' before any wait or terminal state: the start request would block; use lifecycle.startMode: async`,
          { span: s.keySpan, path: s.path },
        );
        return;
      }
      // A parallel whose branch pauses at external input answers the start call there.
      if (
        s.type === 'parallel' &&
        s.branches.some((b) =>
          [...b.states.values()].some((x) => x.type === 'wait' || x.type === 'webhook'),
        )
      )
        continue;
      for (const t of s.transitions) {
        const next = s.scope.states.get(t.target);
        if (next) stack.push(next);
      }
    }
  },
};
