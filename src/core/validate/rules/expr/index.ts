/** Expression rules (EXPR-001/002/004/006/007/009/010 and the engines DW_… and JN_… codes), in the order they run. */
import type { Rule } from '../../rule';
import { expressionLangRule } from './expression-lang';
import { expressionSyntaxRule } from './expression-syntax';
import { errorBindingRule } from './error-binding';
import { predicateTypeRule } from './predicate-type';
import { unknownRootsRule } from './unknown-roots';

/** The expression rule modules, for the rule registry. */
export const exprRules: readonly Rule[] = [
  expressionLangRule,
  expressionSyntaxRule,
  unknownRootsRule,
  errorBindingRule,
  predicateTypeRule,
];
