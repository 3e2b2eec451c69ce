/**
 * The journey's control-flow graph: one closed graph per scope (top level, each
 * subjourney, each parallel branch recursively, compensation), built once per
 * model from `state.transitions`. Framework-free and pure; the validator, the
 * auth preview and the simulator share it through `graphOf(model)`.
 *
 * Node ids are indexes into `model.states`; edges never cross scopes (a target
 * that only exists in another scope is kept as a `crossScope` edge with no node).
 *
 * Usage: `const g = graphOf(model)`, then `g.successors('decide')`,
 * `g.edges(qid)` (with `via`, resolution status and target), `g.reachableFrom(qid,
 * { descend: true, stopAt })`, `g.pathsTo(qid)` / `g.pathTo(from, goal)`,
 * `g.roots(scope)`, `g.canReach(scope, isTerminal)`, `g.cycles(scope)`,
 * `g.deadEnds(scope)`, `g.unreachable(scope)`. States are passed as the model
 * object or the qualified id (`outer/branch/state`; bare ids are top-level).
 */
import type { JourneyModel, ScopeModel, StateModel, Transition } from '../model/types';
import {
  isCycle,
  reach,
  reverse,
  shortestPath,
  stronglyConnected,
  type Adjacency,
} from './algorithms';
import { isTerminal, scheduleStart } from './state-kinds';

/** How a transition target resolved: in its own scope, only in another scope, or nowhere. */
export type EdgeStatus = 'ok' | 'crossScope' | 'unknown';

/** One transition of a state, resolved against its scope. */
export interface GraphEdge {
  transition: Transition;
  from: StateModel;
  status: EdgeStatus;
  /** The target state, when it exists in the same scope. */
  target?: StateModel;
  /** For `crossScope`: the states of that id in other scopes. */
  elsewhere: StateModel[];
  /** False for edges the runtime never follows (`next` written on a succeed/fail/choice). */
  effective: boolean;
}

/** A reference to a state: the model object or its qualified id (`outer/branch/state`). */
export type StateRef = StateModel | string;

/** Options of `reachableFrom`. */
export interface ReachOptions {
  /** Also enter parallel branches and called subjourney bodies (closure analyses). */
  descend?: boolean;
  /** States at which the walk stops (they are included, their successors are not). */
  stopAt?: (s: StateModel) => boolean;
}

/** The control-flow graph of one journey model; build with `graphOf(model)`. */
export class JourneyGraph {
  readonly model: JourneyModel;
  /** Outgoing edges per node, in document order of the transitions. */
  private readonly out: GraphEdge[][];
  /** Effective successor node ids per node (same scope only, deduplicated). */
  readonly adj: number[][];
  /** `adj` plus call edges: parallel → each branch start, subjourney → its body's start. */
  readonly adjDeep: number[][];
  private readonly index = new Map<StateModel, number>();
  private readonly byQid = new Map<string, number>();
  private pred?: number[][];
  private readonly reachCache = new Map<ScopeModel, Set<StateModel>>();

  constructor(model: JourneyModel) {
    this.model = model;
    const states = model.states;
    states.forEach((s, i) => {
      this.index.set(s, i);
      if (!this.byQid.has(s.qid)) this.byQid.set(s.qid, i);
    });
    const everywhere = new Map<string, StateModel[]>();
    for (const s of states) {
      const list = everywhere.get(s.id);
      if (list) list.push(s);
      else everywhere.set(s.id, [s]);
    }
    this.out = states.map((s) => s.transitions.map((t) => resolve(s, t, everywhere)));
    this.adj = this.out.map((edges) => {
      const ids: number[] = [];
      for (const e of edges) {
        if (!e.effective || !e.target) continue;
        const id = this.index.get(e.target)!;
        if (!ids.includes(id)) ids.push(id);
      }
      return ids;
    });
    this.adjDeep = states.map((s, i) => {
      const calls = this.callees(s)
        .map((scope) => this.startOf(scope))
        .filter((x): x is StateModel => !!x)
        .map((x) => this.index.get(x)!);
      return calls.length ? [...this.adj[i], ...calls] : this.adj[i];
    });
  }

