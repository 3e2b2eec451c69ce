/**
 * Every state's place is stored (IndexedDB, outside the file) once it has
 * one, so placed states never move and a reload shows the same diagram. The
 * first layout of a journey (and "Auto-layout") is ELK's, stored whole; after
 * that a state that appears (added on the canvas, typed in the code, inserted
 * by a guard) gets a free spot next to its neighbours (`placement.ts`), and a
 * renamed state keeps its old place.
 */
import { useEffect, useMemo, useRef } from 'react';
import type { GraphView } from '../graph-view';
import type { EditorStore } from '../store/editor-store';
import { NODE_H, NODE_W, type Box, type Layout } from './quick-layout';
import { freeSpot, overlaps, placeNew, PLACE_GAP } from './placement';

type Positions = Readonly<Record<string, { x: number; y: number }>>;

export interface Placement {
  /** Stored positions plus the ones just computed (stored on the next effect). */
  positions: Positions;
  /** Ids placed by this render for a person's action (to bring into view), the one it added last. */
  placed: readonly string[];
}

/**
 * Positions for every state of `view`, pure given its inputs: `previous` is
 * the view before this one (to recognise a rename or a state that came back).
 */
export function placeAll(
  view: GraphView,
  previous: GraphView | undefined,
  layout: Layout,
  stored: Positions,
  hints: EditorHints,
): { positions: Positions; added: Record<string, { x: number; y: number }> } {
  const boxOfStored = (qid: string): Box | undefined => {
    const p = stored[qid];
    return p ? { x: p.x, y: p.y, w: NODE_W, h: NODE_H } : undefined;
  };
  const added: Record<string, { x: number; y: number }> = {};
  const has = view.nodes.filter((n) => stored[n.qid] && !hints[n.qid]);
  const gkey = (id: string) => `group:${id}`;
  // Nothing stored for this journey yet (first open, after Auto-layout): ELK's layout is the diagram.
  if (has.length * 2 < view.nodes.length) {
    for (const n of view.nodes) {
      if (stored[n.qid] && !hints[n.qid]) continue;
      const b = layout.nodes.get(n.qid);
      if (b) added[n.qid] = { x: b.x, y: b.y };
    }
    for (const g of view.groups) {
      const b = layout.groups.get(g.id);
      if (b && !stored[gkey(g.id)]) added[gkey(g.id)] = { x: b.x, y: b.y };
    }
    return { positions: { ...stored, ...added }, added };
  }
  const before = new Set(previous?.nodes.map((n) => n.qid) ?? []);
  const now = new Set(view.nodes.map((n) => n.qid));
  const placed = new Map<string, Box>();
  for (const n of has) placed.set(n.qid, boxOfStored(n.qid)!);
  // A state that (re)appears where another now stands is placed afresh.
  if (previous)
    for (const n of view.nodes) {
      const b = placed.get(n.qid);
      if (!b || before.has(n.qid)) continue;
      const clash = view.nodes.some((o) => o.qid !== n.qid && o.parent === n.parent && placed.has(o.qid) && overlaps(b, placed.get(o.qid)!));
      if (clash) placed.delete(n.qid);
    }
  // The states of a new group box (a parallel just added) keep their layout inside it; the box is placed below.
  const newGroups = view.groups.filter((g) => !stored[gkey(g.id)] && layout.groups.has(g.id));
  const fresh = new Set(newGroups.map((g) => g.id));
  for (const n of view.nodes) {
    const b = n.parent && fresh.has(n.parent) && !placed.has(n.qid) ? layout.nodes.get(n.qid) : undefined;
    if (b) {
      placed.set(n.qid, b);
      added[n.qid] = { x: b.x, y: b.y };
    }
  }
  const missing = view.nodes.filter((n) => !placed.has(n.qid));
  // One state out, one in, in the same container: a rename (or a retyped id) keeps its place.
  const vanished = (previous?.nodes ?? []).filter((n) => !now.has(n.qid) && stored[n.qid]);
  if (missing.length === 1 && vanished.length === 1 && missing[0].parent === vanished[0].parent && !hints[missing[0].qid]) {
    added[missing[0].qid] = stored[vanished[0].qid];
    placed.set(missing[0].qid, { ...boxOfStored(vanished[0].qid)! });
  } else if (missing.length) {
    const groups = new Map<string, Box>();
    for (const g of view.groups) {
      const b = layout.groups.get(g.id);
      const p = stored[gkey(g.id)];
      if (b && p) groups.set(g.id, { ...b, x: p.x, y: p.y });
    }
    for (const [qid, b] of placeNew(view, placed, groups, hints)) {
      added[qid] = { x: b.x, y: b.y };
      placed.set(qid, b);
    }
  }
  if (newGroups.length) Object.assign(added, placeGroups(view, newGroups, layout, stored, placed));
  if (!Object.keys(added).length) return { positions: stored, added };
  return { positions: { ...stored, ...added }, added };
}

