/** Scope-local successor walks for the lint rules that look downstream (AUTH-004..006, XFORM-007, WAIT-012). Pure. */
import type { ExprSite, JourneyModel, StateModel } from '../../../model/types';

/** States a state can continue to within its own scope (next, choices, default, onTimeout, D01/D02 forms). */
export function successors(s: StateModel): StateModel[] {
  const out: StateModel[] = [];
  for (const t of s.transitions) {
    const target = s.scope.states.get(t.target);
    if (target && !out.includes(target)) out.push(target);
  }
  return out;
}

/**
 * Breadth-first walk from the successors of `from`; `stop(s)` true keeps the
 * walk from going past `s` (it is still visited). Returns visited states in order.
 */
export function walkFrom(
  from: StateModel,
  stop: (s: StateModel) => boolean = () => false,
  limit = 10000,
): StateModel[] {
  const seen = new Set<StateModel>();
  const queue = successors(from);
  const out: StateModel[] = [];
  while (queue.length > 0 && out.length < limit) {
    const s = queue.shift()!;
    if (seen.has(s)) continue;
    seen.add(s);
    out.push(s);
    if (!stop(s)) queue.push(...successors(s));
  }
  return out;
}

/**
 * Expression sites grouped by the state that holds them (one pass). Sites under
 * undocumented state keys (e.g. states mis-indented into another state) are left
 * out: they never run as that state.
 */
export function sitesByState(model: JourneyModel): Map<StateModel, ExprSite[]> {
  let map = sitesByModel.get(model);
  if (map) return map;
  map = new Map<StateModel, ExprSite[]>();
  for (const site of model.exprSites) {
    const s = site.state;
    if (!s?.type) continue;
    const block = s.path.length + 1 + (s.type === 'choice' ? 'choices' : s.type).length;
    const path = site.path;
    // `<state path>.<type block>`, exactly or followed by `.` / `[` (compared without building strings).
    const inBlock =
      path.startsWith(s.path) &&
      path.charCodeAt(s.path.length) === 46 &&
      path.startsWith(s.type === 'choice' ? 'choices' : s.type, s.path.length + 1) &&
      (path.length === block || path.charCodeAt(block) === 46 || path.charCodeAt(block) === 91);
    if (!inBlock) continue;
    const list = map.get(s);
    if (list) list.push(site);
    else map.set(s, [site]);
  }
  sitesByModel.set(model, map);
  return map;
}

/** One grouping per analysed model: several rules ask for it. Callers only read it. */
const sitesByModel = new WeakMap<JourneyModel, Map<StateModel, ExprSite[]>>();
