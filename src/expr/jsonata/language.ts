/**
 * `lang: jsonata` through the `jsonata` package. Bindings are passed both as
 * the input document (so `context.amount` works) and as variables
 * (`$context.amount`). Errors map to JN_* codes with offsets. Evaluation is
 * async (the package's API); a step budget and depth limit hook its evaluator.
 */
import jsonata from 'jsonata';
import type { CompileResult, EvalOptions, EvalResult, ExprDiagnostic, ExpressionLanguage } from '../types';
import { checkValueSize, ValueTooLarge } from '../limits';
import { LinearRegExp } from '../linear-regexp';
import { jsonataFreeRoots } from './free-roots';
import { jsonataStaticType } from './static-type';

/**
 * Variable that carries the per-evaluation budget into the evaluator hooks. Its name is no JSONata
 * identifier (it has spaces), so an expression can neither read nor rebind it (`$x := null`).
 */
const BUDGET = 'journey studio budget';
const ENTRY = Symbol.for('jsonata.__evaluate_entry');
const EXIT = Symbol.for('jsonata.__evaluate_exit');
const MAX_SEQUENCE = 1_000_000;

interface Budget {
  steps: number;
  maxSteps: number;
  maxDepth: number;
  /** Sizes of the values already measured in this evaluation. */
  sizes: WeakMap<object, number>;
}

interface JsonataErrorLike {
  code?: string;
  position?: number;
  token?: string;
  message?: string;
}

/** JN_* code for a jsonata error code (S = syntax, T = type, D = dynamic). */
function codeOf(e: JsonataErrorLike, compile: boolean): string {
  const c = e.code ?? '';
  if (c.startsWith('JN_')) return c;
  if (c === 'D1011' || c === 'U1001') return 'JN_MAX_DEPTH_EXCEEDED';
  if (c === 'D1012') return 'JN_MAX_EVAL_TIME_EXCEEDED';
  if (c === 'D2014' || c === 'D2015') return 'JN_MAX_SEQUENCE_EXCEEDED';
  if (compile || c.startsWith('S0')) return 'JN_PARSE_ERROR';
  if (c.startsWith('T')) return 'JN_TYPE_ERROR';
  return 'JN_EVAL_ERROR';
}

/** Offsets of a jsonata error: `position` is the offset just after the offending token. */
function spanOf(e: JsonataErrorLike, length: number): { start: number; end: number } {
  const end = Math.min(length, Math.max(0, e.position ?? length));
  const tok = e.token && e.token !== '(end)' ? String(e.token).length : 0;
  return { start: Math.max(0, end - tok), end };
}

function messageOf(e: unknown): string {
  const j = e as JsonataErrorLike;
  const text = j && typeof j.message === 'string' ? j.message : String(e);
  return j?.code && !j.code.startsWith('JN_') ? `${text} (JSONata ${j.code})` : text;
}

/** Plain JSON copy of a result: sequences become arrays, functions are refused, `undefined` is null. */
function toPlain(v: unknown, depth = 0): unknown {
  if (depth > 1000) throw { code: 'JN_MAX_DEPTH_EXCEEDED', message: 'Result nested too deeply' };
  if (v === undefined || v === null) return null;
  if (typeof v === 'function') throw { code: 'JN_TYPE_ERROR', message: 'A function cannot be written as JSON' };
  if (typeof v === 'number' && !Number.isFinite(v)) throw { code: 'JN_TYPE_ERROR', message: `The number ${v} cannot be written as JSON` };
  if (typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map((x) => toPlain(x, depth + 1));
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v)) {
    const value = toPlain((v as Record<string, unknown>)[k], depth + 1);
    if (k === '__proto__') Object.defineProperty(out, k, { value, enumerable: true, writable: true, configurable: true });
    else out[k] = value;
  }
  return out;
}

/**
 * The input document: the bindings, over the keys of `context` so a bare
 * `resultVar` root reads `context.<name>` as in DataWeave (dialect D09).
 */
function inputOf(bindings: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const ctx = bindings.context;
  const input: Record<string, unknown> = {};
  if (ctx && typeof ctx === 'object' && !Array.isArray(ctx)) {
    for (const k of Object.keys(ctx)) if (k !== '__proto__') input[k] = (ctx as Record<string, unknown>)[k];
  }
  for (const k of Object.keys(bindings)) if (k !== '__proto__') input[k] = bindings[k];
  return input;
}

