/**
 * LIFE-004 (heuristic SHOULD, dsl.md §2.7 "Usage guidance", ADR-0019): with
 * `startMode: sync` (explicit or omitted, `kind: Journey` only) the start call
 * runs until the first wait/webhook/succeed/fail, so that segment should be
 * short. Three heuristics, each reported once:
 *
 *  1. A loop on the synchronous segment (a polling/retry cycle that passes no
 *     wait/webhook), at the state whose transition closes it.
 *  2. `spec.execution.maxDurationSec` above {@link SYNC_BUDGET_SEC} in a journey
 *     that never pauses for input — there the whole run is the start call.
 *  3. More than {@link SYNC_HTTP_CHAIN} blocking `httpCall:v1` tasks on one
 *     acyclic path of the synchronous segment, at the first call over the limit.
 *
 * The synchronous segment is what GRAPH-011/LIFE-003 walk: from `spec.start`,
 * into parallel branches and called subjourney bodies, stopping at wait,
 * webhook, succeed, fail and timer (a timer first is LIFE-003's finding, so
 * nothing behind it is reported again) and at a parallel/subjourney whose body
 * can pause for input (the start call answers there). Linear in the states.
 */
import { isScalar } from 'yaml';
import { isCycle, stronglyConnected } from '../../../graph/algorithms';
import { graphOf, type JourneyGraph } from '../../../graph/journey-graph';
import { isExternalInput, isTerminal } from '../../../graph/state-kinds';
import type { ScopeModel, StateModel } from '../../../model/types';
import { child, joinPath, keySpan, str } from '../../../yaml-nodes';
import type { Fix } from '../../../diagnostics';
import type { Rule } from '../../rule';
import { listStates } from './helpers';
import { asyncFix } from './sync-start-timer';

/**
 * Largest `maxDurationSec` that still fits a synchronous start call. dsl.md and
 * its ADRs only say "normal interactive (HTTP) timeouts"; 60 s is the budget of
 * dsl.md §2.5's own example ("Order orchestration exceeded 60s") and the
 * platform cap ADR-0007 gives as its example ("no run longer than 60 seconds in
 * this cluster"), and the common gateway/load-balancer idle timeout.
 */
export const SYNC_BUDGET_SEC = 60;

/**
 * Most blocking HTTP calls one synchronous start should chain. dsl.md gives no
 * number; at the default per-call timeout of 10 s (dsl.md spec.defaults.http, §5.1) five calls
 * already reach 50 s of the 60 s budget above, a sixth can exceed it.
 */
export const SYNC_HTTP_CHAIN = 5;

const isHttpCall = (s: StateModel) =>
  s.type === 'task' &&
  s.task?.kind?.value === 'httpCall:v1' &&
  str(child(s.task.node, 'mode')) !== 'notify';

/** The synchronous segment and what the heuristics need of it. */
class SyncSegment {
  private readonly pauses = new Map<ScopeModel, boolean>();
  /** Node ids of the segment (reached from the start; stops included). */
  readonly inSegment: Uint8Array;
  /** Node ids the walk does not expand. */
  readonly stop: Uint8Array;

  constructor(
    readonly g: JourneyGraph,
    readonly start: StateModel,
  ) {
    const n = g.model.states.length;
    this.inSegment = new Uint8Array(n);
    this.stop = new Uint8Array(n);
    for (const s of g.reachableFrom(start, { descend: true, stopAt: (s) => this.isStop(s) })) {
      const i = g.id(s);
      this.inSegment[i] = 1;
      if (this.isStop(s)) this.stop[i] = 1;
    }
  }

  /** True when a run of `scope` (from its start, calls included) can reach a wait/webhook. */
  private canPause(scope: ScopeModel): boolean {
    let r = this.pauses.get(scope);
    if (r === undefined) {
      this.pauses.set(scope, false); // recursive subjourneys: GRAPH-013's finding
      const first = this.g.startOf(scope);
      r =
        !!first &&
        [
          ...this.g.reachableFrom(first, {
            descend: true,
            stopAt: (x) => isExternalInput(x) || isTerminal(x),
          }),
        ].some(isExternalInput);
      this.pauses.set(scope, r);
    }
    return r;
  }

  isStop(s: StateModel): boolean {
    return (
      isExternalInput(s) ||
      isTerminal(s) ||
      s.type === 'timer' ||
      this.g.callees(s).some((scope) => this.canPause(scope))
    );
  }
}

