/** One-call setup for the step-level API: journey text + scenario `env` → a Runtime ready for `createRun`. */
import { parseSource } from '../core/source';
import { buildModel } from '../core/model/build-model';
import { engineJourney } from './journey';
import { isObject, toJson } from './json';
import { buildRuntime, sharedCaches, type RuntimeOptions } from './scenario/environment';
import type { Runtime } from './runtime-types';

/** Builds the runtime of a journey under a simulated environment; undefined when the journey cannot run at all. */
export async function prepareRuntime(
  journeyText: string,
  env: unknown = {},
  options: RuntimeOptions & { journeyFile?: string } = {},
): Promise<Runtime | undefined> {
  const source = parseSource(journeyText, options.journeyFile ?? 'journey.yaml');
  const journey = engineJourney({ model: buildModel(source), diagnostics: source.diagnostics });
  if (!journey) return undefined;
  const e = toJson(env);
  return buildRuntime(journey, isObject(e) ? e : {}, options, sharedCaches());
}
