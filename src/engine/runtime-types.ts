/** What a run needs besides its snapshot: the journey, the simulated environment, evaluators and plugins. */
import type { Evaluator } from './expressions';
import type { EngineJourney, EngineState } from './journey';
import type { Json, JsonObject } from './json';
import type { CachedToken, Effect, InboundRequest, Problem } from './types';
import type { CookieJar } from './plugins/cookie-jar';
import type { AuthMaterial } from './crypto/material';
import type { SchemaChecker } from './input-schema';

/** One HTTP mock from a scenario (`env.http[]`). */
export interface HttpMock {
  /**
   * `headers`: request headers that must be present (names case-insensitive, values `*`-globs).
   * `clientCert`: a `*`-glob over the `clientCertRef` the request is made with (outbound mTLS).
   */
  match: {
    operationRef?: string;
    state?: string;
    method?: string;
    url?: string;
    headers?: Record<string, string>;
    clientCert?: string;
  };
  respond?: MockAnswer;
  sequence?: MockAnswer[];
}

/** A mock response (optionally taking `delayMs` of virtual time) or a transport error. */
export type MockAnswer =
  | { status?: number; headers?: Record<string, string | string[]>; body?: Json; delayMs?: number }
  | { error: 'TIMEOUT' | 'NETWORK'; delayMs?: number };

/** The simulated engine configuration, with key material already generated. */
export interface SimEnv {
  now: number;
  platform: JsonObject;
  auth: AuthMaterial;
  mocks: HttpMock[];
  /** Raw secrets (minted tokens, API key values …) that must never appear in any output. */
  secrets: string[];
  /** The API catalog: `api.operationId` → `{ method, url }` (empty when no catalog document was given). */
  openApi?: ReadonlyMap<string, JsonObject>;
}

/** Mutable per-step stores a plugin may update (copied from the snapshot before the step). */
export interface PluginStore {
  mockCalls: Record<string, number>;
  cache: Record<string, { value: Json; expiresAt: number }>;
  schedules: Record<string, JsonObject>;
  /** Replaced (never mutated) when a response changes the jar. */
  cookieJar: CookieJar;
  oauthTokens: Record<string, CachedToken>;
}

/** Everything a task plugin may read for one execution. */
export interface TaskCall {
  rt: Runtime;
  state: EngineState;
  task: JsonObject;
  context: JsonObject;
  request: InboundRequest;
  now: number;
  /** The global deadline (`spec.execution`), for clamping timeouts. */
  deadlineAt?: number;
  store: PluginStore;
}

/** A plugin's result: the new context (plus a Problem it wrote, for the trace), or an internal failure. */
export type TaskOutcome =
  | {
      ok: true;
      context: JsonObject;
      effects?: Effect[];
      note?: string;
      problem?: Problem;
      elapsedMs?: number;
    }
  | { ok: false; problem: Problem; effects?: Effect[] };

/** A task implementation registered by `task.kind`. */
export interface TaskPlugin {
  kind: string;
  execute(call: TaskCall): Promise<TaskOutcome>;
}

/** A run's fixed surroundings: journey, environment, evaluators, plugins and budgets. */
export interface Runtime {
  journey: EngineJourney;
  env: SimEnv;
  evaluator: Evaluator;
  plugins: ReadonlyMap<string, TaskPlugin>;
  schemas: SchemaChecker;
  /** Steps allowed before the run is stopped as runaway. */
  maxSteps: number;
  /** Wall-clock budget check, injected (the engine itself never reads a clock). */
  overWallBudget: () => boolean;
}
