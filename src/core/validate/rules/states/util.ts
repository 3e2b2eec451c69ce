/** Shared helpers for the state/task rules: patterns, located lookups, mapper shapes. Pure. */
import { isMap, isScalar, isSeq, type Pair, type Scalar, type YAMLMap } from 'yaml';
import type { Span } from '../../../diagnostics';
import type { StateModel } from '../../../model/types';
import {
  child,
  joinPath,
  keySpan,
  pairOf,
  spanOf,
  valueSpan,
  type AnyNode,
} from '../../../yaml-nodes';

/** The DSL variable pattern (`resultVar`, `outputVar`, `sourceVar` …). */
export const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Identifiers joined by `.`, no indexing (dsl.md §3). */
export const DOT_PATH = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;
/** ISO-8601 duration (`PT5M`, `P1D`, `P1Y2M`, `PT0.5S`). */
export const ISO_DURATION =
  /^P(?=\d|T\d)(\d+(?:[.,]\d+)?Y)?(\d+(?:[.,]\d+)?M)?(\d+(?:[.,]\d+)?W)?(\d+(?:[.,]\d+)?D)?(?:T(?=\d)(\d+(?:[.,]\d+)?H)?(\d+(?:[.,]\d+)?M)?(\d+(?:[.,]\d+)?S)?)?$/;
const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-](\d{2}):(\d{2}))$/;

/** Where a finding points: a span plus the dotted document path. */
export interface At {
  span: Span;
  path: string;
}

/** True for a valid RFC 3339 date-time (calendar-checked); pure. */
export function isRfc3339(value: string): boolean {
  const m = RFC3339.exec(value);
  if (!m) return false;
  const [y, mo, d, h, mi, s] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i]));
  if (mo < 1 || mo > 12 || h > 23 || mi > 59 || s > 60) return false;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d < 1 || d > days) return false;
  return m[9] === undefined || (Number(m[9]) <= 23 && Number(m[10]) <= 59);
}

/** Approximate seconds of an ISO-8601 duration (Y = 365 d, M = 30 d), or undefined; pure. */
export function durationSeconds(value: string): number | undefined {
  const m = ISO_DURATION.exec(value);
  if (!m) return undefined;
  const n = (i: number) => Number((m[i] ?? '0').replace(',', '.').replace(/[A-Z]$/, ''));
  return (
    n(1) * 31536000 + n(2) * 2592000 + n(3) * 604800 + n(4) * 86400 + n(5) * 3600 + n(6) * 60 + n(7)
  );
}

/** The key of `key` in `map` (or the map) as a location. */
export function keyAt(map: AnyNode, key: string, base: string): At {
  return { span: keySpan(map, key), path: joinPath(base, key) };
}

/** The value of `key` in `map` (falling back to the key, then the map) as a location. */
export function valueAt(map: AnyNode, key: string, base: string): At {
  return { span: valueSpan(map, key), path: joinPath(base, key) };
}

/** The state's `type` block key, or the state id, as a location. */
export function stateAt(state: StateModel): At {
  return { span: state.keySpan, path: state.path };
}

/** Calls `fn(key, pair)` for each scalar-keyed pair of a mapping, without allocating (hot loops). */
export function eachPair(map: AnyNode, fn: (key: string, pair: Pair) => void): void {
  if (!isMap(map)) return;
  for (const item of map.items) {
    if (isScalar(item.key)) fn(String(item.key.value), item as Pair);
  }
}

/** The value at a key path given as parts (no string splitting in hot loops). */
export function childPath(map: AnyNode, parts: readonly string[]): AnyNode {
  let cur: AnyNode = map;
  for (const part of parts) {
    cur = child(cur, part);
    if (cur == null) return undefined;
  }
  return cur;
}

/** True when `map` has the key at all (also with a null value). */
export function has(map: AnyNode, key: string): boolean {
  return pairOf(map, key) !== undefined;
}

