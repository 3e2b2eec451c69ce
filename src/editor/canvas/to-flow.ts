/** GraphView + layout → React Flow nodes and edges. Pure. */
import type { Edge, Node } from '@xyflow/react';
import type { GraphView, ViewNode, ViewEdge } from '../graph-view';
import { stepKey, type EdgeAuth } from '../auth/edge-outcomes';
import { NODE_H, NODE_W, type Layout } from './quick-layout';

export interface StateNodeData extends Record<string, unknown> {
  view: ViewNode;
  run?: 'active' | 'visited';
  /** Coverage note shown on the node (auth outcomes exercised by the last suite). */
  badge?: string;
  dimmed: boolean;
}

export interface GroupNodeData extends Record<string, unknown> {
  label: string;
  kind: 'parallel' | 'subjourney';
  groupId: string;
  collapsed: boolean;
  count: number;
}

export interface FlowOptions {
  collapsed: readonly string[];
  selection: readonly string[];
  runStates: Readonly<Record<string, 'active' | 'visited'>>;
  runBadges?: Readonly<Record<string, string>>;
  /** Lower-cased search; nodes not matching it are dimmed. */
  search: string;
  /** Stored manual positions (win over the layout). */
  positions: Readonly<Record<string, { x: number; y: number }>>;
  /** Draw predicate labels on edges (off for very large graphs: each label is measured by the browser). */
  labels?: boolean;
  /** The auth outcomes of the preview on each step `source>target` (see `edgeOutcomes`). */
  authOutcomes?: ReadonlyMap<string, EdgeAuth>;
}

const COLLAPSED_H = 60;
/** Room between a group box's edge and the states in it (ELK's group padding). */
const GROUP_PAD = 20;

/** True when a node matches a search by id, type or task kind; pure. */
export function matchesSearch(n: ViewNode, q: string): boolean {
  if (!q) return true;
  return n.qid.toLowerCase().includes(q) || n.type.toLowerCase().includes(q) || (n.taskKind ?? '').toLowerCase().includes(q);
}

/**
 * The quick view (the canvas's first stage after a keystroke) carries no
 * diagnostics: its nodes say "no problem" because nothing was checked yet.
 * This keeps each state's problem from the last fully analysed view until the
 * full analysis of the new text replaces it, as the code pane keeps its
 * squiggles, instead of clearing every outline on each keystroke and
 * redrawing them a moment later. Returns `view` itself when nothing differs. Pure.
 */
export function withProblemsOf(view: GraphView, analysed: GraphView | undefined): GraphView {
  if (!analysed || analysed === view) return view;
  const problems = new Map(analysed.nodes.map((n) => [n.qid, n.problem]));
  let changed = false;
  const nodes = view.nodes.map((n) => {
    const problem = problems.get(n.qid);
    if (problem === n.problem) return n;
    changed = true;
    const { problem: _dropped, ...rest } = n;
    return problem ? { ...rest, problem } : rest;
  });
  return changed ? { ...view, nodes } : view;
}

