/** Runs the scenarios of a scenario file against a journey and reports them in the CONTRACTS §3 JSON shape. */
import { parseSource } from '../../core/source';
import { buildModel } from '../../core/model/build-model';
import { engineJourney, type EngineJourney } from '../journey';
import { isObject, toJson, type Json, type JsonObject } from '../json';
import { parseDuration } from '../duration';
import { createRun, submitStep, advanceClock, type StartRequest } from '../run';
import { activeLeaf, waitingSteps } from '../step';
import { redact } from '../redact';
import type { Effect, RunSnapshot, TraceEntry, RunOutcome } from '../types';
import type { Runtime } from '../runtime-types';
import { checkScenario, scenarioProblemMessage } from './diagnostics';
import { checkExpect } from './expect';
import { buildRuntime, mergeEnv, sharedCaches, type RuntimeOptions, type SharedCaches } from './environment';

/** One scenario's result (CONTRACTS §3, plus `effects`). */
export interface ScenarioReport {
  name: string;
  passed: boolean;
  failures: string[];
  outcome: { phase: RunOutcome['phase']; currentState: string | null; error: Json; output: Json; httpStatus: number | null; status?: string; body?: Json; setCookies?: string[] };
  trace: TraceEntry[];
  effects: Effect[];
}

/** The `simulate --format json` document (CONTRACTS §3). */
export interface SimulateReport {
  journey: string;
  scenarios: ScenarioReport[];
  /** Set when nothing could run: the journey cannot be loaded, or the scenario file is malformed (CLI exit 2). */
  error?: { kind: 'journey' | 'scenario'; message: string };
}

/** Options of `runScenarioFile`. */
export interface RunScenarioOptions extends RuntimeOptions {
  journeyFile?: string;
  budget?: { maxSteps?: number; maxWallMs?: number };
}

/** Parses and checks a scenario file; returns the document or a readable error (see `scenarioProblemMessage`). */
export function parseScenarioFile(text: string): { ok: true; doc: JsonObject } | { ok: false; message: string } {
  const { data, diagnostics } = checkScenario(text);
  if (diagnostics.length) return { ok: false, message: scenarioProblemMessage(text, diagnostics) };
  return { ok: true, doc: toJson(data) as JsonObject };
}

/** Runs every scenario of `scenarioText` against `journeyText`; never throws on user input. */
export async function runScenarioFile(journeyText: string, scenarioText: string, options: RunScenarioOptions = {}): Promise<SimulateReport> {
  // The model is enough to run (validation rules are the editor's and the CLI's job, and cost time per run).
  const source = parseSource(journeyText, options.journeyFile ?? 'journey.yaml');
  const analysis = { model: buildModel(source), diagnostics: source.diagnostics };
  const journey = engineJourney(analysis);
  const name = journey?.name ?? analysis.model.name?.value ?? options.journeyFile ?? 'journey';
  if (!journey) {
    const first = analysis.diagnostics.find((d) => d.severity === 'error');
    return { journey: name, scenarios: [], error: { kind: 'journey', message: `The journey cannot be loaded: ${first ? `${first.code} ${first.message}` : 'it has no spec.states'}` } };
  }
  const parsed = parseScenarioFile(scenarioText);
  if (!parsed.ok) return { journey: name, scenarios: [], error: { kind: 'scenario', message: parsed.message } };
  const caches = sharedCaches();
  const fileEnv = isObject(parsed.doc.env) ? parsed.doc.env : {};
  const scenarios: ScenarioReport[] = [];
  const runtimeOptions: RuntimeOptions = { ...options, maxSteps: options.budget?.maxSteps ?? options.maxSteps, maxWallMs: options.budget?.maxWallMs ?? options.maxWallMs };
  for (const s of parsed.doc.scenarios as JsonObject[]) {
    scenarios.push(await runOne(journey, fileEnv, s, runtimeOptions, caches));
  }
  return { journey: name, scenarios };
}

