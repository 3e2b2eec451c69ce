/** JSON values and the small pure helpers the engine needs over them (paths, copies, subsets, patches). */
import { putOwn } from '../core/own-property';

/** Any JSON value. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
/** A JSON object. */
export type JsonObject = { [key: string]: Json };

/** True for a plain JSON object (not null, not an array). */
export function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A deep copy that drops what JSON cannot hold (undefined, functions); pure. */
export function toJson(v: unknown, depth = 0): Json {
  if (depth > 256) return null;
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'bigint') return Number(v);
  if (Array.isArray(v)) return v.map((x) => toJson(x, depth + 1));
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'object') {
    const out: JsonObject = {};
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
      if (x !== undefined && typeof x !== 'function') putOwn(out, k, toJson(x, depth + 1));
    }
    return out;
  }
  return null;
}

/** Splits a dot-path (`a.b.c`, optional leading `context.`) into segments. */
export function pathSegments(path: string): string[] {
  const p = path.startsWith('context.') ? path.slice(8) : path === 'context' ? '' : path;
  return p.split('.').filter((s) => s.length > 0);
}

/** Reads `path` from `obj`; undefined when absent. */
export function getPath(obj: Json | undefined, path: string | string[]): Json | undefined {
  const segs = typeof path === 'string' ? pathSegments(path) : path;
  let cur: Json | undefined = obj;
  for (const s of segs) {
    if (Array.isArray(cur) && /^\d+$/.test(s)) cur = cur[Number(s)];
    else if (isObject(cur)) cur = Object.prototype.hasOwnProperty.call(cur, s) ? cur[s] : undefined;
    else return undefined;
  }
  return cur;
}

/** A copy of `obj` with `value` written at `path` (intermediate objects created); pure. */
export function setPath(obj: JsonObject, path: string | string[], value: Json): JsonObject {
  const segs = typeof path === 'string' ? pathSegments(path) : path;
  if (segs.length === 0) return isObject(value) ? value : obj;
  const [head, ...rest] = segs;
  const prev = Object.prototype.hasOwnProperty.call(obj, head) ? obj[head] : undefined;
  return {
    ...obj,
    [head]: rest.length === 0 ? value : setPath(isObject(prev) ? prev : {}, rest, value),
  };
}

/** A copy of `obj` without `path`; pure. */
export function deletePath(obj: JsonObject, path: string | string[]): JsonObject {
  const segs = typeof path === 'string' ? pathSegments(path) : path;
  if (segs.length === 0) return obj;
  const [head, ...rest] = segs;
  if (!Object.prototype.hasOwnProperty.call(obj, head)) return obj;
  if (rest.length === 0) {
    const copy = { ...obj };
    delete copy[head];
    return copy;
  }
  const prev = obj[head];
  return isObject(prev) ? { ...obj, [head]: deletePath(prev, rest) } : obj;
}

/** Structural equality of JSON values. */
export function jsonEqual(a: Json | undefined, b: Json | undefined): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => jsonEqual(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => jsonEqual(a[k], b[k]));
  }
  return false;
}

/**
 * Whether `expected` is contained in `actual`: objects by subset of keys, arrays
 * and scalars by equality. Returns the dotted path of the first difference, or null.
 */
export function subsetMismatch(
  expected: unknown,
  actual: Json | undefined,
  path = '',
): string | null {
  if (isObject(expected as Json)) {
    if (!isObject(actual)) return path || '(root)';
    for (const [k, v] of Object.entries(expected as JsonObject)) {
      const m = subsetMismatch(v, actual[k], path ? `${path}.${k}` : k);
      if (m !== null) return m;
    }
    return null;
  }
  return jsonEqual(toJson(expected), actual) ? null : path || '(root)';
}

/** An RFC 7386 merge patch from `before` to `after` at the top level (removed keys → null); undefined when equal. */
export function topLevelPatch(before: JsonObject, after: JsonObject): JsonObject | undefined {
  const patch: JsonObject = {};
  let changed = false;
  for (const [k, v] of Object.entries(after)) {
    if (!jsonEqual(before[k], v)) {
      putOwn(patch, k, v);
      changed = true;
    }
  }
  for (const k of Object.keys(before)) {
    if (!(k in after)) {
      putOwn(patch, k, null);
      changed = true;
    }
  }
  return changed ? patch : undefined;
}
