/** Scenario `env` → a Runtime: merging file and scenario env, generating key material, wiring evaluators. */
import { defaultLanguages } from '../../expr/registry';
import type { CompiledExpression, ExpressionLanguage } from '../../expr/types';
import type { Problem } from '../types';
import { isObject, type Json, type JsonObject } from '../json';
import { DEFAULT_NOW, parseInstant } from '../duration';
import { Evaluator } from '../expressions';
import { buildAuthMaterial, type AuthMaterial } from '../crypto/material';
import { SchemaChecker } from '../input-schema';
import { defaultPlugins } from '../plugins/registry';
import { operationCatalog } from '../openapi-catalog';
import type { EngineJourney } from '../journey';
import type { HttpMock, Runtime } from '../runtime-types';
import { putOwn } from '../../core/own-property';

/** Deep-merges a scenario's env over the file's; the scenario's `http` mocks are tried first. */
export function mergeEnv(file: JsonObject, scenario: JsonObject | undefined): JsonObject {
  if (!scenario) return file;
  const merge = (a: Json | undefined, b: Json | undefined): Json | undefined => {
    if (isObject(a) && isObject(b)) {
      const out: JsonObject = { ...a };
      for (const [k, v] of Object.entries(b)) putOwn(out, k, merge(Object.prototype.hasOwnProperty.call(a, k) ? a[k] : undefined, v) as Json);
      return out;
    }
    return b === undefined ? a : b;
  };
  const out = merge(file, scenario) as JsonObject;
  const http = [
    ...(Array.isArray(scenario.http) ? scenario.http : []),
    ...(Array.isArray(file.http) ? file.http : []),
  ];
  return { ...out, http };
}

/** Tuning for one run: languages, budgets, injected wall clock, API catalog. */
export interface RuntimeOptions {
  languages?: ReadonlyMap<string, ExpressionLanguage>;
  maxSteps?: number;
  maxWallMs?: number;
  /** Monotonic milliseconds for the wall-clock budget (injected; the engine reads no clock itself). */
  wallClock?: () => number;
  /** OpenAPI documents of the journey's API catalog, by `openApiRef` as written in `spec.apis`. */
  apiDocuments?: Readonly<Record<string, string>>;
}

/** Caches shared by the scenarios of one file: key material per env (key generation is the slow part), schemas, compiled expressions. */
export interface SharedCaches {
  material: Map<string, Promise<AuthMaterial>>;
  schemas: SchemaChecker;
  compiled: Map<string, CompiledExpression | Problem>;
  /** The resolved API catalog (built once per file). */
  operations: Map<string, JsonObject> | undefined;
}

/** Fresh caches. */
export function sharedCaches(): SharedCaches {
  return {
    material: new Map(),
    schemas: new SchemaChecker(),
    compiled: new Map(),
    operations: undefined,
  };
}

/** Builds the runtime for one scenario. */
export async function buildRuntime(
  journey: EngineJourney,
  env: JsonObject,
  options: RuntimeOptions,
  cache: SharedCaches,
): Promise<Runtime> {
  const now = parseInstant(env.now) ?? parseInstant(DEFAULT_NOW)!;
  const key = JSON.stringify([env.auth ?? null, env.tokens ?? null, env.certs ?? null, now]);
  let material = cache.material.get(key);
  if (!material) cache.material.set(key, (material = buildAuthMaterial(env, now)));
  const auth = await material;
  const platformIn = isObject(env.platform) ? env.platform : {};
  const platform: JsonObject = {
    environment: platformIn.environment ?? 'test',
    config: isObject(platformIn.config) ? platformIn.config : {},
  };
  const clock = options.wallClock ?? (() => globalThis.performance.now());
  const started = clock();
  const maxWallMs = options.maxWallMs ?? 10_000;
  return {
    journey,
    env: {
      now,
      platform,
      auth,
      mocks: (Array.isArray(env.http) ? env.http : []) as unknown as HttpMock[],
      secrets: auth.secrets,
      openApi: (cache.operations ??= operationCatalog(journey.spec, options.apiDocuments ?? {})),
    },
    evaluator: new Evaluator(options.languages ?? defaultLanguages(), platform, cache.compiled),
    plugins: defaultPlugins(),
    schemas: cache.schemas,
    maxSteps: options.maxSteps ?? 10_000,
    overWallBudget: () => clock() - started > maxWallMs,
  };
}
