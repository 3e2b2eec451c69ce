/**
 * What an expression is known to produce without running a journey: the JSON
 * type of a literal (`true`, `42`, `"x"`, `[…]`, `{…}`), or the value of an
 * expression with no free variables evaluated once by its language. Used by
 * CHOICE-003/005 and XFORM-008. Pure; never throws.
 */
import type { ExprSite } from '../../../model/types';
import type { CompiledSite } from '../../expressions-index';
import type { RuleContext } from '../../rule';

const indexCache = new WeakMap<readonly CompiledSite[], Map<ExprSite, CompiledSite>>();

/** The compiled form of a site (indexed once per analysis, so lookups stay O(1)). */
export function compiledSite(ctx: RuleContext, site: ExprSite): CompiledSite | undefined {
  let index = indexCache.get(ctx.compiled);
  if (!index) {
    index = new Map(ctx.compiled.map((c) => [c.site, c]));
    indexCache.set(ctx.compiled, index);
  }
  return index.get(site);
}

/** The JSON type names an expression result can be known to have. */
export type JsonType = 'boolean' | 'number' | 'string' | 'null' | 'array' | 'object';

/** What is statically known about an expression result. */
export interface StaticValue {
  type: JsonType;
  /** Present for scalars whose value is known. */
  value?: unknown;
  /** True when the expression reads no variables (a literal or a constant expression). */
  constant: boolean;
}

function typeOf(v: unknown): JsonType {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return 'array';
  const t = typeof v;
  return t === 'boolean' || t === 'number' || t === 'string' ? t : 'object';
}

/** Index of the bracket closing the one at `open`, skipping quoted strings; -1 if none. */
function closing(text: string, open: number): number {
  const pairs: Record<string, string> = { '[': ']', '{': '}', '(': ')' };
  const stack: string[] = [];
  let quote = '';
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
      continue;
    }
    if (c === '"' || c === "'" || c === '`') quote = c;
    else if (pairs[c]) stack.push(pairs[c]);
    else if (c === ']' || c === '}' || c === ')') {
      if (stack.pop() !== c) return -1;
      if (stack.length === 0) return i;
    }
  }
  return -1;
}

/** The statically known type (and maybe value) of a site's expression, or undefined. */
export function staticValue(ctx: RuleContext, site: ExprSite): StaticValue | undefined {
  const e = site.expr.trim();
  if (e === 'true' || e === 'false')
    return { type: 'boolean', value: e === 'true', constant: true };
  if (e === 'null') return { type: 'null', value: null, constant: true };
  if (/^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(e))
    return { type: 'number', value: Number(e), constant: true };
  if (/^"[^"\\]*"$/.test(e) || /^'[^'\\]*'$/.test(e))
    return { type: 'string', value: e.slice(1, -1), constant: true };
  const result = compiledSite(ctx, site)?.result;
  if ((e.startsWith('[') || e.startsWith('{')) && closing(e, 0) === e.length - 1) {
    // `{ a: context.x }` is an object whatever it reads; it is constant only without free variables.
    return { type: e.startsWith('[') ? 'array' : 'object', constant: !result?.freeRoots.length };
  }
  if (!result) return undefined;
  // The language's own static typing (e.g. `a ++ b` on objects) when it has one.
  if (result.resultType && (!result.compiled || result.freeRoots.length > 0))
    return { type: result.resultType, constant: false };
  if (!result.compiled || result.freeRoots.length > 0) return undefined;
  try {
    const r = result.compiled.evaluate(
      {},
      { maxSteps: 10000, now: () => '1970-01-01T00:00:00Z', uuid: () => '0' },
    );
    if (r && typeof (r as Promise<unknown>).then === 'function') {
      (r as Promise<unknown>).catch(() => undefined);
      return undefined;
    }
    const sync = r as { ok: boolean; value?: unknown };
    return sync.ok ? { type: typeOf(sync.value), value: sync.value, constant: true } : undefined;
  } catch {
    return undefined;
  }
}
