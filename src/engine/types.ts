/** The simulator's data: immutable run snapshots, events, effects, outcomes and traces. Pure types. */
import type { Json, JsonObject } from './json';
import type { CookieJar } from './plugins/cookie-jar';

/** A cached outbound access token (the value is never written to context, trace or effects). */
export interface CachedToken {
  token: string;
  expiresAt: number;
  /** What the debugger shows instead of the token: when and for which request it was fetched. */
  obtainedAt: number;
  policy: string;
  tokenEndpoint: string;
  /** `scope` / `audience` of the policy's form, when it has them. */
  scope?: string;
  audience?: string;
}

/** Run phases (ADR-0023). */
export type Phase = 'RUNNING' | 'SUCCEEDED' | 'FAILED';

/** A Problem Details object (RFC 9457) with the `code` extension where known. */
export interface Problem {
  type: string;
  title: string;
  status?: number;
  detail?: string;
  code?: string;
  [extension: string]: Json | undefined;
}

/** The inbound request of the current start or step submission; never persisted into context. */
export interface InboundRequest {
  headers: Record<string, string>;
  query: Record<string, string>;
  cookies: Record<string, string>;
  /** Name of a simulator-issued client certificate (env.certs), if one is presented. */
  clientCert?: string;
}

/** Where a thread is: ready to run, paused, waiting for children, or done. */
export type ThreadStatus = 'ready' | 'waiting' | 'sleeping' | 'joining' | 'calling' | 'done';

/** One running state machine: the journey itself, a parallel branch, a subjourney call or compensation. */
export interface Thread {
  id: number;
  role: 'main' | 'branch' | 'subjourney' | 'compensation' | 'scheduled';
  /** Key of the schedule (`store.schedules`) a scheduled run belongs to. */
  schedule?: string;
  /** Model scope id (`top`, `branch:…`, `subjourney:…`, `compensation`). */
  scope: string;
  /** Prefix of qualified ids of states run by this thread (`outer/branch/`). */
  prefix: string;
  state: string;
  context: JsonObject;
  status: ThreadStatus;
  /** Virtual time at which a timer fires or a wait times out. */
  dueAt?: number;
  parent?: number;
  children?: number[];
  /** Branch name for branch threads. */
  branch?: string;
  /** Terminal result once `status` is `done`. */
  result?: ThreadResult;
  /** Extra read-only expression roots (compensation's `outcome`). */
  bindings?: JsonObject;
}

/** How a thread ended: phase, output or error, final context. */
export interface ThreadResult {
  phase: 'SUCCEEDED' | 'FAILED';
  output: Json;
  error?: { code: string; reason?: string; problem?: Problem };
  context: JsonObject;
  terminationKind: 'Success' | 'Fail' | 'Timeout' | 'Cancel' | 'RuntimeError';
  /** Qualified id of the state where the thread ended. */
  at: string;
}

/** One line of a run's trace (CONTRACTS §3). */
export interface TraceEntry {
  state: string;
  type: string;
  at: string;
  contextPatch?: JsonObject;
  problem?: Problem;
  note?: string;
}

/** Effects the runtime performed or scheduled, as data (for the debugger and the trace). */
export type Effect =
  | {
      type: 'http';
      state: string;
      method: string;
      url: string;
      headers?: string[];
      /** RT-31: the Cookie header sent (jar-attached or explicit), so a designer sees what went out. */
      cookie?: string;
      /** Set on the RT-07 token request made for an outbound auth policy. */
      purpose?: 'token';
      /** The outbound auth policy (`auth.policyRef`, dsl.md §19.1) the request was made under. */
      authPolicy?: string;
      /** The `clientCertRef` the request was made with (mtlsClient, tlsClientAuth): a reference, never certificate material. */
      clientCert?: string;
      mode: 'requestResponse' | 'notify';
      status?: number;
      error?: string;
    }
  | { type: 'kafka'; state: string; topic: string; key?: Json; value: Json }
  | { type: 'schedule'; state: string; start: string; binding: JsonObject }
  | { type: 'timer'; state: string; dueAt: string }
  | { type: 'rejected'; state: string; status: 400 | 409; reason: string };

/** The immutable state of one run. Every step returns a new snapshot. */
export interface RunSnapshot {
  readonly phase: Phase;
  readonly now: number;
  readonly startedAt: number;
  readonly deadlineAt?: number;
  readonly threads: readonly Thread[];
  readonly nextThreadId: number;
  readonly request: InboundRequest;
  readonly visited: readonly string[];
  readonly trace: readonly TraceEntry[];
  readonly steps: number;
  /** Calls answered per mock (sequence position), by mock key. */
  readonly mockCalls: Readonly<Record<string, number>>;
  readonly cache: Readonly<Record<string, { value: Json; expiresAt: number }>>;
  readonly schedules: Readonly<Record<string, JsonObject>>;
  readonly attributes: Readonly<Record<string, string>>;
  /** RT-31 per-run cookie jar (absent until a jar cookie is stored). */
  readonly cookieJar?: CookieJar;
  /** RT-07 cached client-credentials access tokens, by effective token request. */
  readonly oauthTokens?: Readonly<Record<string, CachedToken>>;
  readonly outcome?: RunOutcome;
}

/** The JourneyOutcome of a run (and for kind: Api its HTTP status and body). */
export interface RunOutcome {
  phase: Phase;
  /** RT-16: mirrors `output.status`, else a stable code (error code or phase). Set once the run ended. */
  status?: string;
  currentState?: string;
  error?: { code: string; reason?: string; [k: string]: Json | undefined };
  output?: Json;
  httpStatus?: number;
  /** `kind: Api` response body (output, Problem or `spec.errors` envelope). */
  body?: Json;
  /** RT-31 `returnToClient`: Set-Cookie lines sent to the client (only on succeed). */
  setCookies?: string[];
}

/** What moves a run. */
export type RunEvent =
  | { type: 'run' }
  | { type: 'submit'; stepId: string; body: Json; request?: Partial<InboundRequest> }
  | { type: 'tick'; at: number };

/** The next snapshot and the effects performed on the way. */
export interface StepResult {
  snapshot: RunSnapshot;
  effects: Effect[];
}
