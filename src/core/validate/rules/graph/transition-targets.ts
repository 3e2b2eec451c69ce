/**
 * GRAPH-001 (unknown target) and the scope-leakage family GRAPH-002 / SUB-006 /
 * PAR-004 (target exists, but only in another scope): every transition —
 * `next`, `choices[*].next`, `default`, `onTimeout`, and the D01/D02 forms.
 */
import { graphOf, type GraphEdge } from '../../../graph/journey-graph';
import type { Rule } from '../../rule';
import { danglingFixes } from './dangling-fixes';
import { closest, scopeLabel } from './helpers';
import { lookupTable } from '../../../own-property';

const FIELD: Readonly<Record<string, string>> = lookupTable({
  next: 'next',
  choice: 'a choice branch',
  default: 'default',
  onTimeout: 'onTimeout',
  waitDefault: 'default',
  stateDefault: 'default',
});

/** The rule id for a cross-scope target: branch → PAR-004, subjourney → SUB-006, else GRAPH-002. Pure. */
export function crossScopeCode(e: GraphEdge): 'PAR-004' | 'SUB-006' | 'GRAPH-002' {
  if (e.from.scope.kind === 'branch') return 'PAR-004';
  if (e.from.scope.kind === 'subjourney' || e.elsewhere.every((s) => s.scope.kind === 'subjourney'))
    return 'SUB-006';
  return 'GRAPH-002';
}

/** GRAPH-001 and the cross-scope ids over every transition, with a did-you-mean fix. */
export const transitionTargetsRule: Rule = {
  name: 'transition-targets',
  codes: ['GRAPH-001', 'GRAPH-002', 'SUB-006', 'PAR-004'],
  check(ctx) {
    const g = graphOf(ctx.model);
    for (const e of g.allEdges()) {
      const t = e.transition;
      const at = { span: t.span, path: t.path };
      const field = FIELD[t.via] ?? t.via;
      if (e.status === 'unknown') {
        const guess = closest(t.target, e.from.scope.states.keys());
        const [fix, ...alternatives] = danglingFixes(ctx.source.text, g, e, guess);
        ctx.add(
          'GRAPH-001',
          'error',
          `State '${e.from.id}' points to unknown state '${t.target}' (${field})` +
            (guess ? `; did you mean '${guess}'?` : '; point it to another state or remove it'),
          at,
          fix ? { fix, ...(alternatives.length ? { alternatives } : {}) } : undefined,
        );
      } else if (e.status === 'crossScope') {
        const other = e.elsewhere[0];
        ctx.add(
          crossScopeCode(e),
          'error',
          `State '${e.from.id}' (${field}) targets '${t.target}', a state of ${scopeLabel(other.scope)}; ` +
            `transitions stay inside ${scopeLabel(e.from.scope)}`,
          at,
        );
      }
    }
  },
};
