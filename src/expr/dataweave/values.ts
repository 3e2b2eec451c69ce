/**
 * DataWeave runtime values over plain JSON: type names, own-property access
 * (so `__proto__`/`constructor` are plain data), equality, ordering,
 * coercion to text, and the safe conversion back to JSON. Pure.
 */
import type { Node, Param } from './ast';
import { DwPeriod, DwTemporal } from './temporal';

/** A runtime failure with an engine code; caught at the top of `evaluate`. */
export class EvalFailure {
  constructor(
    readonly code: string,
    readonly message: string,
    readonly start?: number,
    readonly end?: number,
  ) {}
}

/** A lambda or `fun` closed over its environment. */
export class DwFunction {
  constructor(
    readonly params: Param[],
    readonly body: Node,
    readonly env: Env,
    readonly name = 'anonymous function',
  ) {}
}

/** A built-in function used as a value (`map(xs, upper)`). */
export class DwBuiltin {
  constructor(readonly name: string) {}
}

/** What `Env.get` gives for a name no enclosing scope declares. */
export const MISSING: unique symbol = Symbol('missing');

/** A lexical scope: local variables over a parent scope. */
export class Env {
  readonly vars = new Map<string, unknown>();
  constructor(readonly parent?: Env) {}

  /** The innermost binding of `name`, or MISSING. */
  get(name: string): unknown {
    const v = this.vars.get(name);
    if (v !== undefined || this.vars.has(name)) return v;
    return this.parent ? this.parent.get(name) : MISSING;
  }
}

/** A JSON object as the evaluator sees it. */
export type Obj = Record<string, unknown>;

const hasOwn = Object.prototype.hasOwnProperty;

/** True for a JSON object (not an array, date, period or function). */
export function isObj(v: unknown): v is Obj {
  if (typeof v !== 'object' || v === null) return false;
  // JSON objects have Object.prototype; objects built here have none. Arrays, dates and functions have their own.
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** Own property of an object, or undefined: never reads the prototype chain. */
export function own(o: Obj, key: string): unknown {
  return hasOwn.call(o, key) ? o[key] : undefined;
}

/** True when the object has `key` as an own property. */
export function hasKey(o: Obj, key: string): boolean {
  return hasOwn.call(o, key);
}

/** A fresh object with no prototype, so any key (`__proto__` too) is plain data. */
export function newObj(): Obj {
  return Object.create(null) as Obj;
}

/** Sets a key on an object built with `newObj`. */
export function setKey(o: Obj, key: string, value: unknown): void {
  o[key] = value;
}

/** The DataWeave type name of a value, for messages and `is`. */
export function typeName(v: unknown): string {
  if (v === null || v === undefined) return 'Null';
  if (typeof v === 'string') return 'String';
  if (typeof v === 'number') return 'Number';
  if (typeof v === 'boolean') return 'Boolean';
  if (Array.isArray(v)) return 'Array';
  if (v instanceof DwTemporal) return v.type;
  if (v instanceof DwPeriod) return 'Period';
  if (v instanceof DwFunction || v instanceof DwBuiltin) return 'Function';
  return 'Object';
}

/** Deep structural equality (`==`): no coercion between types. */
export function equals(a: unknown, b: unknown, meter?: Meter): boolean {
  if (a === b) return true;
  if (meter && ++meter.steps > meter.maxSteps) {
    // Comparing two shared-subtree values can be exponential: each node compared is one step.
    throw new EvalFailure('DW_MAX_EVAL_TIME_EXCEEDED', `Expression exceeded its budget of ${meter.maxSteps} evaluation steps`);
  }
  if (a == null || b == null) return a == null && b == null;
  if (a instanceof DwTemporal && b instanceof DwTemporal) return a.type === b.type && a.instant === b.instant;
  if (a instanceof DwPeriod && b instanceof DwPeriod) return a.toString() === b.toString();
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => equals(x, b[i], meter));
  if (isObj(a) && isObj(b)) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k) => hasKey(b, k) && equals(a[k], b[k], meter));
  }
  return false;
}

/** A step budget that work outside the tree walk (comparisons, builtins) is charged to. */
export interface Meter {
  steps: number;
  maxSteps: number;
}

/** A key that is equal for two scalars exactly when `equals` says so, or undefined for other values. */
export function scalarKey(v: unknown): string | undefined {
  if (v == null) return 'null';
  if (typeof v === 'string') return `s${v}`;
  if (typeof v === 'number') return `n${v}`;
  if (typeof v === 'boolean') return `b${v}`;
  return undefined;
}

/** Ordering for `<`, `orderBy`, `max`: numbers, strings, booleans, or dates of the same type. */
export function compare(a: unknown, b: unknown): number | undefined {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  if (a instanceof DwTemporal && b instanceof DwTemporal && a.type === b.type) return a.instant - b.instant;
  return undefined;
}

/** Number text as DataWeave prints it. */
export function numberText(n: number): string {
  return Number.isInteger(n) && Math.abs(n) < 1e21 ? String(n) : String(n).replace('e+', 'E+').replace('e-', 'E-');
}

/** Text of a scalar for `++`, interpolation and `as String`; undefined when it has none. */
export function scalarText(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return numberText(v);
  if (typeof v === 'boolean') return String(v);
  if (v instanceof DwTemporal || v instanceof DwPeriod) return v.toString();
  return undefined;
}

/** Rounds away binary floating-point noise (`0.1 + 0.2` = 0.3), as DataWeave's decimals do. */
export function tidy(n: number): number {
  if (Number.isInteger(n) || !Number.isFinite(n)) return n;
  // Snap to 10 decimals only when within a few ulps of it: removes noise, keeps real fractions like 1/3.
  const q = Math.round(n * 1e10) / 1e10;
  return Math.abs(q - n) <= Number.EPSILON * 8 * Math.max(1, Math.abs(n)) ? q : n;
}

const NUMERIC = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** A number, or a numeric string coerced to one (DataWeave's implicit String→Number coercion). */
export function asNumber(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && NUMERIC.test(v.trim())) return Number(v);
  return undefined;
}

/** Converts a result to plain JSON: dates become ISO strings, objects get ordinary prototypes. */
export function toJson(v: unknown): unknown {
  if (v === undefined) return null;
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new EvalFailure('DW_TYPE_ERROR', `The number ${v} cannot be written as JSON`);
    return v;
  }
  if (v instanceof DwTemporal || v instanceof DwPeriod) return v.toString();
  if (v instanceof DwFunction || v instanceof DwBuiltin) {
    throw new EvalFailure('DW_TYPE_ERROR', 'A function cannot be written as JSON; did you forget to call it?');
  }
  if (Array.isArray(v)) return v.map(toJson);
  const out: Obj = {};
  for (const k of Object.keys(v as Obj)) {
    const value = toJson((v as Obj)[k]);
    // defineProperty keeps `__proto__` an own data property instead of changing the prototype.
    if (k === '__proto__') Object.defineProperty(out, k, { value, enumerable: true, writable: true, configurable: true });
    else out[k] = value;
  }
  return out;
}