/** Builds React Flow nodes (groups before their children) and edges; pure. */
export function toFlow(view: GraphView, layout: Layout, o: FlowOptions): { nodes: Node[]; edges: Edge[] } {
  const nodes: Node[] = [];
  const hiddenGroups = new Set<string>();
  const groupOf = new Map(view.groups.map((g) => [g.id, g]));
  const parentOfGroup = (id: string): string | undefined => {
    const g = groupOf.get(id);
    return g?.kind === 'parallel' ? view.nodes.find((n) => n.qid === id)?.parent : undefined;
  };
  // A group is hidden when any ancestor group is collapsed.
  const isHidden = (parent: string | undefined): boolean => {
    for (let p = parent; p; p = parentOfGroup(p)) if (o.collapsed.includes(p)) return true;
    return false;
  };
  // A group box grows to hold states placed after its layout (they are placed beside its other states).
  const reach = new Map<string, { w: number; h: number }>();
  for (const n of view.nodes) {
    if (!n.parent || !o.positions[n.qid]) continue;
    const p = o.positions[n.qid];
    const r = reach.get(n.parent) ?? { w: 0, h: 0 };
    reach.set(n.parent, { w: Math.max(r.w, p.x + NODE_W + GROUP_PAD), h: Math.max(r.h, p.y + NODE_H + GROUP_PAD) });
  }
  for (const g of view.groups) {
    const laid = layout.groups.get(g.id) ?? { x: 0, y: 0, w: 200, h: 100 };
    const r = reach.get(g.id);
    const box = r ? { ...laid, w: Math.max(laid.w, r.w), h: Math.max(laid.h, r.h) } : laid;
    const collapsed = o.collapsed.includes(g.id);
    const parent = parentOfGroup(g.id);
    if (isHidden(parent)) hiddenGroups.add(g.id);
    const pos = o.positions[`group:${g.id}`] ?? { x: box.x, y: box.y };
    nodes.push({
      id: `group:${g.id}`,
      type: 'group-box',
      position: pos,
      ...(parent ? { parentId: `group:${parent}` } : {}),
      hidden: hiddenGroups.has(g.id),
      data: { label: g.label, kind: g.kind, groupId: g.id, collapsed, count: g.members.length } satisfies GroupNodeData,
      style: { width: box.w, height: collapsed ? COLLAPSED_H : box.h },
      measured: { width: box.w, height: collapsed ? COLLAPSED_H : box.h },
      selectable: false,
    });
  }
  // React Flow wants parents before children: sort groups by depth.
  nodes.sort((a, b) => depth(a.id.slice(6), parentOfGroup) - depth(b.id.slice(6), parentOfGroup));
  const visible = new Set<string>();
  for (const n of view.nodes) {
    const box = layout.nodes.get(n.qid) ?? { x: 0, y: 0, w: 0, h: 0 };
    const hidden = isHidden(n.parent);
    if (!hidden) visible.add(n.qid);
    nodes.push({
      id: n.qid,
      type: 'state',
      position: o.positions[n.qid] ?? { x: box.x, y: box.y },
      ...(n.parent ? { parentId: `group:${n.parent}`, extent: 'parent' as const } : {}),
      hidden,
      selected: o.selection.includes(n.qid),
      domAttributes: hooks(n, o.runStates[n.qid]),
      // The CSS fixes a state's size: saying so spares React Flow a second render of every node after measuring.
      measured: { width: NODE_W, height: NODE_H },
      data: { view: n, run: o.runStates[n.qid], badge: o.runBadges?.[n.qid], dimmed: !matchesSearch(n, o.search) } satisfies StateNodeData,
    });
  }
  const labels = o.labels ?? true;
  const drawn = view.edges
    .filter((e) => visible.has(e.source) && visible.has(e.target))
    .map((e) => (labels ? e : { ...e, label: undefined }));
  const centreX = (qid: string): number => {
    const box = layout.nodes.get(qid);
    return (o.positions[qid]?.x ?? box?.x ?? 0) + NODE_W / 2;
  };
  const lanes = labelLanes(drawn, centreX);
  const edges: Edge[] = drawn.map((e) =>
    toEdge(e, Boolean(o.runStates[e.source] && o.runStates[e.target]), lanes.get(e.id), o.authOutcomes?.get(stepKey(e.source, e.target))),
  );
  // A parallel state leads to its branches' box, a subjourney call to the subjourney's box: drawn,
  // though neither is a transition one can edit.
  for (const g of view.groups) {
    if (hiddenGroups.has(g.id)) continue;
    const from = g.kind === 'parallel' ? [g.id] : (g.callers ?? []);
    for (const source of from) if (visible.has(source)) edges.push(groupEdge(source, g));
  }
  return { nodes, edges };
}

