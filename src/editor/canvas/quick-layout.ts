/**
 * An instant layered layout (BFS ranks, one row per rank) so a journey is on
 * screen at once; ELK refines it off the main thread. Pure.
 */
import type { GraphView } from '../graph-view';

export const NODE_W = 190;
export const NODE_H = 58;
const GAP_X = 40;
const GAP_Y = 70;
const PAD = 30;
const HEADER = 28;

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Positions of nodes and groups, by id, relative to the group that holds them. */
export interface Layout {
  nodes: Map<string, Box>;
  groups: Map<string, Box>;
}

/** Lays out every node and group box of a view; pure and O(n + e). */
export function quickLayout(view: GraphView): Layout {
  const nodes = new Map<string, Box>();
  const groups = new Map<string, Box>();
  const children = new Map<string | undefined, string[]>();
  for (const n of view.nodes) push(children, n.parent, n.qid);
  const groupIds = new Set(view.groups.map((g) => g.id));
  // Groups sit in their owner's container: a parallel group beside its state, subjourneys at top level.
  const ownerParent = new Map(view.nodes.map((n) => [n.qid, n.parent]));
  for (const g of view.groups) push(children, g.kind === 'parallel' ? ownerParent.get(g.id) : undefined, `group:${g.id}`);
  const succ = new Map<string, string[]>();
  for (const e of view.edges) push(succ, e.source, e.target);
  for (const g of view.groups) if (g.kind === 'parallel') push(succ, g.id, `group:${g.id}`);

  const sizeOf = (id: string): { w: number; h: number } => {
    if (!id.startsWith('group:')) return { w: NODE_W, h: NODE_H };
    const b = groups.get(id.slice(6));
    return b ? { w: b.w, h: b.h } : { w: NODE_W, h: NODE_H };
  };

  // Inner containers first so a group's size is known before its parent is laid out.
  const order = [...view.groups.map((g) => g.id).filter((id) => groupIds.has(id))].reverse();
  for (const gid of order) {
    const members = children.get(gid) ?? [];
    const { w, h } = layRows(members, succ, sizeOf, nodes, groups, PAD, PAD + HEADER);
    groups.set(gid, { x: 0, y: 0, w: Math.max(w + PAD, NODE_W + 2 * PAD), h: Math.max(h + PAD, NODE_H + 2 * PAD) });
  }
  layRows(children.get(undefined) ?? [], succ, sizeOf, nodes, groups, 0, 0);
  return { nodes, groups };
}

function layRows(
  ids: string[],
  succ: Map<string, string[]>,
  sizeOf: (id: string) => { w: number; h: number },
  nodes: Map<string, Box>,
  groups: Map<string, Box>,
  x0: number,
  y0: number,
): { w: number; h: number } {
  const inScope = new Set(ids);
  const rank = new Map<string, number>();
  const queue: string[] = [];
  for (const id of ids) {
    if (rank.has(id)) continue;
    rank.set(id, 0);
    queue.push(id);
    while (queue.length) {
      const cur = queue.shift() as string;
      const r = rank.get(cur) ?? 0;
      for (const next of succ.get(cur) ?? []) {
        if (inScope.has(next) && !rank.has(next)) {
          rank.set(next, r + 1);
          queue.push(next);
        }
      }
    }
  }
  const rows = new Map<number, string[]>();
  for (const id of ids) push(rows, rank.get(id) ?? 0, id);
  let y = y0;
  let maxW = 0;
  for (const r of [...rows.keys()].sort((a, b) => a - b)) {
    let x = x0;
    let rowH = 0;
    for (const id of rows.get(r) ?? []) {
      const { w, h } = sizeOf(id);
      const box = { x, y, w, h };
      if (id.startsWith('group:')) groups.set(id.slice(6), { ...box });
      else nodes.set(id, box);
      x += w + GAP_X;
      rowH = Math.max(rowH, h);
    }
    maxW = Math.max(maxW, x - x0);
    y += rowH + GAP_Y;
  }
  return { w: maxW, h: y - y0 };
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}
