/**
 * A step works on a Draft: shallow copies of the snapshot's arrays and maps,
 * so the input snapshot is never mutated (the debugger can step back to it).
 */
import { formatInstant } from './duration';
import { topLevelPatch, type JsonObject } from './json';
import type { PluginStore } from './runtime-types';
import { emptyJar } from './plugins/cookie-jar';
import type { Effect, Problem, RunSnapshot, Thread, TraceEntry } from './types';

/** A mutable working copy of a snapshot for the duration of one step. */
export interface Draft {
  phase: RunSnapshot['phase'];
  now: number;
  startedAt: number;
  deadlineAt?: number;
  threads: Thread[];
  nextThreadId: number;
  request: RunSnapshot['request'];
  visited: readonly string[];
  trace: TraceEntry[];
  steps: number;
  store: PluginStore;
  attributes: Record<string, string>;
  outcome?: RunSnapshot['outcome'];
  effects: Effect[];
}

/** Opens a draft over a snapshot; pure. */
export function begin(s: RunSnapshot): Draft {
  return {
    phase: s.phase,
    now: s.now,
    startedAt: s.startedAt,
    deadlineAt: s.deadlineAt,
    threads: [...s.threads],
    nextThreadId: s.nextThreadId,
    request: s.request,
    visited: s.visited,
    trace: [...s.trace],
    steps: s.steps,
    store: {
      mockCalls: { ...s.mockCalls },
      cache: { ...s.cache },
      schedules: { ...s.schedules },
      cookieJar: s.cookieJar ?? emptyJar,
      oauthTokens: { ...s.oauthTokens },
    },
    attributes: { ...s.attributes },
    outcome: s.outcome,
    effects: [],
  };
}

/** Freezes a draft into the next snapshot. */
export function commit(d: Draft): RunSnapshot {
  return Object.freeze({
    phase: d.phase,
    now: d.now,
    startedAt: d.startedAt,
    deadlineAt: d.deadlineAt,
    threads: Object.freeze(d.threads),
    nextThreadId: d.nextThreadId,
    request: d.request,
    visited: d.visited,
    trace: Object.freeze(d.trace),
    steps: d.steps,
    mockCalls: d.store.mockCalls,
    cache: d.store.cache,
    schedules: d.store.schedules,
    ...(d.store.cookieJar !== emptyJar ? { cookieJar: d.store.cookieJar } : {}),
    ...(Object.keys(d.store.oauthTokens).length ? { oauthTokens: d.store.oauthTokens } : {}),
    attributes: d.attributes,
    outcome: d.outcome,
  });
}

/** Replaces a thread (by id) with an updated copy and returns it. */
export function update(d: Draft, t: Thread, patch: Partial<Thread>): Thread {
  const next = { ...t, ...patch };
  const i = d.threads.findIndex((x) => x.id === t.id);
  if (i >= 0) d.threads[i] = next;
  return next;
}

/** The current version of a thread. */
export function thread(d: Draft, id: number): Thread | undefined {
  return d.threads.find((t) => t.id === id);
}

/** Adds a new thread and returns it. */
export function spawn(d: Draft, t: Omit<Thread, 'id'>): Thread {
  const created = { ...t, id: d.nextThreadId++ } as Thread;
  d.threads.push(created);
  return created;
}

/** Appends a trace entry (with the top-level context patch when the context changed). */
export function record(
  d: Draft,
  state: string,
  type: string,
  extra: { before?: JsonObject; after?: JsonObject; problem?: Problem; note?: string } = {},
): void {
  const entry: TraceEntry = { state, type, at: formatInstant(d.now) };
  if (extra.before && extra.after) {
    const patch = topLevelPatch(extra.before, extra.after);
    if (patch) entry.contextPatch = patch;
  }
  if (extra.problem) entry.problem = extra.problem;
  if (extra.note) entry.note = extra.note;
  d.trace.push(entry);
}

/** Marks a qualified state id visited (keeps first-visit order, no duplicates). */
export function visit(d: Draft, qid: string): void {
  // Copy on write: earlier snapshots keep their own list.
  if (!d.visited.includes(qid)) d.visited = [...d.visited, qid];
}
