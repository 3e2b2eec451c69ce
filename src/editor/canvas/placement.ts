/**
 * Where a new state goes: a free spot next to an anchor (the state it follows,
 * the selected state, or a drop point), never over another box. Placed states
 * never move; only the new ones are placed, one by one, each taking its spot
 * before the next is placed. Pure and deterministic.
 */
import type { GraphView } from '../graph-view';
import { NODE_H, NODE_W, type Box } from './quick-layout';

/** Room kept between a new state and any other box (enough for an edge and its label). */
export const PLACE_GAP = 40;

export interface Point {
  x: number;
  y: number;
}

/** True when two boxes overlap, counting `gap` of room around `a`. Pure. */
export function overlaps(a: Box, b: Box, gap = 0): boolean {
  return a.x < b.x + b.w + gap && b.x < a.x + a.w + gap && a.y < b.y + b.h + gap && b.y < a.y + a.h + gap;
}

/**
 * The first free top-left corner for a `w`×`h` box near `anchor`: below it
 * (along the flow, which goes down), then to its right, then further out in
 * rings, right and down before left and up. `anchor` is a box (a state) or a
 * point (a drop: the box is centred on it when free).
 */
export function freeSpot(anchor: Box | Point, occupied: readonly Box[], size = { w: NODE_W, h: NODE_H }, gap = PLACE_GAP): Point {
  const { w, h } = size;
  const free = (p: Point) => !occupied.some((o) => overlaps({ x: p.x, y: p.y, ...size }, o, gap));
  const isBox = 'w' in anchor;
  const stepX = w + gap;
  const stepY = h + gap;
  // The spot the anchor wants: below a state, centred on a point.
  const base: Point = isBox ? { x: anchor.x + (anchor.w - w) / 2, y: anchor.y + anchor.h + gap } : { x: anchor.x - w / 2, y: anchor.y - h / 2 };
  if (free(base)) return base;
  if (isBox) {
    const right = { x: anchor.x + anchor.w + gap, y: anchor.y };
    if (free(right)) return right;
  }
  // Rings of grid cells around the wanted spot, nearest first; ties: down, then right, then left, then up.
  for (let r = 1; r < 200; r++) {
    const cells: { p: Point; d: number; rank: number }[] = [];
    for (let i = -r; i <= r; i++)
      for (let j = -r; j <= r; j++) {
        if (Math.max(Math.abs(i), Math.abs(j)) !== r) continue;
        const p = { x: base.x + i * stepX, y: base.y + j * stepY };
        const rank = (j >= 0 ? 0 : 2) + (i >= 0 ? 0 : 1);
        cells.push({ p, d: Math.hypot(i * stepX, j * stepY), rank });
      }
    cells.sort((a, b) => a.d - b.d || a.rank - b.rank || a.p.y - b.p.y || a.p.x - b.p.x);
    for (const c of cells) if (free(c.p)) return c.p;
  }
  return base;
}

/** A hint for one new state: near a state (its qualified id), or at a point (a drop), in its container's coordinates. */
export interface PlaceHint {
  near?: string;
  /** Above this state (a state inserted before it). */
  before?: string;
  at?: Point;
}

/**
 * Places every node of `view` that `placed` lacks, in its own container
 * (top level, a parallel's branches box, a subjourney box). The anchor of a
 * node is its hint, else the placed state leading to it, else the placed
 * state it leads to, else the lowest placed state of its container. Nodes
 * next to placed ones go first, so a chain of new states grows from where it
 * is attached. `groups` are the boxes of groups (by group id) in their own
 * container's coordinates. Returns only the new boxes. Pure.
 */
