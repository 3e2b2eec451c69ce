/**
 * Where a state with no ELK position yet goes while ELK is not asked (it waits
 * for a pause in typing): a renamed state keeps its old place, a new one sits
 * below the state that leads to it (or above the one it leads to), so typing
 * never makes the diagram jump. Pure.
 */
import type { GraphView, ViewEdge } from '../graph-view';
import type { Box } from './quick-layout';

const GAP_Y = 40;

/**
 * Boxes for the nodes of `view` missing from `placed`, copied or derived from
 * `placed`; `previous` is the view before this change (to recognise a rename).
 */
export function provisionalBoxes(
  previous: GraphView | undefined,
  view: GraphView,
  placed: ReadonlyMap<string, Box>,
): { boxes: Map<string, Box>; renamed: boolean } {
  const out = new Map<string, Box>();
  const missing = view.nodes.filter((n) => !placed.has(n.qid));
  if (!missing.length) return { boxes: out, renamed: false };
  const now = new Set(view.nodes.map((n) => n.qid));
  const vanished = (previous?.nodes ?? []).filter((n) => !now.has(n.qid) && placed.has(n.qid));
  // One state out, one in, in the same container: a rename (or a retyped id).
  if (missing.length === 1 && vanished.length === 1 && missing[0].parent === vanished[0].parent) {
    out.set(missing[0].qid, placed.get(vanished[0].qid)!);
    return { boxes: out, renamed: true };
  }
  // A file just opened (nothing placed yet) is the quick layout's and ELK's job.
  if (missing.length * 2 > view.nodes.length) return { boxes: out, renamed: false };
  const parentOf = new Map(view.nodes.map((n) => [n.qid, n.parent]));
  const incoming = new Map<string, ViewEdge[]>();
  const outgoing = new Map<string, ViewEdge[]>();
  for (const e of view.edges) {
    incoming.set(e.target, [...(incoming.get(e.target) ?? []), e]);
    outgoing.set(e.source, [...(outgoing.get(e.source) ?? []), e]);
  }
  for (const n of missing) {
    const near = (id: string) => parentOf.get(id) === n.parent && placed.get(id);
    const from = incoming.get(n.qid)?.find((e) => near(e.source));
    const to = outgoing.get(n.qid)?.find((e) => near(e.target));
    if (from) {
      const b = placed.get(from.source)!;
      out.set(n.qid, { ...b, y: b.y + b.h + GAP_Y });
    } else if (to) {
      const b = placed.get(to.target)!;
      out.set(n.qid, { ...b, y: b.y - b.h - GAP_Y });
    }
  }
  return { boxes: out, renamed: false };
}
