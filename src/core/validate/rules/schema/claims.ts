/** Which rule ids the state and graph rule modules report, so overlapping checks can defer to them. */
import type { Rule } from '../../rule';
import { graphRules } from '../graph-index';
import { stateRules } from '../states-index';

let others: Set<string> | undefined;

/** Ids reported by the state and graph rules (computed on first use, after all modules loaded). */
export function codesOfOtherAreas(): ReadonlySet<string> {
  others ??= new Set([...stateRules, ...graphRules].flatMap((r: Rule) => r.codes));
  return others;
}

/** True when a state/graph rule reports `code`; pure apart from the one-time cache. */
export function reportedElsewhere(code: string): boolean {
  return codesOfOtherAreas().has(code);
}
