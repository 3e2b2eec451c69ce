/**
 * The in-browser debugger's run: a timeline of immutable snapshots, one frame
 * per engine step, so the UI can step forward and back, jump to any moment,
 * and continue from a waiting frame with a new submission or a clock advance
 * (which drops the frames after it, like editing history). Framework-free.
 */
import { analyze } from '../core/validate/validate';
import { parseDuration } from './duration';
import { httpClientView, type HttpClientView } from './http-client-view';
import { engineJourney, type EngineJourney } from './journey';
import { isObject, toJson, type Json, type JsonObject } from './json';
import { redact } from './redact';
import { advanceClock, runUntilPause, startRun, type StartRequest } from './run';
import type { Runtime } from './runtime-types';
import { activeStates, outcomeView, parseScenarioFile, requestOf } from './scenario/run-scenario';
import { buildRuntime, mergeEnv, sharedCaches, type RuntimeOptions } from './scenario/environment';
import { readyThread, step, waitingSteps } from './step';
import type { RunOutcome, RunSnapshot, TraceEntry } from './types';

/** Frames recorded one by one per start/submit; a runaway loop is summarised after this many. */
export const MAX_FRAMES_PER_CONTINUATION = 1000;

export interface Frame {
  index: number;
  label: string;
  snapshot: RunSnapshot;
  /** The scenario step that produced this frame (for "create a scenario from this run"). */
  action?: JsonObject;
}

/** What the UI shows for one frame; secrets redacted. */
export interface FrameView {
  index: number;
  label: string;
  phase: RunSnapshot['phase'];
  now: string;
  steps: number;
  active: string[];
  visited: string[];
  /** The main thread's context (or the first thread's). */
  context: Json;
  outcome: RunOutcome;
  waiting: { stepId: string; qid: string; schema: Json | null }[];
  trace: TraceEntry[];
  /** Names of tokens the environment minted (for `${tokens.NAME}` in headers). */
  tokens: string[];
  certs: string[];
  /** The cookie jar and token cache at this frame (values masked, tokens left out); absent when both are empty. */
  http?: HttpClientView;
}

export interface FrameSummary {
  index: number;
  label: string;
  phase: RunSnapshot['phase'];
  state: string;
}

export type SessionResult = { ok: true; session: DebugSession } | { ok: false; message: string };

/** A debugging session over one journey and (optionally) one scenario's environment and inputs. */
export class DebugSession {
  readonly frames: Frame[] = [];

  private constructor(
    private readonly rt: Runtime,
    private readonly journey: EngineJourney,
    private readonly scenario: JsonObject,
  ) {}

  /** Loads the journey and scenario (by name; the first when none is given; none = empty env). */
  static async create(journeyText: string, scenarioText: string | undefined, scenarioName: string | undefined, options: RuntimeOptions = {}): Promise<SessionResult> {
    const journey = engineJourney(analyze(journeyText, 'journey.yaml'));
    if (!journey) return { ok: false, message: 'The journey cannot be loaded: it has no spec.states' };
    let fileEnv: JsonObject = {};
    let scenario: JsonObject = { name: 'ad hoc run' };
    if (scenarioText?.trim()) {
      const parsed = parseScenarioFile(scenarioText);
      if (!parsed.ok) return { ok: false, message: parsed.message };
      fileEnv = isObject(parsed.doc.env) ? parsed.doc.env : {};
      const list = (parsed.doc.scenarios as JsonObject[]) ?? [];
      const found = scenarioName === undefined ? list[0] : list.find((s) => s.name === scenarioName);
      if (scenarioName !== undefined && !found) return { ok: false, message: `No scenario named '${scenarioName}'` };
      if (found) scenario = found;
    }
    const env = mergeEnv(fileEnv, isObject(scenario.env) ? scenario.env : undefined);
    const rt = await buildRuntime(journey, env, options, sharedCaches());
    return { ok: true, session: new DebugSession(rt, journey, scenario) };
  }