/**
 * Where along the gap between its two states each labelled edge bends (0 = just below the
 * source, 1 = just above the target), for states with several labelled edges out: a smooth-step
 * edge's label sits on its bend, so siblings bending at one height draw their labels over each
 * other (a choice's predicate over its `default`). The edge to the farthest target bends first,
 * so sibling edges never cross. Pure.
 */
export function labelLanes(edges: readonly ViewEdge[], centreX: (qid: string) => number): Map<string, number> {
  const out = new Map<string, number>();
  const bySource = new Map<string, ViewEdge[]>();
  for (const e of edges) {
    if (!e.label) continue;
    const list = bySource.get(e.source);
    if (list) list.push(e);
    else bySource.set(e.source, [e]);
  }
  for (const [source, list] of bySource) {
    if (list.length < 2) continue;
    const x = centreX(source);
    const reach = (e: ViewEdge) => Math.abs(centreX(e.target) - x);
    const ordered = [...list].sort((a, b) => reach(b) - reach(a) || a.id.localeCompare(b.id));
    ordered.forEach((e, i) => out.set(e.id, i / (ordered.length - 1)));
  }
  return out;
}

/** The CONTRACTS.md §5 test hooks, on the `.react-flow__node` element itself. */
function hooks(n: ViewNode, run: 'active' | 'visited' | undefined): Node['domAttributes'] {
  const attrs: Record<string, string> = { 'data-state-id': n.qid, 'data-state-type': n.type };
  if (n.taskKind) attrs['data-task-kind'] = n.taskKind;
  if (run) attrs['data-run-state'] = run;
  return attrs as Node['domAttributes'];
}

function depth(id: string, parentOf: (id: string) => string | undefined): number {
  let d = 0;
  for (let p = parentOf(id); p; p = parentOf(p)) d++;
  return d;
}

/** What the edge component draws besides the path: the auth outcomes on it. */
export interface JourneyEdgeData extends Record<string, unknown> {
  via: ViewEdge['via'];
  choiceIndex?: number;
  auth?: EdgeAuth;
}

/** React Flow's type name of a transition edge (`AuthEdge`: a smooth-step path with the auth badge). */
export const JOURNEY_EDGE = 'journey';

const EDGE_DATA = new Map<string, Readonly<JourneyEdgeData>>();
/**
 * One data object per (via, choiceIndex, outcomes): React Flow's edge component is memoised on its props,
 * `data` among them, so a fresh object per render would redraw every edge on every keystroke.
 */
function edgeData(via: ViewEdge['via'], choiceIndex: number | undefined, auth: EdgeAuth | undefined): Readonly<JourneyEdgeData> {
  const key = `${via}:${choiceIndex ?? ''}:${auth ? `${auth.codes.join(' ')}|${auth.badge}` : ''}`;
  let d = EDGE_DATA.get(key);
  if (!d) EDGE_DATA.set(key, (d = Object.freeze(auth ? { via, choiceIndex, auth } : { via, choiceIndex })));
  return d;
}

const EDGE_ATTRS = new Map<string, Edge['domAttributes']>();
/** The §5 hook `data-auth-outcomes` on the edge element, one object per value (same reason as `edgeData`). */
function authAttributes(codes: string): Edge['domAttributes'] {
  let a = EDGE_ATTRS.get(codes);
  if (!a) EDGE_ATTRS.set(codes, (a = Object.freeze({ 'data-auth-outcomes': codes }) as Edge['domAttributes']));
  return a;
}

/** The source handle of the line from a parallel state to its branches' box, or from a subjourney call to the subjourney. */
export const GROUP_HANDLE = 'group';

/** That line (equal fields: `reuseEdges` keeps the old object). */
function groupEdge(source: string, g: GraphView['groups'][number]): Edge {
  const kind = g.kind === 'parallel' ? 'branches' : 'calls';
  return {
    id: `${kind}:${source}`,
    source,
    sourceHandle: GROUP_HANDLE,
    target: `group:${g.id}`,
    targetHandle: 'in',
    type: 'smoothstep',
    className: `edge-${kind}`,
    selectable: false,
    deletable: false,
    focusable: false,
    domAttributes: authAttributes(''),
  };
}