  /** Node id of a state (index into `model.states`), or -1. */
  id(ref: StateRef): number {
    if (typeof ref === 'string') return this.byQid.get(ref) ?? -1;
    return this.index.get(ref) ?? -1;
  }

  /** The state for a qualified id (`outer/branch/state`). */
  state(qid: string): StateModel | undefined {
    const i = this.byQid.get(qid);
    return i === undefined ? undefined : this.model.states[i];
  }

  /** Every outgoing transition of a state, resolved (also broken and ineffective ones). */
  edges(ref: StateRef): readonly GraphEdge[] {
    const i = this.id(ref);
    return i < 0 ? [] : this.out[i];
  }

  /** Every resolved edge of the journey, in document order. */
  allEdges(): GraphEdge[] {
    return this.out.flat();
  }

  /** The states a run can move to next from `ref` within its scope (deduplicated). */
  successors(ref: StateRef): StateModel[] {
    const i = this.id(ref);
    return i < 0 ? [] : this.adj[i].map((n) => this.model.states[n]);
  }

  /** The states of the same scope with an effective edge into `ref`. */
  predecessors(ref: StateRef): StateModel[] {
    const i = this.id(ref);
    if (i < 0) return [];
    this.pred ??= reverse(this.adj);
    return [...new Set(this.pred[i])].map((n) => this.model.states[n]);
  }

  /** The scope a state id resolves to from its scope's start (undefined when `start` is missing/broken). */
  startOf(scope: ScopeModel): StateModel | undefined {
    const start = scope.start?.value;
    return start === undefined ? undefined : scope.states.get(start);
  }

  /** Entry states of a scope: its `start`, plus every top-level-resolving `schedule:v1` `task.start` for the top scope. */
  roots(scope: ScopeModel): StateModel[] {
    const out: StateModel[] = [];
    const start = this.startOf(scope);
    if (start) out.push(start);
    if (scope.kind === 'top') {
      for (const s of this.scheduleTasks()) {
        const entry = scope.states.get(scheduleStart(s) ?? '');
        if (entry && !out.includes(entry)) out.push(entry);
      }
    }
    return out;
  }

  /** `task.kind: schedule:v1` states, in any scope. */
  scheduleTasks(): StateModel[] {
    return this.model.states.filter(
      (s) => s.type === 'task' && s.task?.kind?.value === 'schedule:v1',
    );
  }

  /** Scopes a state enters as a call: a parallel's branches, a subjourney state's referenced body. */
  callees(s: StateModel): ScopeModel[] {
    if (s.type === 'parallel') return s.branches;
    if (s.type === 'subjourney' && s.ref) {
      const body = this.model.subjourneys.get(s.ref.value);
      return body ? [body] : [];
    }
    return [];
  }

  /** States reachable from `from` (included), in its scope or, with `descend`, through calls too. */
  reachableFrom(from: StateRef | readonly StateRef[], opts: ReachOptions = {}): Set<StateModel> {
    const refs = Array.isArray(from) ? from : [from as StateRef];
    const roots = refs.map((r) => this.id(r)).filter((i) => i >= 0);
    const states = this.model.states;
    const stop = opts.stopAt;
    const seen = reach(
      opts.descend ? this.adjDeep : this.adj,
      roots,
      stop ? (n) => stop(states[n]) : undefined,
    );
    return this.collect(seen);
  }

  /** States reachable from the roots of `scope` (see `roots`). */
  reachableInScope(scope: ScopeModel): Set<StateModel> {
    let r = this.reachCache.get(scope);
    if (!r) {
      r = this.reachableFrom(this.roots(scope));
      this.reachCache.set(scope, r);
    }
    return r;
  }