  /** Starts the run from the scenario's start request, frame by frame, until it pauses. */
  async start(): Promise<void> {
    this.frames.length = 0;
    const failures: string[] = [];
    const request: StartRequest = requestOf(this.rt, isObject(this.scenario.start) ? this.scenario.start : {}, failures);
    const initial = startRun(this.rt, request);
    this.push(initial, failures.length ? `start (${failures.join('; ')})` : 'start');
    await this.runFrames(initial);
  }

  /** Plays the scenario's `steps` (submissions and clock advances) from the current end. */
  async playScenarioSteps(): Promise<void> {
    for (const st of Array.isArray(this.scenario.steps) ? this.scenario.steps : []) {
      if (!isObject(st)) continue;
      const from = this.frames.length - 1;
      if (typeof st.submit === 'string') {
        await this.submit(from, st.submit, toJson(st.body ?? {}), st);
      } else if (typeof st.advance === 'string') {
        const ms = parseDuration(st.advance);
        if (ms !== undefined) await this.advance(from, ms, st.advance);
      }
    }
  }

  /** Submits a step from frame `from` (later frames are dropped). `request` may use `${tokens.NAME}`. */
  async submit(from: number, stepId: string, body: Json, request: JsonObject = {}): Promise<void> {
    const base = this.truncate(from);
    const failures: string[] = [];
    const req = requestOf(this.rt, request, failures);
    const r = await step(this.rt, base, { type: 'submit', stepId, body, request: req });
    const action: JsonObject = { submit: stepId, body };
    for (const key of ['headers', 'query', 'cookies', 'clientCert'] as const) if (request[key] !== undefined) action[key] = request[key];
    this.push(r.snapshot, `submit ${stepId}${failures.length ? ` (${failures.join('; ')})` : ''}`, action);
    await this.runFrames(r.snapshot);
  }

  /** Advances the virtual clock from frame `from`, firing due timers and timeouts. */
  async advance(from: number, ms: number, label = `${Math.round(ms / 1000)}s`): Promise<void> {
    const base = this.truncate(from);
    const r = await advanceClock(this.rt, base, ms);
    this.push(r.snapshot, `advance ${label}`, { advance: isoDuration(ms) });
  }

  /**
   * A scenario that replays this run up to frame `upTo`: the same start, the
   * submissions and clock moves made so far, and the outcome seen there as
   * its expectation. Written with `${tokens.NAME}` placeholders, never raw tokens.
   */
  scenarioUpTo(upTo: number, name: string): JsonObject {
    const frames = this.frames.slice(0, upTo + 1);
    const steps = frames.filter((f) => f.action).map((f) => f.action!);
    const snap = frames[frames.length - 1].snapshot;
    const outcome = outcomeView(snap);
    const expect: JsonObject = { phase: outcome.phase };
    if (outcome.currentState) expect.currentState = outcome.currentState;
    if (outcome.error?.code) expect.error = { code: outcome.error.code };
    if (outcome.httpStatus !== undefined) expect.httpStatus = outcome.httpStatus;
    const scenario: JsonObject = { name };
    if (this.scenario.start !== undefined) scenario.start = this.scenario.start;
    if (steps.length) scenario.steps = steps;
    scenario.expect = expect;
    // A minted token pasted as text goes back to its placeholder; API key values are test material
    // that scenario files hold anyway (env.auth.apiKey), so they stay as typed.
    let json = JSON.stringify(scenario);
    for (const [name, token] of Object.entries(this.rt.env.auth.tokens)) {
      if (token.length >= 6) json = json.split(token).join(`\${tokens.${name}}`);
    }
    return JSON.parse(json) as JsonObject;
  }

  /** A compact line per frame for the timeline. */
  summaries(): FrameSummary[] {
    return this.frames.map((f) => ({ index: f.index, label: f.label, phase: f.snapshot.phase, state: lastState(f.snapshot) }));
  }

