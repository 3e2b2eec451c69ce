/** `${context.a.b}` interpolation in URLs, headers and bodies (dsl.md §4). Pure. */
import { getPath, isObject, type Json, type JsonObject } from './json';
import { putOwn } from '../core/own-property';

const PLACEHOLDER = /\$\{\s*([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z0-9_-]+)*)\s*\}/g;

/** Replaces placeholders with values from `roots` (`context`, `platform`); missing values become ''. */
export function interpolate(text: string, roots: Record<string, Json | undefined>): string {
  return text.replace(PLACEHOLDER, (_m, path: string) => {
    const [root, ...rest] = path.split('.');
    // A known root (`context`, `platform`); otherwise a bare name is read from context (D09).
    const base =
      root in roots ? roots[root] : isObject(roots.context) ? roots.context[root] : undefined;
    const v = getPath(base ?? null, rest);
    if (v === undefined || v === null) return '';
    return typeof v === 'string' ? v : JSON.stringify(v);
  });
}

/** Interpolates every string inside a JSON value (object keys kept); pure. */
export function interpolateDeep(value: Json, roots: Record<string, Json | undefined>): Json {
  if (typeof value === 'string') return interpolate(value, roots);
  if (Array.isArray(value)) return value.map((v) => interpolateDeep(v, roots));
  if (isObject(value)) {
    const out: JsonObject = {};
    for (const [k, v] of Object.entries(value)) putOwn(out, k, interpolateDeep(v, roots));
    return out;
  }
  return value;
}

/** A string map (headers, query) with each value interpolated; non-strings are stringified. */
export function interpolateMap(
  map: Json | undefined,
  roots: Record<string, Json | undefined>,
): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isObject(map)) return out;
  for (const [k, v] of Object.entries(map)) {
    if (v === null || v === undefined) continue;
    putOwn(out, k, interpolate(typeof v === 'string' ? v : JSON.stringify(v), roots));
  }
  return out;
}
