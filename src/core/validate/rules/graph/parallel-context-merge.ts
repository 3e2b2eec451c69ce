/**
 * PAR-012 / dialect D04: a `parallel` without `join.mapper` + `join.resultVar`
 * has no specified effect on the parent context. Studio simulates the dialect
 * meaning (each branch's writes merged into the parent context in branch
 * order) and warns. No automatic fix: the canonical form stores the join
 * result under `context.<resultVar>`, which would move the data later states read.
 */
import { child } from '../../../yaml-nodes';
import { statesOfType, type Rule } from '../../rule';

/** PAR-012 (dialect D04) on every parallel without join.mapper + join.resultVar. */
export const parallelContextMergeRule: Rule = {
  name: 'parallel-context-merge',
  codes: ['PAR-012'],
  perState: true,
  check(ctx) {
    for (const s of statesOfType(ctx.model, 'parallel')) {
      const join = child(s.body, 'join');
      if (child(join, 'mapper') != null && child(join, 'resultVar') != null) continue;
      const names = s.branches.map((b) => b.name).join(', ');
      ctx.add(
        'PAR-012',
        'warning',
        `Parallel '${s.id}' has no join.mapper + join.resultVar (dialect D04): branch writes (${names}) are merged into the parent context in branch order; ` +
          `the canonical form combines branches.<name> in join.mapper and stores it with join.resultVar`,
        { span: s.keySpan, path: s.path },
      );
    }
  },
};