  /** The full, redacted view of one frame. */
  view(index: number): FrameView | undefined {
    const frame = this.frames[index];
    if (!frame) return undefined;
    const snap = frame.snapshot;
    const main = snap.threads.find((t) => t.role === 'main') ?? snap.threads[0];
    const view: FrameView = {
      index,
      label: frame.label,
      phase: snap.phase,
      now: new Date(snap.now).toISOString(),
      steps: snap.steps,
      active: snap.phase === 'RUNNING' ? [...activeStates(snap), ...readyStates(snap)] : [],
      visited: [...snap.visited],
      context: main?.context ?? {},
      outcome: outcomeView(snap),
      waiting: waitingSteps(snap).map((w) => ({ stepId: w.stepId, qid: w.qid, schema: this.inputSchema(w.qid) })),
      trace: [...snap.trace],
      tokens: Object.keys(this.rt.env.auth.tokens),
      certs: Object.keys(this.rt.env.auth.certs),
    };
    const http = httpClientView(snap);
    if (http) view.http = http;
    return redact(view, this.rt.env.secrets);
  }

  private inputSchema(qid: string): Json | null {
    for (const scope of this.journey.scopes.values()) {
      for (const s of scope.states.values()) {
        if (s.qid !== qid) continue;
        const body = s.def[s.type];
        const input = isObject(body) ? body.input : undefined;
        return isObject(input) && input.schema !== undefined ? input.schema : null;
      }
    }
    return null;
  }

  private truncate(from: number): RunSnapshot {
    const frame = this.frames[Math.max(0, Math.min(from, this.frames.length - 1))];
    this.frames.length = frame.index + 1;
    return frame.snapshot;
  }

  private push(snapshot: RunSnapshot, label: string, action?: JsonObject): void {
    this.frames.push({ index: this.frames.length, label, snapshot, ...(action ? { action } : {}) });
  }

  /** One frame per engine step until the run pauses; budgets end runaway loops with a clear frame. */
  private async runFrames(from: RunSnapshot): Promise<void> {
    let snap = from;
    let frames = 0;
    while (readyThread(snap)) {
      // Each frame keeps a snapshot; past this many, the rest runs as one frame so memory stays bounded.
      if (++frames > MAX_FRAMES_PER_CONTINUATION) {
        const rest = await runUntilPause(this.rt, snap);
        this.push(rest.snapshot, `ran on for ${rest.snapshot.steps - snap.steps} more steps`);
        return;
      }
      if (snap.steps >= this.rt.maxSteps || this.rt.overWallBudget()) {
        const stopped = await runUntilPause(this.rt, snap);
        this.push(stopped.snapshot, 'stopped: budget exceeded');
        return;
      }
      const r = await step(this.rt, snap, { type: 'run' });
      const entered = r.snapshot.trace.slice(snap.trace.length).map((t) => t.state);
      snap = r.snapshot;
      this.push(snap, entered.length ? entered.join(' → ') : 'step');
    }
  }
}

/** Milliseconds as an ISO-8601 duration (`PT1H30M`, `P2DT3H`). */
function isoDuration(ms: number): string {
  let s = Math.round(ms / 1000);
  const d = Math.floor(s / 86400);
  s -= d * 86400;
  const h = Math.floor(s / 3600);
  s -= h * 3600;
  const m = Math.floor(s / 60);
  s -= m * 60;
  const time = `${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s ? `${s}S` : ''}`;
  return `P${d ? `${d}D` : ''}${time ? `T${time}` : d ? '' : 'T0S'}`;
}

function lastState(snap: RunSnapshot): string {
  return snap.trace[snap.trace.length - 1]?.state ?? '';
}

function readyStates(snap: RunSnapshot): string[] {
  return snap.threads.filter((t) => t.status === 'ready').map((t) => t.prefix + t.state);
}