/** Short legs at both ends leave most of the gap between two layers for the bends that carry labels. */
const EDGE_LEG = 10;
const PATH_OPTIONS = new Map<number | undefined, Readonly<{ offset: number; stepPosition?: number }>>();
/** One options object per bend position, for the same reason as `edgeData`. */
function pathOptions(stepPosition: number | undefined): Readonly<{ offset: number; stepPosition?: number }> {
  let p = PATH_OPTIONS.get(stepPosition);
  if (!p) PATH_OPTIONS.set(stepPosition, (p = Object.freeze(stepPosition === undefined ? { offset: EDGE_LEG } : { offset: EDGE_LEG, stepPosition })));
  return p;
}

/** `taken`: both ends were reached in the shown run (the simulator's overlay marks it); `auth`: the preview's outcomes on it. */
function toEdge(e: ViewEdge, taken: boolean, stepPosition: number | undefined, auth: EdgeAuth | undefined): Edge {
  const classes = [`edge-${e.via}`];
  if (auth) classes.push(auth.failureOnly ? 'auth-fail' : 'auth-ok');
  if (taken) classes.push('run-taken');
  return {
    id: e.id,
    source: e.source,
    target: e.target,
    label: e.label,
    sourceHandle: e.via === 'choice' || e.via === 'default' || e.via === 'onTimeout' ? e.via : 'next',
    targetHandle: 'in',
    type: JOURNEY_EDGE,
    className: classes.join(' '),
    data: edgeData(e.via, e.choiceIndex, auth),
    domAttributes: authAttributes(auth ? auth.codes.join(' ') : ''),
    animated: e.via === 'onTimeout',
    pathOptions: pathOptions(stepPosition),
  } as Edge;
}

/**
 * Keeps the previous node object wherever nothing visible changed, and the
 * size React Flow measured otherwise, so an edit re-renders only the nodes it
 * touched and nothing is measured twice. Pure.
 */
export function reuseNodes(prev: readonly Node[], next: readonly Node[]): Node[] {
  const byId = new Map(prev.map((n) => [n.id, n]));
  let same = prev.length === next.length;
  const out = next.map((n, i) => {
    const p = byId.get(n.id);
    const kept = !p ? n : sameNode(p, n) ? p : p.measured ? { ...n, measured: p.measured } : n;
    if (kept !== prev[i]) same = false;
    return kept;
  });
  return same ? (prev as Node[]) : out;
}

/**
 * Keeps the previous edge object wherever every field is the same: React Flow redraws an edge
 * whose object changed, and a keystroke usually changes one or two of hundreds. Pure.
 */
export function reuseEdges(prev: readonly Edge[], next: readonly Edge[]): Edge[] {
  const byId = new Map(prev.map((e) => [e.id, e]));
  let same = prev.length === next.length;
  const out = next.map((e, i) => {
    const p = byId.get(e.id);
    const kept = p && shallowEqual(p, e) ? p : e;
    if (kept !== prev[i]) same = false;
    return kept;
  });
  return same ? (prev as Edge[]) : out;
}

function sameNode(a: Node, b: Node): boolean {
  if (a.position.x !== b.position.x || a.position.y !== b.position.y) return false;
  if (a.hidden !== b.hidden || a.selected !== b.selected || a.parentId !== b.parentId || a.type !== b.type) return false;
  if (a.style?.width !== b.style?.width || a.style?.height !== b.style?.height) return false;
  // A node shows nothing of its line: typing a line above it must not re-render it (Enter reads the current view).
  return shallowEqual(a.data, b.data, (x, y, key) => (key === 'view' ? shallowEqual(x as object, y as object, (p, q, k) => k === 'line' || p === q) : x === y));
}

function shallowEqual(a: object, b: object, eq: (x: unknown, y: unknown, key: string) => boolean = (x, y) => x === y): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => eq((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], k));
}
