/** `cache:v1`: a per-run in-memory cache on the virtual clock (get → value or null; put → nothing written). */
import { setPath } from '../json';
import { internal } from '../expressions';
import type { TaskCall, TaskOutcome, TaskPlugin } from '../runtime-types';
import { asKey, fieldValue } from './field-value';
import { putOwn } from '../../core/own-property';

/** Default TTL when a `put` gives none (engine configuration in a real deployment). */
const DEFAULT_TTL_SEC = 300;

async function execute(call: TaskCall): Promise<TaskOutcome> {
  const { task } = call;
  const key = await fieldValue(call, task.key);
  if (!key.ok) return { ok: false, problem: key.problem };
  const k = asKey(key.value);
  if (task.operation === 'get') {
    const hit = Object.prototype.hasOwnProperty.call(call.store.cache, k) ? call.store.cache[k] : undefined;
    const value = hit && hit.expiresAt > call.now ? hit.value : null;
    const rv = typeof task.resultVar === 'string' ? task.resultVar : undefined;
    return {
      ok: true,
      context: rv ? setPath(call.context, rv, value) : call.context,
      note: `cache ${value === null ? 'miss' : 'hit'} for key '${k}'`,
    };
  }
  if (task.operation === 'put') {
    const value = await fieldValue(call, task.value);
    if (!value.ok) return { ok: false, problem: value.problem };
    const ttl = typeof task.ttlSeconds === 'number' ? task.ttlSeconds : DEFAULT_TTL_SEC;
    putOwn(call.store.cache, k, { value: value.value, expiresAt: call.now + ttl * 1000 });
    return { ok: true, context: call.context, note: `cached key '${k}' for ${ttl}s` };
  }
  return {
    ok: false,
    problem: internal(`cache:v1 operation must be get or put (got '${String(task.operation)}')`),
  };
}

/** The `cache:v1` plugin. */
export const cachePlugin: TaskPlugin = { kind: 'cache:v1', execute };