/** The scalar node under `key`, if the value is a scalar. */
export function scalarAt(map: AnyNode, key: string): Scalar | undefined {
  const v = child(map, key);
  return isScalar(v) ? v : undefined;
}

/** A short description of a node's shape for messages (`a list`, `the number 42`). */
export function describe(node: AnyNode): string {
  if (node == null) return 'empty';
  if (isMap(node)) return 'a mapping';
  if (isSeq(node)) return 'a list';
  if (isScalar(node)) {
    const v = node.value;
    if (v === null) return 'empty';
    if (typeof v === 'string')
      return v === '' ? 'an empty string' : `the string ${JSON.stringify(v.slice(0, 40))}`;
    return `the ${typeof v} ${String(v)}`;
  }
  return 'not a value';
}

/** True for a non-empty string scalar. */
export function isNonEmptyString(node: AnyNode): boolean {
  return isScalar(node) && typeof node.value === 'string' && node.value.trim() !== '';
}

/** True for an integer scalar ≥ `min`. */
export function isIntAtLeast(node: AnyNode, min: number): boolean {
  return (
    isScalar(node) &&
    typeof node.value === 'number' &&
    Number.isInteger(node.value) &&
    node.value >= min
  );
}

/**
 * Checks a `{mapper: {lang, expr}}` / `{mapperRef: id}` value; returns why it is
 * not one, or undefined when it is. Pure.
 */
export function mapperProblem(node: AnyNode): string | undefined {
  if (!isMap(node)) return `is ${describe(node)}, not {mapper: {lang, expr}}`;
  const mapper = child(node, 'mapper');
  const ref = child(node, 'mapperRef');
  if (mapper == null && ref == null)
    return 'has no mapper (expected {mapper: {lang, expr}} or {mapperRef: id})';
  if (ref != null && mapper == null)
    return isNonEmptyString(ref) ? undefined : 'has a mapperRef that is not a mapper id';
  if (!isMap(mapper)) return 'has a mapper that is not a {lang, expr} mapping';
  if (!isNonEmptyString(child(mapper, 'expr'))) return 'has a mapper without an inline expr';
  if (!isNonEmptyString(child(mapper, 'lang'))) return 'has a mapper without lang';
  return undefined;
}

/** The location of a mapper value's most telling part (the mapper, else the value). */
export function mapperAt(node: AnyNode, fallback: At): At {
  const m = child(node, 'mapper');
  return m != null ? { span: spanOf(m, fallback.span), path: `${fallback.path}.mapper` } : fallback;
}

/** True for a scalar string containing `${…}` interpolation. */
export function hasPlaceholder(node: AnyNode): boolean {
  return isScalar(node) && typeof node.value === 'string' && node.value.includes('${');
}

/** The mapping under `key`, if it is one. */
export function mapAt(map: AnyNode, key: string): YAMLMap | undefined {
  const v = child(map, key);
  return isMap(v) ? v : undefined;
}

/** Heuristic for literal credentials in header values / URLs (TASK-HTTP-024, TASK-KAFKA-009). */
export function looksLikeSecret(value: string): boolean {
  if (value.includes('${')) {
    // Interpolated values come from context at run time; only the literal part can leak.
    value = value.replace(/\$\{[^}]*\}/g, '');
  }
  if (/^\s*(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{8,}/i.test(value)) return true;
  if (/eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{4,}/.test(value)) return true;
  if (
    /[?&](api[_-]?key|apikey|access[_-]?token|token|secret|password|client_secret)=[^&${}\s]{4,}/i.test(
      value,
    )
  )
    return true;
  return false;
}

/** Header names whose literal value is a credential (TASK-HTTP-024, TASK-KAFKA-009). */
export const SECRET_HEADERS =
  /^(authorization|proxy-authorization|x-api-key|api-key|apikey|x-auth-token|cookie|password|secret)$/i;
