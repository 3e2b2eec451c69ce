/**
 * The canvas's view of a journey: plain, serialisable nodes, edges and groups
 * derived from the analysed model. Pure; safe to compute in a Web Worker.
 */
import type { Diagnostic, Severity } from '../core/diagnostics';
import type { JourneyModel, StateModel, Transition, TransitionVia } from '../core/model/types';
import type { LineIndex } from '../core/line-index';

export interface ViewNode {
  /** Qualified id (`outer/branch/state`), the `data-state-id` hook. */
  qid: string;
  id: string;
  type: string;
  taskKind?: string;
  /** Qualified id of the group (parallel state or subjourney) this node sits in. */
  parent?: string;
  /** Subjourney id for nodes inside `spec.subjourneys.<id>`. */
  scope: string;
  line: number;
  /** Dotted document path of the state (`spec.states.x`). */
  path: string;
  /** Worst diagnostic severity located on this state, if any. */
  problem?: Severity;
  isStart: boolean;
}

export interface ViewEdge {
  id: string;
  source: string;
  target: string;
  via: TransitionVia;
  label?: string;
  choiceIndex?: number;
}

/** A group box: a `parallel` state's branches or a subjourney. */
export interface ViewGroup {
  id: string;
  kind: 'parallel' | 'subjourney';
  label: string;
  members: string[];
  /** For a subjourney: the states that call it (`subjourney.ref`). */
  callers?: string[];
}

export interface GraphView {
  name: string;
  kind: string;
  nodes: ViewNode[];
  edges: ViewEdge[];
  groups: ViewGroup[];
}

const PREDICATE_LABEL_MAX = 40;

/** Builds the canvas view from an analysed model; pure. */
export function toGraphView(model: JourneyModel, lines: LineIndex, diagnostics: readonly Diagnostic[]): GraphView {
  const nodes: ViewNode[] = [];
  const edges: ViewEdge[] = [];
  const groups: ViewGroup[] = [];
  const byPath = worstByStatePath(model, diagnostics);
  for (const state of model.states) {
    const scope = state.scope;
    const owner = scope.kind === 'branch' ? scope.owner?.qid : scope.kind === 'subjourney' ? `sub:${scope.name}` : undefined;
    nodes.push({
      qid: state.qid,
      id: state.id,
      type: state.type ?? state.rawType?.value ?? 'unknown',
      taskKind: state.task?.kind?.value,
      parent: owner,
      scope: scope.kind === 'subjourney' ? (scope.name ?? '') : '',
      line: lines.positionAt(state.keySpan.start).line,
      path: state.path,
      problem: byPath.get(state.qid),
      isStart: scope.start?.value === state.id,
    });
    for (const t of state.transitions) edges.push(edgeOf(state, t, edges.length));
  }
  const qids = new Set(nodes.map((n) => n.qid));
  for (const state of model.states) {
    if (state.type === 'parallel' && state.branches.length) {
      groups.push({
        id: state.qid,
        kind: 'parallel',
        label: `${state.id} (${state.branches.map((b) => b.name).join(' | ')})`,
        members: nodes.filter((n) => n.parent === state.qid).map((n) => n.qid),
      });
    }
  }
  for (const [id] of model.subjourneys) {
    groups.push({
      id: `sub:${id}`,
      kind: 'subjourney',
      label: `subjourney ${id}`,
      members: nodes.filter((n) => n.parent === `sub:${id}`).map((n) => n.qid),
      callers: model.states.filter((s) => s.type === 'subjourney' && s.ref?.value === id).map((s) => s.qid),
    });
  }
  return {
    name: model.name?.value ?? '',
    kind: model.kind ?? '',
    nodes,
    edges: edges.filter((e) => qids.has(e.source) && qids.has(e.target)),
    groups,
  };
}

function edgeOf(state: StateModel, t: Transition, n: number): ViewEdge {
  const target = state.scope.prefix + t.target;
  const edge: ViewEdge = { id: `e${n}:${state.qid}>${target}:${t.via}`, source: state.qid, target, via: t.via };
  if (t.via === 'choice') {
    edge.choiceIndex = t.choiceIndex;
    edge.label = predicateLabel(state, t.choiceIndex ?? 0);
  } else if (t.via !== 'next') {
    edge.label = t.via === 'onTimeout' ? 'timeout' : 'default';
  }
  return edge;
}

/** A readable one-line form of a choice branch's predicate; pure. */
export function predicateLabel(state: StateModel, index: number): string {
  const choices = state.node.get('choices', true) as { items?: unknown[] } | undefined;
  const branch = choices?.items?.[index] as { toJSON?: () => unknown } | undefined;
  const json = branch?.toJSON?.() as { when?: { predicate?: { expr?: unknown } | string } } | undefined;
  const pred = json?.when?.predicate;
  const expr = typeof pred === 'string' ? pred : typeof pred?.expr === 'string' ? pred.expr : '';
  return shorten(expr) || `choice ${index + 1}`;
}

/** Collapses whitespace, drops `context.` prefixes and cuts long predicates; pure. */
export function shorten(expr: string): string {
  const flat = expr.replace(/\s+/g, ' ').replace(/\bcontext\./g, '').trim();
  return flat.length > PREDICATE_LABEL_MAX ? `${flat.slice(0, PREDICATE_LABEL_MAX - 1)}…` : flat;
}

function worstByStatePath(model: JourneyModel, diagnostics: readonly Diagnostic[]): Map<string, Severity> {
  const out = new Map<string, Severity>();
  const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
  const byPath = new Map(model.states.map((s) => [s.path, s.qid]));
  for (const d of diagnostics) {
    if (d.style) continue;
    // Walk the dotted path upwards until it names a state: the innermost state wins.
    let path = d.path;
    let qid = byPath.get(path);
    while (!qid && path.includes('.')) {
      path = path.slice(0, path.lastIndexOf('.'));
      qid = byPath.get(path);
    }
    if (!qid) continue;
    const prev = out.get(qid);
    if (!prev || rank[d.severity] < rank[prev]) out.set(qid, d.severity);
  }
  return out;
}

/** The innermost state whose path contains a diagnostic path, if any; pure. */
export function stateAtPath(view: GraphView, path: string): ViewNode | undefined {
  let best: ViewNode | undefined;
  for (const n of view.nodes) {
    if ((path === n.path || path.startsWith(`${n.path}.`)) && (!best || n.path.length > best.path.length)) best = n;
  }
  return best;
}