  /**
   * A shortest path from `from` to the first state satisfying `to` (a state, a
   * qualified id or a predicate), as states, both ends included; undefined if none.
   */
  pathTo(
    from: StateRef,
    to: StateRef | ((s: StateModel) => boolean),
    opts: { descend?: boolean } = {},
  ): StateModel[] | undefined {
    const start = this.id(from);
    if (start < 0) return undefined;
    const states = this.model.states;
    const goalId = typeof to === 'function' ? -1 : this.id(to);
    const goal =
      typeof to === 'function' ? (n: number) => to(states[n]) : (n: number) => n === goalId;
    const path = shortestPath(opts.descend ? this.adjDeep : this.adj, start, goal);
    return path?.map((n) => states[n]);
  }

  /** A shortest path from the scope's roots to `ref` (how a run gets there), or undefined when unreachable. */
  pathsTo(ref: StateRef): StateModel[] | undefined {
    const target = typeof ref === 'string' ? this.state(ref) : ref;
    if (!target) return undefined;
    let best: StateModel[] | undefined;
    for (const root of this.roots(target.scope)) {
      const p = this.pathTo(root, target);
      if (p && (!best || p.length < best.length)) best = p;
    }
    return best;
  }

  /** States of `scope` from which some state satisfying `goal` is reachable (reverse reachability). */
  canReach(scope: ScopeModel, goal: (s: StateModel) => boolean): Set<StateModel> {
    this.pred ??= reverse(this.adj);
    const targets = [...scope.states.values()].filter(goal).map((s) => this.id(s));
    return this.collect(reach(this.pred, targets));
  }

  /** Cycles of the scope (strongly connected components with a loop), limited to `within` when given. */
  cycles(scope: ScopeModel, within?: Set<StateModel>): StateModel[][] {
    const mask = new Uint8Array(this.adj.length);
    for (const s of scope.states.values()) if (!within || within.has(s)) mask[this.id(s)] = 1;
    const adj: Adjacency = this.adj;
    return stronglyConnected(adj, mask)
      .filter((c) => isCycle(adj, c))
      .map((c) => c.sort((a, b) => a - b).map((n) => this.model.states[n]));
  }

  /** Reachable non-terminal states with no outgoing transition at all (the run can neither go on nor end). */
  deadEnds(scope: ScopeModel): StateModel[] {
    const reachable = this.reachableInScope(scope);
    return [...reachable].filter(
      (s) => s.type && !isTerminal(s) && this.edges(s).every((e) => !e.effective),
    );
  }

  /** States of a scope not reachable from its roots (empty when the scope has no valid start). */
  unreachable(scope: ScopeModel): StateModel[] {
    if (!this.roots(scope).length) return [];
    const reachable = this.reachableInScope(scope);
    return [...scope.states.values()].filter((s) => !reachable.has(s));
  }

  private collect(seen: Uint8Array): Set<StateModel> {
    const out = new Set<StateModel>();
    const states = this.model.states;
    for (let i = 0; i < seen.length; i++) if (seen[i]) out.add(states[i]);
    return out;
  }
}

function resolve(
  from: StateModel,
  t: Transition,
  everywhere: Map<string, StateModel[]>,
): GraphEdge {
  const effective = !isTerminal(from) && !(from.type === 'choice' && t.via === 'next');
  const target = from.scope.states.get(t.target);
  if (target) return { transition: t, from, status: 'ok', target, elsewhere: [], effective };
  const elsewhere = (everywhere.get(t.target) ?? []).filter((s) => s.scope !== from.scope);
  return {
    transition: t,
    from,
    status: elsewhere.length ? 'crossScope' : 'unknown',
    elsewhere,
    effective,
  };
}

const cache = new WeakMap<JourneyModel, JourneyGraph>();

/** The graph of a model, built once and shared by every rule and tool that asks. */
export function graphOf(model: JourneyModel): JourneyGraph {
  let g = cache.get(model);
  if (!g) {
    g = new JourneyGraph(model);
    cache.set(model, g);
  }
  return g;
}
