/**
 * EXPR-011: after a `wait`/`webhook`, the submission is in `context.payload`
 * (dsl.md §12); a bare `payload` in a later choice predicate or transform
 * reads null. Flagged only on states reachable from an external-input state.
 */
import type { JourneyModel, StateModel } from '../../../model/types';
import type { Rule } from '../../rule';
import { mapSpan } from '../expr/map-fix';

function afterExternalInput(model: JourneyModel): Set<StateModel> {
  const reached = new Set<StateModel>();
  const queue: StateModel[] = model.states.filter((s) => s.type === 'wait' || s.type === 'webhook');
  while (queue.length) {
    const state = queue.pop()!;
    for (const t of state.transitions) {
      const target = state.scope.states.get(t.target);
      if (target && !reached.has(target)) {
        reached.add(target);
        queue.push(target);
      }
    }
  }
  return reached;
}

export const payloadAfterWaitRule: Rule = {
  name: 'payload-after-wait',
  codes: ['EXPR-011'],
  check(ctx) {
    let reached: Set<StateModel> | undefined;
    for (const c of ctx.compiled) {
      const state = c.site.state;
      if (!state || (state.type !== 'choice' && state.type !== 'transform')) continue;
      const reads = c.result?.freeRoots.filter((r) => r.name === 'payload') ?? [];
      if (reads.length === 0) continue;
      reached ??= afterExternalInput(ctx.model);
      if (!reached.has(state)) continue;
      for (const r of reads) {
        const span = mapSpan(c, r.start, r.end);
        ctx.add(
          'EXPR-011',
          'warning',
          `'${['payload', ...r.members].join('.')}' is null in a ${state.type} after a wait: the step submission is in 'context.payload'`,
          { span, path: `${c.site.path}.expr` },
          { fix: { title: "Read 'context.payload'", edits: [{ span: { start: span.start, end: span.start }, text: 'context.' }] } },
        );
      }
    }
  },
};