/** New group boxes: below their parallel state (a subjourney's: below its first caller), on free space. */
function placeGroups(
  view: GraphView,
  newGroups: GraphView['groups'],
  layout: Layout,
  stored: Positions,
  placed: ReadonlyMap<string, Box>,
): Record<string, { x: number; y: number }> {
  const out: Record<string, { x: number; y: number }> = {};
  const parentOf = new Map(view.nodes.map((n) => [n.qid, n.parent]));
  const containerOf = (g: GraphView['groups'][number]) => (g.kind === 'parallel' ? parentOf.get(g.id) : undefined);
  const groupBox = (g: GraphView['groups'][number]): Box | undefined => {
    const b = layout.groups.get(g.id);
    const p = out[`group:${g.id}`] ?? stored[`group:${g.id}`];
    return b && p ? { ...b, x: p.x, y: p.y } : undefined;
  };
  for (const g of newGroups) {
    const container = containerOf(g);
    const occupied: Box[] = [];
    for (const n of view.nodes) if (n.parent === container && placed.get(n.qid)) occupied.push(placed.get(n.qid)!);
    for (const o of view.groups) if (o !== g && containerOf(o) === container && groupBox(o)) occupied.push(groupBox(o)!);
    const owner = g.kind === 'parallel' ? placed.get(g.id) : (g.callers ?? []).map((c) => placed.get(c)).find(Boolean);
    const size = layout.groups.get(g.id)!;
    const anchor = owner ?? { x: 0, y: Math.max(0, ...occupied.map((b) => b.y + b.h)) + PLACE_GAP };
    const p = freeSpot(owner ? owner : { x: anchor.x + size.w / 2, y: anchor.y + size.h / 2 }, occupied, { w: size.w, h: size.h });
    out[`group:${g.id}`] = { x: Math.round(p.x), y: Math.round(p.y) };
  }
  return out;
}

type EditorHints = Readonly<Record<string, { near?: string; before?: string; at?: { x: number; y: number } }>>;

/**
 * The canvas's positions: `ready` once the stored ones are read and ELK has
 * placed the journey the first time. New placements are stored after render.
 */
export function usePlacement(
  store: EditorStore,
  view: GraphView | undefined,
  layout: Layout | undefined,
  stored: Positions,
  hints: EditorHints,
  ready: boolean,
): Placement {
  const previous = useRef<GraphView | undefined>(undefined);
  const result = useMemo(() => {
    if (!ready || !view || !layout) return { positions: stored, added: {} as Record<string, { x: number; y: number }>, hinted: [] as string[] };
    const r = placeAll(view, previous.current, layout, stored, hints);
    // A person's action (it left a hint) shows everything it placed, the hinted state last.
    const hinted = Object.keys(r.added).filter((q) => hints[q]);
    return { ...r, hinted: hinted.length ? [...Object.keys(r.added).filter((q) => !hints[q]), ...hinted] : [] };
  }, [ready, view, layout, stored, hints]);
  useEffect(() => {
    if (view && ready) previous.current = view;
  }, [view, ready]);
  useEffect(() => {
    const s = store.getState();
    if (Object.keys(result.added).length) s.placeNodes(result.added);
    const used = Object.keys(s.placeHints).filter((q) => result.added[q] || (s.positions[q] && view?.nodes.some((n) => n.qid === q)));
    if (used.length) {
      const rest = { ...s.placeHints };
      for (const q of used) delete rest[q];
      store.setState({ placeHints: rest });
    }
  }, [store, result, view]);
  return { positions: result.positions, placed: result.hinted };
}