function substitute(map: Json | undefined, tokens: Record<string, string>, failures: string[]): Record<string, string> | undefined {
  if (!isObject(map)) return undefined;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(map)) {
    out[k] = String(v).replace(/\$\{\s*tokens\.([A-Za-z0-9_-]+)\s*\}/g, (_m, n: string) => {
      if (tokens[n] === undefined) failures.push(`token '${n}' is not defined in env.tokens (or could not be minted)`);
      return tokens[n] ?? '';
    });
  }
  return out;
}

/** The start or step request of a scenario entry, with `${tokens.NAME}` replaced by minted tokens. */
export function requestOf(rt: Runtime, r: JsonObject, failures: string[]): StartRequest {
  const tokens = rt.env.auth.tokens;
  const cert = typeof r.clientCert === 'string' ? r.clientCert : undefined;
  if (cert !== undefined && rt.env.auth.certs[cert] === undefined) failures.push(`clientCert '${cert}' is not defined in env.certs`);
  return { body: r.body, headers: substitute(r.headers, tokens, failures), query: substitute(r.query, tokens, failures), cookies: substitute(r.cookies, tokens, failures), clientCert: cert };
}

async function runOne(journey: EngineJourney, fileEnv: JsonObject, s: JsonObject, options: RuntimeOptions, caches: SharedCaches): Promise<ScenarioReport> {
  const env = mergeEnv(fileEnv, isObject(s.env) ? s.env : undefined);
  const rt = await buildRuntime(journey, env, options, caches);
  const failures: string[] = [...rt.env.auth.problems];
  const effects: Effect[] = [];
  let r = await createRun(rt, requestOf(rt, isObject(s.start) ? s.start : {}, failures));
  effects.push(...r.effects);
  for (const st of Array.isArray(s.steps) ? s.steps : []) {
    if (!isObject(st)) continue;
    if (typeof st.submit === 'string') {
      r = await submitStep(rt, r.snapshot, st.submit, toJson(st.body ?? {}), requestOf(rt, st, failures));
    } else if (typeof st.advance === 'string') {
      const ms = parseDuration(st.advance);
      if (ms === undefined) {
        failures.push(`advance '${st.advance}' is not an ISO-8601 duration (e.g. PT10M)`);
        continue;
      }
      r = await advanceClock(rt, r.snapshot, ms);
    }
    effects.push(...r.effects);
  }
  const snap = r.snapshot;
  const outcome = outcomeView(snap);
  const main = snap.threads.find((t) => t.role === 'main');
  const context = main?.context ?? {};
  failures.push(...checkExpect(isObject(s.expect) ? s.expect : undefined, { outcome, context, visited: snap.visited, active: activeStates(snap) }));
  const report: ScenarioReport = {
    name: String(s.name),
    passed: failures.length === 0,
    failures,
    outcome: {
      phase: outcome.phase,
      currentState: outcome.currentState ?? null,
      error: (outcome.error as Json | undefined) ?? null,
      output: outcome.output ?? null,
      httpStatus: outcome.httpStatus ?? null,
      ...(outcome.status !== undefined ? { status: outcome.status } : {}),
      ...(outcome.body !== undefined ? { body: outcome.body } : {}),
      ...(outcome.setCookies ? { setCookies: outcome.setCookies } : {}),
    },
    trace: [...snap.trace],
    effects,
  };
  return redact(report, rt.env.secrets);
}

/** The outcome of a snapshot; for a RUNNING run, `currentState` is where it rests. */
export function outcomeView(snap: RunSnapshot): RunOutcome {
  if (snap.outcome) return snap.outcome;
  const main = snap.threads.find((t) => t.role === 'main');
  const waiting = waitingSteps(snap)[0]?.qid;
  return { phase: 'RUNNING', currentState: main ? activeLeaf(snap, main) : waiting };
}

/** Every leaf state a run rests at (waiting or sleeping threads), qualified. */
export function activeStates(snap: RunSnapshot): string[] {
  return snap.threads.filter((t) => t.status === 'waiting' || t.status === 'sleeping').map((t) => t.prefix + t.state);
}
