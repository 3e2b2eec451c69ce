/** Writing a mapper result like a `transform` does (RT-13): context path, var, whole context. Pure. */
import { isObject, setPath, type Json, type JsonObject } from './json';
import { internal } from './expressions';
import type { Problem } from './types';

/** The new context, or why the write was refused. */
export type WriteResult = { ok: true; context: JsonObject } | { ok: false; problem: Problem };

/**
 * `target.kind: context` with a non-empty `path` → `context.<path>`; `var` → `context.<resultVar>`;
 * no path and no resultVar (or D11 `path: ""`) → the result replaces the context (must be an object).
 */
export function writeMapped(
  context: JsonObject,
  value: Json,
  target: Json | undefined,
  resultVar: Json | undefined,
): WriteResult {
  const t = isObject(target) ? target : {};
  const kind = typeof t.kind === 'string' ? t.kind : 'context';
  const rv = typeof resultVar === 'string' && resultVar !== '' ? resultVar : undefined;
  if (kind === 'var' || (kind === 'context' && rv && (t.path === undefined || t.path === null))) {
    if (!rv) return { ok: false, problem: internal('target.kind: var needs a resultVar') };
    return { ok: true, context: setPath(context, rv, value) };
  }
  if (kind !== 'context') return { ok: false, problem: internal(`Unknown target kind '${kind}'`) };
  const path = typeof t.path === 'string' ? t.path.trim() : '';
  if (path === '' || path === 'context') {
    if (!isObject(value))
      return {
        ok: false,
        problem: internal(
          `The mapper result replaces the whole context, so it must be an object (got ${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value})`,
        ),
      };
    return { ok: true, context: value };
  }
  return { ok: true, context: setPath(context, path, value) };
}
