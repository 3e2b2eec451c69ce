/** Every rule module, in the order they run. */
import type { Rule } from '../rule';
import { structureRules } from './structure-index';
import { stateRules } from './states-index';
import { graphRules } from './graph-index';
import { schemaRules } from './schema-index';
import { exprRules } from './expr/index';
import { exprStaticRules } from './expr-static/index';
import { authLintRules } from './auth-lint/index';

export const allRules: readonly Rule[] = [
  ...schemaRules,
  ...structureRules,
  ...stateRules,
  ...graphRules,
  ...exprRules,
  ...exprStaticRules,
  ...authLintRules,
];
