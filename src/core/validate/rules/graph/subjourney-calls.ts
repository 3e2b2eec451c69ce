/**
 * The subjourney call graph: every `subjourney.ref` names a `spec.subjourneys`
 * entry (SUB-001), every definition is used (SUB-009, also by
 * `spec.access.read.guardRef`), and calls are not recursive (GRAPH-013).
 */
import type { ScopeModel, StateModel } from '../../../model/types';
import { child, childAt, entries, joinPath, spanOf, str } from '../../../yaml-nodes';
import { statesOfType, type Rule } from '../../rule';
import { closest, replaceFix } from './helpers';

/** The subjourney whose body holds `scope` (through nested branches), if any. */
function enclosingSubjourney(scope: ScopeModel): string | undefined {
  for (let s: ScopeModel | undefined = scope; s; s = s.parent ?? s.owner?.scope) {
    if (s.kind === 'subjourney') return s.name;
  }
  return undefined;
}

/** Refs that lie on a cycle of the call graph (subjourney → subjourneys it calls). */
function recursiveCalls(calls: StateModel[]): Set<StateModel> {
  const edges = new Map<string, string[]>();
  for (const c of calls) {
    const from = enclosingSubjourney(c.scope);
    if (from === undefined || !c.ref) continue;
    edges.set(from, [...(edges.get(from) ?? []), c.ref.value]);
  }
  const reaches = (from: string, goal: string): boolean => {
    const seen = new Set<string>();
    const stack = [from];
    while (stack.length) {
      const n = stack.pop()!;
      if (n === goal) return true;
      if (seen.has(n)) continue;
      seen.add(n);
      stack.push(...(edges.get(n) ?? []));
    }
    return false;
  };
  const out = new Set<StateModel>();
  for (const c of calls) {
    const from = enclosingSubjourney(c.scope);
    if (from !== undefined && c.ref && reaches(c.ref.value, from)) out.add(c);
  }
  return out;
}

/** SUB-001, SUB-009 and GRAPH-013 over the subjourney call graph. */
export const subjourneyCallsRule: Rule = {
  name: 'subjourney-calls',
  codes: ['SUB-001', 'SUB-009', 'GRAPH-013'],
  check(ctx) {
    const defs = ctx.model.subjourneys;
    const calls = statesOfType(ctx.model, 'subjourney');
    const used = new Set<string>();
    for (const s of calls) {
      if (!s.ref) {
        if (s.body)
          ctx.add(
            'SUB-001',
            'error',
            `Subjourney state '${s.id}' needs 'ref' naming one of spec.subjourneys`,
            { span: s.keySpan, path: `${s.path}.subjourney` },
          );
        continue;
      }
      used.add(s.ref.value);
      if (defs.has(s.ref.value)) continue;
      const guess = closest(s.ref.value, defs.keys());
      ctx.add(
        'SUB-001',
        'error',
        `Subjourney state '${s.id}' calls '${s.ref.value}', which is not defined under spec.subjourneys` +
          (guess ? `; did you mean '${guess}'?` : ''),
        s.ref,
        guess ? { fix: replaceFix(`Call '${guess}'`, s.ref.span, guess) } : undefined,
      );
    }
    const guard = str(childAt(ctx.model.spec, 'access.read.guardRef'));
    if (guard) used.add(guard);
    for (const e of entries(child(ctx.model.spec, 'subjourneys'))) {
      if (used.has(e.key)) continue;
      ctx.add(
        'SUB-009',
        'warning',
        `Subjourney '${e.key}' is never called by a subjourney state or used as spec.access.read.guardRef`,
        {
          span: spanOf(e.keyNode),
          path: joinPath('spec.subjourneys', e.key),
        },
      );
    }
    for (const s of recursiveCalls(calls)) {
      ctx.add(
        'GRAPH-013',
        'warning',
        `Subjourney call '${s.ref!.value}' from '${s.qid}' is recursive; recursive subjourney calls are undefined in v1`,
        s.ref!,
      );
    }
  },
};
