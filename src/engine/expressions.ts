/**
 * Evaluating `{lang, expr}` mappers and predicates on the virtual clock.
 * Compiles once per (lang, expr) and never throws: failures come back as
 * internal Problems that name the engine code.
 */
import type { ExpressionLanguage, CompiledExpression } from '../expr/types';
import { INTERNAL_ERROR_TYPE } from '../core/catalog/auth-problems';
import { isObject, toJson, type Json, type JsonObject } from './json';
import { formatInstant } from './duration';
import type { Problem } from './types';
import { putOwn } from '../core/own-property';

/** An expression result, or the internal Problem explaining why there is none. */
export type EvalOutcome = { ok: true; value: Json } | { ok: false; problem: Problem };

/** Roots the DSL binds itself; a context key with one of these names is not exposed as a bare root (D09). */
const RESERVED_ROOTS = new Set([
  'context',
  'payload',
  'platform',
  'error',
  'branches',
  'outcome',
  'output',
  'now',
]);

/** Compiles and evaluates expressions with one language registry; holds a compile cache (per run environment). */
export class Evaluator {
  private uuidCounter = 0;

  constructor(
    private readonly languages: ReadonlyMap<string, ExpressionLanguage>,
    private readonly platform: JsonObject,
    /** Compiled expressions by (lang, expr); shareable between runs of one journey. */
    private readonly cache = new Map<string, CompiledExpression | Problem>(),
  ) {}

  /** Evaluates a `{lang, expr}` mapping (or a `mapperRef` resolved by the caller) against bindings. */
  async evaluate(
    mapper: unknown,
    bindings: { context: JsonObject } & Record<string, Json | undefined>,
    now: number,
  ): Promise<EvalOutcome> {
    if (!isObject(mapper as Json) || typeof (mapper as JsonObject).expr !== 'string') {
      return { ok: false, problem: internal('An expression is missing its `expr` text') };
    }
    const m = mapper as JsonObject;
    const lang = typeof m.lang === 'string' ? m.lang : 'dataweave';
    const compiled = this.compile(lang, m.expr as string);
    if ('type' in compiled) return { ok: false, problem: compiled };
    // D09: bare resultVar roots (`api.ok`) read as `context.api.ok`.
    const all: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(bindings.context)) if (!RESERVED_ROOTS.has(k)) putOwn(all, k, v);
    Object.assign(all, { platform: this.platform, payload: null }, bindings);
    let result;
    try {
      result = await compiled.evaluate(all, {
        now: () => formatInstant(now),
        uuid: () => `00000000-0000-4000-8000-${String(++this.uuidCounter).padStart(12, '0')}`,
        maxSteps: 1_000_000,
        maxDepth: 200,
      });
    } catch (err) {
      return { ok: false, problem: internal(`The ${lang} evaluator failed: ${String(err)}`) };
    }
    if (!result.ok) {
      return {
        ok: false,
        problem: {
          ...internal(`${result.error.code}: ${result.error.message}`),
          engineCode: result.error.code,
        },
      };
    }
    return { ok: true, value: toJson(result.value) };
  }

  private compile(lang: string, expr: string): CompiledExpression | Problem {
    const key = `${lang}\u0000${expr}`;
    const hit = this.cache.get(key);
    if (hit) return hit;
    const language = this.languages.get(lang);
    let out: CompiledExpression | Problem;
    if (!language) {
      out = internal(`Expression language '${lang}' is not available in this simulator`);
    } else {
      try {
        const r = language.compile(expr);
        const err = r.diagnostics.find((d) => d.severity === 'error');
        out =
          r.compiled ??
          internal(
            `The ${lang} expression does not compile: ${err ? `${err.code} ${err.message}` : 'unknown error'}`,
          );
      } catch (e) {
        out = internal(`The ${lang} compiler failed: ${String(e)}`);
      }
    }
    this.cache.set(key, out);
    return out;
  }
}

/** The internal engine Problem (dsl-rules §5.1) with a designer-readable detail. */
export function internal(detail: string, code = INTERNAL_ERROR_TYPE): Problem {
  return { type: INTERNAL_ERROR_TYPE, title: 'Internal engine error', status: 500, detail, code };
}
