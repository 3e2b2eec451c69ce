/** Static expression and interpolation rules beyond syntax (EXPR-003…006, 011…016). */
import type { Rule } from '../../rule';
import { expressionSourcesRule } from './expression-sources';
import { interpolationRule } from './interpolation';
import { payloadAfterWaitRule } from './payload-after-wait';
import { phaseLiteralsRule } from './phase-literals';

export const exprStaticRules: readonly Rule[] = [expressionSourcesRule, interpolationRule, payloadAfterWaitRule, phaseLiteralsRule];
