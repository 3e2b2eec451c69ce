/**
 * `lang: dataweave`: compile once (parse + scope analysis, with DW_* and
 * dialect diagnostics at expression offsets), evaluate many times. Pure;
 * `now()`/`uuid()` come from the evaluation options.
 */
import type { CompileResult, EvalOptions, EvalResult, ExpressionLanguage } from '../types';
import type { Node } from './ast';
import { evaluate, type Runtime } from './evaluator';
import { parse } from './parser';
import { analyzeScope } from './scope';
import { staticType } from './static-type';
import { Env, EvalFailure, toJson } from './values';

/** Default step budget (EvalOptions.maxSteps overrides it). */
export const DEFAULT_MAX_STEPS = 1_000_000;
/** Default limit of nested function calls (EvalOptions.maxDepth overrides it). */
export const DEFAULT_MAX_DEPTH = 200;

const systemNow = () => new Date().toISOString();
const systemUuid = () => globalThis.crypto.randomUUID();

/** Runs a parsed expression against bindings; never throws. */
export function run(ast: Node, bindings: Readonly<Record<string, unknown>>, options: EvalOptions = {}): EvalResult {
  const rt: Runtime = {
    steps: 0,
    maxSteps: options.maxSteps ?? DEFAULT_MAX_STEPS,
    depth: 0,
    maxDepth: options.maxDepth ?? DEFAULT_MAX_DEPTH,
    now: options.now ?? systemNow,
    uuid: options.uuid ?? systemUuid,
    bindings,
    sizes: new WeakMap(),
  };
  try {
    return { ok: true, value: toJson(evaluate(ast, new Env(), rt)) };
  } catch (e) {
    if (e instanceof EvalFailure) return { ok: false, error: { code: e.code, message: e.message, start: e.start, end: e.end } };
    if (e instanceof RangeError) {
      return { ok: false, error: { code: 'DW_MAX_DEPTH_EXCEEDED', message: 'Expression or data nested too deeply to evaluate' } };
    }
    return { ok: false, error: { code: 'DW_ENGINE_INTERNAL_ERROR', message: `Internal evaluator error: ${String(e)}` } };
  }
}

/** Compiles DataWeave text: diagnostics, free roots and (when it parsed) an evaluator. */
export function compileDataWeave(source: string): CompileResult {
  const parsed = parse(source);
  if (!parsed.ast) return { diagnostics: parsed.diagnostics, freeRoots: [] };
  const ast = parsed.ast;
  let scope;
  try {
    scope = analyzeScope(ast);
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    const d = { code: 'DW_PARSE_ERROR', severity: 'error' as const, message: 'Expression too deeply nested', start: 0, end: source.length };
    return { diagnostics: [...parsed.diagnostics, d], freeRoots: [] };
  }
  const diagnostics = [...parsed.diagnostics, ...scope.diagnostics];
  const ok = !diagnostics.some((d) => d.severity === 'error');
  return {
    diagnostics,
    freeRoots: scope.freeRoots,
    resultType: staticType(ast),
    compiled: ok ? { evaluate: (bindings, options) => run(ast, bindings, options) } : undefined,
  };
}

/** The DataWeave expression language. */
export const dataweave: ExpressionLanguage = {
  id: 'dataweave',
  codePrefix: 'DW',
  compile: (source) => compileDataWeave(source),
};