/** Compiles JSONata text. */
export function compileJsonata(source: string): CompileResult {
  let expr: jsonata.Expression;
  try {
    // Caps sequences (ranges, appends) so one expression cannot allocate unbounded memory.
    // User patterns run on RE2 (linear time), never on the backtracking RegExp.
    expr = jsonata(source, { sequence: MAX_SEQUENCE, RegexEngine: LinearRegExp as unknown as RegExpConstructor });
  } catch (e) {
    const j = e as JsonataErrorLike;
    const d: ExprDiagnostic = { code: codeOf(j, true), severity: 'error', message: messageOf(e), ...spanOf(j, source.length) };
    return { diagnostics: [d], freeRoots: [] };
  }
  expr.assign(ENTRY as unknown as string, (_node: unknown, _input: unknown, env: jsonata.Environment & { base?: { depth?: number } }) => {
    const b = env.lookup(BUDGET) as Budget | undefined;
    if (!b) return;
    if (++b.steps > b.maxSteps) throw { code: 'JN_MAX_EVAL_TIME_EXCEEDED', message: `Expression exceeded its budget of ${b.maxSteps} evaluation steps` };
    if ((env.base?.depth ?? 0) > b.maxDepth) throw { code: 'JN_MAX_DEPTH_EXCEEDED', message: 'Expression nested or recursed too deeply' };
  });
  // Every intermediate value is measured (once per distinct object): strings and values past the limits end the evaluation.
  expr.assign(EXIT as unknown as string, (_node: unknown, _input: unknown, env: jsonata.Environment, result: unknown) => {
    const b = env.lookup(BUDGET) as Budget | undefined;
    if (!b || result === null || (typeof result !== 'object' && typeof result !== 'string')) return;
    try {
      checkValueSize(result, b.sizes);
    } catch (e) {
      if (e instanceof ValueTooLarge) throw { code: 'JN_MAX_VALUE_SIZE_EXCEEDED', message: e.message };
      throw e;
    }
  });
  let freeRoots: CompileResult['freeRoots'] = [];
  let resultType: CompileResult['resultType'];
  try {
    freeRoots = jsonataFreeRoots(expr.ast(), source);
    resultType = jsonataStaticType(expr.ast());
  } catch {
    freeRoots = [];
  }
  return {
    diagnostics: [],
    freeRoots,
    resultType,
    compiled: { evaluate: (bindings, options) => evaluateJsonata(expr, source.length, bindings, options) },
  };
}

async function evaluateJsonata(
  expr: jsonata.Expression,
  length: number,
  bindings: Readonly<Record<string, unknown>>,
  options: EvalOptions = {},
): Promise<EvalResult> {
  // jsonata's evaluator nests several frames per construct, so its depth limit scales the DataWeave one.
  const budget: Budget = { steps: 0, maxSteps: options.maxSteps ?? 1_000_000, maxDepth: (options.maxDepth ?? 200) * 5, sizes: new WeakMap() };
  const vars: Record<string, unknown> = { ...bindings, [BUDGET]: budget };
  if (options.now) {
    const now = options.now;
    vars.now = () => now();
    vars.millis = () => Date.parse(now());
  }
  if (options.uuid) vars.uuid = options.uuid;
  try {
    const value = await expr.evaluate(inputOf(bindings), vars);
    return { ok: true, value: toPlain(value) };
  } catch (e) {
    // The JS stack can run out before the depth limit (jsonata nests several async frames per level).
    if (e instanceof RangeError) return { ok: false, error: { code: 'JN_MAX_DEPTH_EXCEEDED', message: 'Expression nested or recursed too deeply' } };
    const j = e as JsonataErrorLike;
    return { ok: false, error: { code: codeOf(j, false), message: messageOf(e), ...(j?.position !== undefined ? spanOf(j, length) : {}) } };
  }
}

/** The JSONata expression language. */
export const jsonataLanguage: ExpressionLanguage = {
  id: 'jsonata',
  codePrefix: 'JN',
  compile: (source) => compileJsonata(source),
};
