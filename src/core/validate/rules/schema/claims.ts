/** Which rule ids the other areas' rule modules report, so overlapping checks can defer to them. */
import type { Rule } from '../../rule';
import { authLintRules } from '../auth-lint/index';
import { exprStaticRules } from '../expr-static/index';
import { exprRules } from '../expr/index';
import { graphRules } from '../graph-index';
import { stateRules } from '../states-index';

let others: Set<string> | undefined;

/**
 * Ids reported by the state, graph, expression and auth-lint rules. Imported per
 * area, not via the registry: the registry imports this area, and a cycle would
 * leave its arrays unset during module initialisation. Computed on first use.
 */
export function codesOfOtherAreas(): ReadonlySet<string> {
  others ??= new Set(
    [...stateRules, ...graphRules, ...exprRules, ...exprStaticRules, ...authLintRules].flatMap(
      (r: Rule) => r.codes,
    ),
  );
  return others;
}

/** True when a rule of another area reports `code`; pure apart from the one-time cache. */
export function reportedElsewhere(code: string): boolean {
  return codesOfOtherAreas().has(code);
}
