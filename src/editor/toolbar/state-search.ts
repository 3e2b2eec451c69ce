/** Stepping through the states a search matches. Pure. */
import type { GraphView } from '../graph-view';
import { matchesSearch } from '../canvas/to-flow';

/** Qualified ids of the states matching `query` (id, type or task kind), in document order. */
export function searchMatches(view: GraphView | undefined, query: string): string[] {
  const q = query.trim().toLowerCase();
  if (!view || !q) return [];
  return view.nodes.filter((n) => matchesSearch(n, q)).map((n) => n.qid);
}

/** The match after (or, going back, before) `current`, wrapping around; undefined when none match. */
export function nextMatch(matches: readonly string[], current: string | undefined, back = false): string | undefined {
  if (!matches.length) return undefined;
  const at = current === undefined ? -1 : matches.indexOf(current);
  if (at < 0) return back ? matches[matches.length - 1] : matches[0];
  return matches[(at + (back ? -1 : 1) + matches.length) % matches.length];
}

/** The groups to open so that `qid` shows: every collapsed group it sits in, outermost first. */
export function groupsToOpen(view: GraphView, qid: string, collapsed: readonly string[]): string[] {
  const parentOf = new Map(view.nodes.map((n) => [n.qid, n.parent]));
  const out: string[] = [];
  for (let g = parentOf.get(qid); g; g = parentOf.get(g)) if (collapsed.includes(g)) out.unshift(g);
  return out;
}
