/** Compiles every expression site once per validation, for all rules to share. */
import type { ExpressionLanguage, CompileResult } from '../../expr/types';
import type { ExprSite } from '../model/types';
import { valueToSourceMapper } from '../scalar-offsets';
import type { JourneySource } from '../source';

export interface CompiledSite {
  site: ExprSite;
  language?: ExpressionLanguage;
  result?: CompileResult;
  /** Maps an offset in the expression text to an offset in the file. */
  toSource(offset: number): number;
}

/** Compiles each site with the language its `lang` names (missing `lang` = dataweave). */
export function compileSites(
  source: JourneySource,
  sites: readonly ExprSite[],
  languages: ReadonlyMap<string, ExpressionLanguage>,
): CompiledSite[] {
  return sites.map((site) => {
    // Built when a rule first maps an offset: most sites never report anything.
    let mapper: ((offset: number) => number) | undefined;
    const exprNode = site.exprNode;
    const toSource = exprNode
      ? (offset: number) => (mapper ??= valueToSourceMapper(exprNode, source.text))(offset)
      : () => site.span.start;
    const language = languages.get(site.lang?.value ?? 'dataweave');
    if (!language) return { site, toSource };
    return { site, language, result: compiledFor(language, site), toSource };
  });
}

/** A site taken over with its state (model fragments) keeps its text and bindings: its result is remembered on it. */
const bySite = new WeakMap<ExprSite, { language: ExpressionLanguage; result: CompileResult }>();

function compiledFor(language: ExpressionLanguage, site: ExprSite): CompileResult {
  const known = bySite.get(site);
  if (known?.language === language) return known.result;
  const result = compileCached(language, site);
  bySite.set(site, { language, result });
  return result;
}

/**
 * Compiled results per language by (bindings, text): a keystroke changes one
 * expression, so the other 2,000 are not compiled again. Results are treated
 * as immutable by every rule.
 */
const compiledByLanguage = new WeakMap<ExpressionLanguage, Map<string, CompileResult>>();
const MAX_CACHED = 20_000;

function compileCached(language: ExpressionLanguage, site: ExprSite): CompileResult {
  let cache = compiledByLanguage.get(language);
  if (!cache) compiledByLanguage.set(language, (cache = new Map()));
  const key = `${site.bindings.join(',')}\u0000${site.expr}`;
  let result = cache.get(key);
  if (!result) {
    result = compileSafely(language, site);
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(key, result);
  }
  return result;
}

function compileSafely(language: ExpressionLanguage, site: ExprSite): CompileResult {
  let result: CompileResult;
  try {
    result = language.compile(site.expr, { bindings: site.bindings });
  } catch (err) {
    result = {
      diagnostics: [
        {
          code: `${language.codePrefix}_ENGINE_INTERNAL_ERROR`,
          severity: 'error',
          message: String(err),
          start: 0,
          end: site.expr.length,
        },
      ],
      freeRoots: [],
    };
  }
  return result;
}