export function placeNew(
  view: GraphView,
  placed: ReadonlyMap<string, Box>,
  groups: ReadonlyMap<string, Box>,
  hints: Readonly<Record<string, PlaceHint>> = {},
): Map<string, Box> {
  const out = new Map<string, Box>();
  const missing = view.nodes.filter((n) => !placed.has(n.qid));
  if (!missing.length) return out;
  const parentOf = new Map(view.nodes.map((n) => [n.qid, n.parent]));
  // The container a group box sits in: a parallel's beside its state, a subjourney's at top level.
  const groupContainer = new Map(view.groups.map((g) => [g.id, g.kind === 'parallel' ? parentOf.get(g.id) : undefined]));
  const boxOf = (id: string) => out.get(id) ?? placed.get(id);
  const occupiedIn = (container: string | undefined): Box[] => {
    const boxes: Box[] = [];
    for (const n of view.nodes) {
      const b = n.parent === container ? boxOf(n.qid) : undefined;
      if (b) boxes.push(b);
    }
    for (const [gid, c] of groupContainer) {
      const b = c === container ? groups.get(gid) : undefined;
      if (b) boxes.push(b);
    }
    return boxes;
  };
  const incoming = new Map<string, string[]>();
  const outgoing = new Map<string, string[]>();
  for (const e of view.edges) {
    if (e.source === e.target) continue;
    (incoming.get(e.target) ?? incoming.set(e.target, []).get(e.target)!).push(e.source);
    (outgoing.get(e.source) ?? outgoing.set(e.source, []).get(e.source)!).push(e.target);
  }
  const sameContainer = (a: string, b: string) => parentOf.get(a) === parentOf.get(b);
  const anchorOf = (qid: string): Box | Point | 'above' | undefined => {
    const hint = hints[qid];
    if (hint?.at) return hint.at;
    const near = hint?.near && sameContainer(hint.near, qid) ? boxOf(hint.near) : undefined;
    if (near) return near;
    const before = hint?.before && sameContainer(hint.before, qid) ? boxOf(hint.before) : undefined;
    if (before) return { x: before.x + before.w / 2, y: before.y - PLACE_GAP - NODE_H / 2 };
    const from = (incoming.get(qid) ?? []).find((s) => sameContainer(s, qid) && boxOf(s));
    if (from) return boxOf(from);
    const to = (outgoing.get(qid) ?? []).find((t) => sameContainer(t, qid) && boxOf(t));
    if (to) return 'above';
    return undefined;
  };
  let pending = missing;
  while (pending.length) {
    // Those with a placed neighbour (or a hint) first; when none has, the first of the rest.
    const ready = pending.filter((n) => anchorOf(n.qid) !== undefined);
    const batch = ready.length ? ready : [pending[0]];
    for (const n of batch) {
      const occupied = occupiedIn(n.parent);
      let anchor = anchorOf(n.qid);
      if (anchor === 'above') {
        const to = (outgoing.get(n.qid) ?? []).find((t) => sameContainer(t, n.qid) && boxOf(t))!;
        const b = boxOf(to)!;
        anchor = { x: b.x + b.w / 2, y: b.y - PLACE_GAP - NODE_H / 2 };
      }
      if (!anchor) anchor = lowest(occupied, n.parent !== undefined);
      const p = freeSpot(anchor, occupied);
      out.set(n.qid, { x: Math.round(p.x), y: Math.round(p.y), w: NODE_W, h: NODE_H });
    }
    const done = new Set(batch.map((n) => n.qid));
    pending = pending.filter((n) => !done.has(n.qid));
  }
  return out;
}

/** With no neighbour to go by: below everything of the container, at its left edge (its top left when it is empty). */
function lowest(occupied: readonly Box[], inGroup: boolean): Point {
  // Inside a group box, clear of its title and edge (ELK's group padding).
  if (!occupied.length) return inGroup ? { x: 20 + NODE_W / 2, y: 40 + NODE_H / 2 } : { x: NODE_W / 2, y: NODE_H / 2 };
  const left = Math.min(...occupied.map((b) => b.x));
  const bottom = Math.max(...occupied.map((b) => b.y + b.h));
  return { x: left + NODE_W / 2, y: bottom + PLACE_GAP + NODE_H / 2 };
}
