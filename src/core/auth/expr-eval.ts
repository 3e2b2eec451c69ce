/**
 * Evaluating `{lang, expr}` mappers and predicates for the preview, bound the
 * way the simulator binds them (D09: bare `resultVar` roots read as context
 * fields; `payload` null unless given). Never throws: failures come back as a
 * reason a designer can read.
 */
import type { CompiledExpression, ExpressionLanguage } from '../../expr/types';
import { PREVIEW_NOW } from './principal';
import { isRecord, toJsonValue, type JsonRecord, type JsonValue } from './json-value';
import { putOwn } from '../own-property';

export type ExprOutcome = { ok: true; value: JsonValue } | { ok: false; reason: string };

/** Roots the DSL binds itself; context keys with these names are not exposed as bare roots. */
const RESERVED = new Set(['context', 'payload', 'platform', 'error', 'branches', 'outcome', 'output', 'now']);

/** Compiles (cached) and evaluates expressions with one language registry. */
export class ExprRunner {
  private readonly cache = new Map<string, CompiledExpression | string>();
  private ids = 0;

  constructor(
    private readonly languages: ReadonlyMap<string, ExpressionLanguage>,
    private readonly platform: JsonRecord,
  ) {}

  /** Evaluates a mapper object `{lang?, expr}` with `context` and extra bindings. */
  async run(mapper: JsonValue | undefined, context: JsonRecord, extra: Record<string, unknown> = {}): Promise<ExprOutcome> {
    if (!isRecord(mapper) || typeof mapper.expr !== 'string') return { ok: false, reason: 'the expression has no `expr` text' };
    const lang = typeof mapper.lang === 'string' ? mapper.lang : 'dataweave';
    const compiled = this.compile(lang, mapper.expr);
    if (typeof compiled === 'string') return { ok: false, reason: compiled };
    const bindings: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(context)) if (!RESERVED.has(k)) putOwn(bindings, k, v);
    Object.assign(bindings, { platform: this.platform, payload: null, context }, extra);
    try {
      const r = await compiled.evaluate(bindings, {
        now: () => PREVIEW_NOW,
        uuid: () => `00000000-0000-4000-8000-${String(++this.ids).padStart(12, '0')}`,
        maxSteps: 200_000,
        maxDepth: 200,
      });
      if (!r.ok) return { ok: false, reason: `${lang} evaluation failed: ${r.error.code} ${r.error.message}` };
      return { ok: true, value: toJsonValue(r.value) };
    } catch (err) {
      return { ok: false, reason: `${lang} evaluator failed: ${String(err)}` };
    }
  }

  private compile(lang: string, expr: string): CompiledExpression | string {
    const key = `${lang}\u0000${expr}`;
    const hit = this.cache.get(key);
    if (hit !== undefined) return hit;
    const language = this.languages.get(lang);
    let out: CompiledExpression | string;
    if (!language) out = `no '${lang}' evaluator is available to decide this expression`;
    else {
      try {
        const r = language.compile(expr);
        const err = r.diagnostics.find((d) => d.severity === 'error');
        out = r.compiled ?? `the ${lang} expression does not compile${err ? `: ${err.code} ${err.message}` : ''}`;
      } catch (e) {
        out = `the ${lang} compiler failed: ${String(e)}`;
      }
    }
    this.cache.set(key, out);
    return out;
  }
}
