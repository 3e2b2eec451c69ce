/** Rules for states, tasks, auth, expressions and the graph (STATE, TASK*, AUTH*, CHOICE, SUCC, FAIL, XFORM, WAIT, WEBHOOK, TIMER, PAR, SUB, EXPR, GRAPH). */
import type { Rule } from '../rule';

export const stateRules: readonly Rule[] = [];
