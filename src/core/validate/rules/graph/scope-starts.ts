/**
 * Scope starts exist in their scope (GRAPH-003; PAR-003 for parallel branches,
 * SUB-005 for subjourneys), including every `schedule:v1` `task.start`, which
 * names a top-level state.
 */
import { graphOf } from '../../../graph/journey-graph';
import { scheduleStart } from '../../../graph/state-kinds';
import type { ScopeModel } from '../../../model/types';
import { child, joinPath, spanOf } from '../../../yaml-nodes';
import type { Rule, RuleContext } from '../../rule';
import { closest, replaceFix, scopeLabel } from './helpers';

function codeFor(scope: ScopeModel): 'GRAPH-003' | 'PAR-003' | 'SUB-005' {
  if (scope.kind === 'branch') return 'PAR-003';
  if (scope.kind === 'subjourney') return 'SUB-005';
  return 'GRAPH-003';
}

function report(
  ctx: RuleContext,
  code: string,
  scope: ScopeModel,
  what: string,
  value: string,
  at: { span: { start: number; end: number }; path: string },
) {
  const elsewhere = ctx.model.states.find((s) => s.id === value && s.scope !== scope);
  const guess = closest(value, scope.states.keys());
  const where = elsewhere
    ? `'${value}' is a state of ${scopeLabel(elsewhere.scope)}`
    : `no state '${value}'`;
  ctx.add(
    code,
    'error',
    `${what} '${value}' must be a state of ${scopeLabel(scope)}: there is ${where}` +
      (guess ? `; did you mean '${guess}'?` : ''),
    at,
    guess ? { fix: replaceFix(`Start at '${guess}'`, at.span, guess) } : undefined,
  );
}

/** GRAPH-003 / PAR-003 / SUB-005 for scope starts and schedule starts. */
export const scopeStartsRule: Rule = {
  name: 'scope-starts',
  codes: ['GRAPH-003', 'PAR-003', 'SUB-005'],
  check(ctx) {
    for (const scope of ctx.model.scopes) {
      const start = scope.start;
      if (!start || scope.states.has(start.value)) continue;
      const what =
        scope.kind === 'top' ? 'spec.start' : scope.kind === 'branch' ? 'Branch start' : 'start';
      report(ctx, codeFor(scope), scope, what, start.value, start);
    }
    const top = ctx.model.top;
    for (const s of graphOf(ctx.model).scheduleTasks()) {
      const value = scheduleStart(s);
      if (value === undefined || top.states.has(value)) continue;
      const node = child(s.task?.node, 'start');
      report(ctx, 'GRAPH-003', top, 'schedule:v1 start', value, {
        span: spanOf(node),
        path: joinPath(s.task!.path, 'start'),
      });
    }
  },
};
