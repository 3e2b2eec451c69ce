/**
 * The simulator's public API: run scenario files (CLI, CI, the editor's
 * "run scenarios"), and the step-level API for the in-browser debugger.
 * Framework-free; runs in Node and in a Web Worker.
 */
export { runScenarioFile, parseScenarioFile, outcomeView, activeStates } from './scenario/run-scenario';
export type { SimulateReport, ScenarioReport, RunScenarioOptions } from './scenario/run-scenario';
export { scenarioSchema } from './scenario/schema';
export { scenarioDiagnostics, SCENARIO_YAML, SCENARIO_SCHEMA } from './scenario/diagnostics';
export { buildRuntime, mergeEnv, sharedCaches } from './scenario/environment';
export { createRun, startRun, runUntilPause, submitStep, advanceClock } from './run';
export type { StartRequest } from './run';
export { step } from './step';
export { prepareRuntime } from './prepare';
export { DebugSession } from './debug-session';
export type { Frame, FrameView, FrameSummary, SessionResult } from './debug-session';
export { httpClientView, maskedValue } from './http-client-view';
export type { HttpClientView, HttpCookieView, HttpTokenView } from './http-client-view';
export { engineJourney } from './journey';
export type { RunSnapshot, RunEvent, StepResult, Effect, TraceEntry, RunOutcome, Problem, Thread } from './types';
export type { Runtime, TaskPlugin, SimEnv } from './runtime-types';
