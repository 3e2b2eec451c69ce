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
    const toSource = site.exprNode ? valueToSourceMapper(site.exprNode, source.text) : () => site.span.start;
    const language = languages.get(site.lang?.value ?? 'dataweave');
    if (!language) return { site, toSource };
    let result: CompileResult;
    try {
      result = language.compile(site.expr, { bindings: site.bindings });
    } catch (err) {
      result = {
        diagnostics: [
          { code: `${language.codePrefix}_ENGINE_INTERNAL_ERROR`, severity: 'error', message: String(err), start: 0, end: site.expr.length },
        ],
        freeRoots: [],
      };
    }
    return { site, language, result, toSource };
  });
}