/** One DFS from the start: the state closing each loop, and the longest HTTP chain (back edges dropped). */
function walk(seg: SyncSegment) {
  const { g, inSegment, stop } = seg;
  const states = g.model.states;
  const n = states.length;
  const open = (i: number) => inSegment[i] === 1 && stop[i] === 0;
  // Loops: SCCs of the expandable segment states over same-scope edges.
  const comp = new Int32Array(n).fill(-1);
  const cycles = stronglyConnected(g.adj, Uint8Array.from(inSegment, (v, i) => v & (stop[i] ^ 1)))
    .filter((c) => isCycle(g.adj, c));
  cycles.forEach((c, k) => c.forEach((i) => (comp[i] = k)));
  const closer = new Int32Array(cycles.length).fill(-1);

  // Longest chain: calls[i] = most HTTP calls from i to the end of the segment.
  const color = new Uint8Array(n); // 0 new, 1 on the DFS stack, 2 done
  const calls = new Int32Array(n);
  const nextOnPath = new Int32Array(n).fill(-1);
  const calleeOnPath = new Int32Array(n).fill(-1);
  const root = g.id(seg.start);
  if (!open(root)) return { cycles, closer, calls, nextOnPath, calleeOnPath, root };
  const frames: Array<{ v: number; i: number }> = [{ v: root, i: 0 }];
  color[root] = 1;
  while (frames.length) {
    const f = frames[frames.length - 1];
    const succ = g.adjDeep[f.v];
    if (f.i < succ.length) {
      const w = succ[f.i++];
      if (!open(w)) continue;
      if (color[w] === 0) {
        color[w] = 1;
        frames.push({ v: w, i: 0 });
      } else if (color[w] === 1 && comp[w] >= 0 && comp[w] === comp[f.v] && closer[comp[w]] < 0) {
        closer[comp[w]] = f.v;
      }
      continue;
    }
    frames.pop();
    color[f.v] = 2;
    const v = f.v;
    const own = isHttpCall(states[v]) ? 1 : 0;
    let best = 0;
    let bestNext = -1;
    let inner = 0;
    let innerStart = -1;
    const same = g.adj[v];
    for (const w of succ) {
      if (!open(w) || color[w] !== 2) continue; // stops end the segment; back edges are dropped
      if (same.includes(w)) {
        if (calls[w] > best) [best, bestNext] = [calls[w], w];
      } else if (calls[w] > inner) [inner, innerStart] = [calls[w], w]; // branches run side by side: the longest counts
    }
    calls[v] = own + inner + best;
    nextOnPath[v] = bestNext;
    calleeOnPath[v] = innerStart;
  }
  return { cycles, closer, calls, nextOnPath, calleeOnPath, root };
}

/** The HTTP calls along the longest chain from `from`, in run order, up to `limit`. */
function chainFrom(
  states: readonly StateModel[],
  r: ReturnType<typeof walk>,
  from: number,
  limit: number,
): StateModel[] {
  const out: StateModel[] = [];
  for (let v = from; v >= 0 && out.length < limit; v = r.nextOnPath[v]) {
    if (isHttpCall(states[v])) out.push(states[v]);
    if (r.calleeOnPath[v] >= 0) out.push(...chainFrom(states, r, r.calleeOnPath[v], limit - out.length));
  }
  return out.slice(0, limit);
}

/** LIFE-004: sync-start journeys that are unlikely to answer the start call quickly. */
export const syncStartQuickRule: Rule = {
  name: 'sync-start-quick',
  codes: ['LIFE-004'],
  check(ctx) {
    const { model } = ctx;
    if (model.kind !== 'Journey') return;
    const mode = str(child(child(model.spec, 'lifecycle'), 'startMode'));
    if (mode !== undefined && mode !== 'sync') return;
    const g = graphOf(model);
    const start = g.startOf(model.top);
    if (!start) return;
    const sync = `startMode sync${mode ? '' : ' (the default)'}`;
    let fix: Fix | undefined | null = null; // built on the first finding only
    const extra = () => {
      if (fix === null) fix = asyncFix(ctx);
      return fix ? { fix } : undefined;
    };
    const seg = new SyncSegment(g, start);
    const r = walk(seg);
    const states = model.states;

    // 1. Loops before the first wait.
    r.cycles.forEach((cycle, k) => {
      const at = states[r.closer[k] >= 0 ? r.closer[k] : cycle[0]];
      const loop = [...cycle].sort((a, b) => a - b).map((i) => states[i]);
      ctx.add(
        'LIFE-004',
        'warning',
        `With ${sync}, the start call loops through ${listStates(loop)} before any wait, webhook or end, ` +
          `so the caller stays blocked for every round ('${at.qid}' closes the loop). ` +
          `Use startMode: async, or add a wait/webhook inside the loop`,
        { span: at.keySpan, path: at.path },
        extra(),
      );
    });

    // 2. A budget longer than an interactive call, in a journey that never pauses for input.
    const execution = child(model.spec, 'execution');
    const budget = child(execution, 'maxDurationSec');
    const seconds = isScalar(budget) ? Number(budget.value) : NaN;
    if (
      seconds > SYNC_BUDGET_SEC &&
      ![...g.reachableFrom(start, { descend: true })].some(isExternalInput)
    ) {
      ctx.add(
        'LIFE-004',
        'warning',
        `With ${sync} and no wait or webhook, the whole run happens inside the start call, and maxDurationSec: ${seconds} ` +
          `lets it block the caller for up to ${seconds} s, longer than an interactive call should take (LIFE-004 allows ${SYNC_BUDGET_SEC} s). ` +
          `Use startMode: async, or lower maxDurationSec`,
        { span: keySpan(execution, 'maxDurationSec'), path: joinPath('spec.execution', 'maxDurationSec') },
        extra(),
      );
    }

    // 3. A long chain of blocking HTTP calls before the first wait.
    const total = r.calls[r.root];
    if (total > SYNC_HTTP_CHAIN) {
      const chain = chainFrom(states, r, r.root, SYNC_HTTP_CHAIN + 1);
      const at = chain[SYNC_HTTP_CHAIN] ?? start;
      ctx.add(
        'LIFE-004',
        'warning',
        `With ${sync}, the start call can make ${total} HTTP calls one after another before any wait, webhook or end ` +
          `(${chain.map((s) => s.qid).join(' → ')}${total > chain.length ? ' → …' : ''}); '${at.qid}' is call ${SYNC_HTTP_CHAIN + 1}, ` +
          `and the caller waits for all of them. Use startMode: async, or add a wait/webhook earlier`,
        { span: at.keySpan, path: at.path },
        extra(),
      );
    }
  },
};
