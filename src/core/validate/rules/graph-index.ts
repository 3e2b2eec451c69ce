/** Graph, parallel, subjourney, mapper and expression rules (GRAPH, PAR, SUB, MAP, EXPR). */
import type { Rule } from '../rule';

export const graphRules: readonly Rule[] = [];
