/** Task fields that are either literals (with `${…}` interpolation) or `{ mapper }` / `{ mapperRef }` blocks. */
import { type Json } from '../json';
import { interpolateDeep } from '../interpolate';
import { mapperOf } from '../journey';
import type { EvalOutcome } from '../expressions';
import type { TaskCall } from '../runtime-types';

/** Evaluates a task field against the current context; literals are interpolated. */
export async function fieldValue(
  call: TaskCall,
  field: Json | undefined,
  extra: Record<string, Json> = {},
): Promise<EvalOutcome> {
  if (field === undefined) return { ok: true, value: null };
  const mapper = mapperOf(call.rt.journey, field);
  if (mapper)
    return call.rt.evaluator.evaluate(mapper, { context: call.context, ...extra }, call.now);
  return {
    ok: true,
    value: interpolateDeep(field, { context: call.context, platform: call.rt.env.platform }),
  };
}

/** A mapper result as a string key (cache keys, schedule ids). */
export function asKey(v: Json): string {
  return typeof v === 'string' ? v : JSON.stringify(v);
}
