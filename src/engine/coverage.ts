/**
 * Scenario coverage: which states, transitions and auth outcomes a suite
 * exercised, computed from run traces against the journey model. Pure.
 */
import { AUTH_PLUGINS, isAuthKind } from '../core/catalog/auth-problems';
import type { JourneyModel, StateModel } from '../core/model/types';

/** The part of a trace entry coverage needs (CONTRACTS.md §3 trace). */
export interface CoverageTraceEntry {
  state: string;
  problem?: { code?: string } | undefined;
}

export interface EdgeRef {
  from: string;
  to: string;
  /** Stable key `from->to`. */
  key: string;
}

export interface AuthOutcomeRef {
  state: string;
  /** `OK` or a business failure code. */
  code: string;
}

export interface Coverage {
  statesHit: Map<string, number>;
  edgesHit: Set<string>;
  authHit: Set<string>;
  states: { total: number; covered: number; missed: string[] };
  edges: { total: number; covered: number; missed: EdgeRef[] };
  auth: { total: number; covered: number; missed: AuthOutcomeRef[] };
}

const edgeKey = (from: string, to: string) => `${from}->${to}`;
const authKey = (state: string, code: string) => `${state}#${code}`;

/** All transitions of the model as qualified edges (targets resolved in the source's scope). */
export function modelEdges(model: JourneyModel): EdgeRef[] {
  const seen = new Set<string>();
  const edges: EdgeRef[] = [];
  for (const state of model.states) {
    for (const t of state.transitions) {
      const target = state.scope.states.get(t.target);
      if (!target) continue;
      const key = edgeKey(state.qid, target.qid);
      if (seen.has(key)) continue;
      seen.add(key);
      edges.push({ from: state.qid, to: target.qid, key });
    }
  }
  return edges;
}

/** Every auth outcome (`OK` + business codes) of every auth task state. */
export function authOutcomes(model: JourneyModel): AuthOutcomeRef[] {
  const out: AuthOutcomeRef[] = [];
  for (const state of model.states) {
    const kind = state.task?.kind?.value;
    if (!isAuthKind(kind)) continue;
    out.push({ state: state.qid, code: 'OK' });
    for (const code of AUTH_PLUGINS.get(kind)?.businessCodes ?? []) out.push({ state: state.qid, code });
  }
  return out;
}

/**
 * Computes coverage over several runs' traces. Traces of parallel runs
 * interleave threads, so an edge counts as taken when its target is entered
 * after its source in the same trace, the source being the latest state
 * entered that has a transition to it.
 */
export function computeCoverage(model: JourneyModel, traces: readonly (readonly CoverageTraceEntry[])[]): Coverage {
  const byQid = new Map<string, StateModel>(model.states.map((s) => [s.qid, s]));
  const predecessors = new Map<string, Set<string>>();
  const edges = modelEdges(model);
  for (const e of edges) {
    if (!predecessors.has(e.to)) predecessors.set(e.to, new Set());
    predecessors.get(e.to)!.add(e.from);
  }
  const statesHit = new Map<string, number>();
  const edgesHit = new Set<string>();
  const authHit = new Set<string>();
  for (const trace of traces) {
    const lastSeen: string[] = [];
    for (const entry of trace) {
      const qid = resolveQid(entry.state, byQid);
      if (!qid) continue;
      statesHit.set(qid, (statesHit.get(qid) ?? 0) + 1);
      const preds = predecessors.get(qid);
      if (preds) {
        for (let i = lastSeen.length - 1; i >= 0; i--) {
          if (preds.has(lastSeen[i])) {
            edgesHit.add(edgeKey(lastSeen[i], qid));
            break;
          }
        }
      }
      lastSeen.push(qid);
      const state = byQid.get(qid);
      if (isAuthKind(state?.task?.kind?.value)) authHit.add(authKey(qid, entry.problem?.code ?? 'OK'));
    }
  }
  const auth = authOutcomes(model);
  const missedStates = model.states.filter((s) => !statesHit.has(s.qid)).map((s) => s.qid);
  const missedEdges = edges.filter((e) => !edgesHit.has(e.key));
  const missedAuth = auth.filter((a) => !authHit.has(authKey(a.state, a.code)));
  return {
    statesHit,
    edgesHit,
    authHit,
    states: { total: model.states.length, covered: model.states.length - missedStates.length, missed: missedStates },
    edges: { total: edges.length, covered: edges.length - missedEdges.length, missed: missedEdges },
    auth: { total: auth.length, covered: auth.length - missedAuth.length, missed: missedAuth },
  };
}

/** Trace entries name states qualified or bare; bare ids resolve when unique. */
function resolveQid(name: string, byQid: Map<string, StateModel>): string | undefined {
  if (byQid.has(name)) return name;
  let found: string | undefined;
  for (const qid of byQid.keys()) {
    if (qid.endsWith(`/${name}`)) {
      if (found) return undefined;
      found = qid;
    }
  }
  return found;
}

/** Coverage as plain data (for a worker message or a report). */
export interface CoverageData {
  statesHit: [string, number][];
  edgesHit: string[];
  authHit: string[];
  states: Coverage['states'];
  edges: Coverage['edges'];
  auth: Coverage['auth'];
}

/** Serialisable form of a coverage result; pure. */
export function coverageData(c: Coverage): CoverageData {
  return { statesHit: [...c.statesHit], edgesHit: [...c.edgesHit], authHit: [...c.authHit], states: c.states, edges: c.edges, auth: c.auth };
}
