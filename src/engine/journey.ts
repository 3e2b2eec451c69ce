/** The engine's view of an analysed journey: scopes and states as plain JSON, keyed for fast lookup. */
import type { Diagnostic } from '../core/diagnostics';
import type { JourneyModel, StateModel } from '../core/model/types';
import { isObject, toJson, type JsonObject } from './json';

/** One state as the engine runs it: its JSON definition plus model links. */
export interface EngineState {
  id: string;
  qid: string;
  type: string;
  /** The state's mapping as JSON. */
  def: JsonObject;
  model: StateModel;
  /** Branch scope ids of a `parallel`, in order. */
  branches: string[];
  /** Codes of validation errors located inside this state (reported if it breaks). */
  errorCodes: string[];
}

/** A state machine scope (top level, branch, subjourney or compensation). */
export interface EngineScope {
  id: string;
  kind: string;
  prefix: string;
  name?: string;
  start?: string;
  states: Map<string, EngineState>;
}

/** A runnable journey: kind, spec as JSON and every scope by id. */
export interface EngineJourney {
  name: string;
  version: string;
  kind: 'Journey' | 'Api';
  spec: JsonObject;
  scopes: Map<string, EngineScope>;
}

/** What the engine needs from the core: the model, and diagnostics to name broken states. */
export interface ModelInput {
  model: JourneyModel;
  diagnostics: readonly Diagnostic[];
}

/** Builds the engine view; pure. Returns undefined when there is nothing to run (no spec or no states). */
export function engineJourney(analysis: ModelInput): EngineJourney | undefined {
  const { model } = analysis;
  if (!model.spec || model.top.states.size === 0) return undefined;
  const spec = toJson(model.spec.toJSON());
  if (!isObject(spec)) return undefined;
  const errors = analysis.diagnostics.filter((d) => d.severity === 'error');
  const scopes = new Map<string, EngineScope>();
  for (const scope of model.scopes) {
    const states = new Map<string, EngineState>();
    for (const [id, s] of scope.states) {
      const def = toJson(s.node.toJSON());
      const inner = s.branches.map((b) => b.span);
      states.set(id, {
        id,
        qid: s.qid,
        type: s.rawType?.value ?? '',
        def: isObject(def) ? def : {},
        model: s,
        branches: s.branches.map((b) => b.id),
        errorCodes: [
          ...new Set(
            errors
              .filter((d) => d.span.start >= s.span.start && d.span.end <= s.span.end)
              .filter((d) => !inner.some((b) => d.span.start >= b.start && d.span.end <= b.end))
              .map((d) => d.code),
          ),
        ],
      });
    }
    scopes.set(scope.id, {
      id: scope.id,
      kind: scope.kind,
      prefix: scope.prefix,
      name: scope.name,
      start: scope.start?.value,
      states,
    });
  }
  return {
    name: model.name?.value ?? 'journey',
    version: model.version?.value ?? '',
    kind: model.kind === 'Api' ? 'Api' : 'Journey',
    spec,
    scopes,
  };
}

/** A mapper given inline (`mapper: {lang, expr}`) or by `mapperRef` into `spec.mappers`. */
export function mapperOf(journey: EngineJourney, holder: unknown): JsonObject | undefined {
  if (!isObject(holder as JsonObject)) return undefined;
  const h = holder as JsonObject;
  if (isObject(h.mapper)) return h.mapper;
  if (typeof h.mapperRef === 'string') {
    const m = (journey.spec.mappers as JsonObject | undefined)?.[h.mapperRef];
    if (isObject(m)) return isObject(m.mapper) ? m.mapper : m;
  }
  return undefined;
}
