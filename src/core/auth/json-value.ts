/** JSON values for the auth preview's abstract runs, with small pure path helpers (core must not import the engine). */
import { putOwn } from '../own-property';

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
export type JsonRecord = { [key: string]: JsonValue };

/** True for a plain object (not null, not an array). Pure. */
export function isRecord(v: unknown): v is JsonRecord {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A deep JSON copy (drops undefined and functions; non-finite numbers become null). Pure. */
export function toJsonValue(v: unknown, depth = 0): JsonValue {
  if (depth > 200 || v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'bigint') return Number(v);
  if (Array.isArray(v)) return v.map((x) => toJsonValue(x, depth + 1));
  if (typeof v === 'object') {
    const out: JsonRecord = {};
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
      if (x !== undefined && typeof x !== 'function') putOwn(out, k, toJsonValue(x, depth + 1));
    }
    return out;
  }
  return null;
}

/** Splits `context.a.b` / `a.b` into segments (empty for `context`, `""`). Pure. */
export function segmentsOf(path: string): string[] {
  const p = path === 'context' ? '' : path.startsWith('context.') ? path.slice(8) : path;
  return p.split('.').filter((s) => s !== '');
}

/** Reads a path; undefined when absent. Pure. */
export function readPath(obj: JsonValue | undefined, segs: readonly string[]): JsonValue | undefined {
  let cur: JsonValue | undefined = obj;
  for (const s of segs) {
    if (!isRecord(cur) || !Object.prototype.hasOwnProperty.call(cur, s)) return undefined;
    cur = cur[s];
  }
  return cur;
}

/** A copy of `obj` with `value` at `segs` (intermediate objects created). Pure. */
export function writePath(obj: JsonRecord, segs: readonly string[], value: JsonValue): JsonRecord {
  if (segs.length === 0) return isRecord(value) ? value : obj;
  const [head, ...rest] = segs;
  const prev = obj[head];
  return { ...obj, [head]: rest.length === 0 ? value : writePath(isRecord(prev) ? prev : {}, rest, value) };
}

/** A copy of `obj` without the member at `segs`. Pure. */
export function deletePath(obj: JsonRecord, segs: readonly string[]): JsonRecord {
  if (segs.length === 0) return obj;
  const [head, ...rest] = segs;
  if (!Object.prototype.hasOwnProperty.call(obj, head)) return obj;
  const copy = { ...obj };
  if (rest.length === 0) delete copy[head];
  else if (isRecord(copy[head])) copy[head] = deletePath(copy[head] as JsonRecord, rest);
  return copy;
}
