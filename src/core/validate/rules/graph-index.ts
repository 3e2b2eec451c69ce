/** Graph, parallel, subjourney, mapper and expression rules (GRAPH, PAR, SUB, MAP, EXPR). */
import type { Rule } from '../rule';
import { apiChoiceDefaultRule } from './graph/api-choice-default';
import { deadEndsRule } from './graph/dead-ends';
import { loopsRule } from './graph/loops';
import { parallelContextMergeRule } from './graph/parallel-context-merge';
import { parallelJoinRefsRule } from './graph/parallel-join-refs';
import { parallelShapeRule } from './graph/parallel-shape';
import { scheduleNonInteractiveRule } from './graph/schedule-non-interactive';
import { scopeStartsRule } from './graph/scope-starts';
import { stepIdsRule } from './graph/step-ids';
import { subjourneyCallsRule } from './graph/subjourney-calls';
import { subjourneyDefinitionsRule } from './graph/subjourney-definitions';
import { subjourneyStateRule } from './graph/subjourney-state';
import { syncStartQuickRule } from './graph/sync-start-quick';
import { syncStartTimerRule } from './graph/sync-start-timer';
import { terminationRule } from './graph/termination';
import { transitionTargetsRule } from './graph/transition-targets';
import { unreachableStatesRule } from './graph/unreachable-states';

export const graphRules: readonly Rule[] = [
  transitionTargetsRule,
  scopeStartsRule,
  unreachableStatesRule,
  deadEndsRule,
  terminationRule,
  loopsRule,
  apiChoiceDefaultRule,
  syncStartTimerRule,
  syncStartQuickRule,
  stepIdsRule,
  scheduleNonInteractiveRule,
  parallelShapeRule,
  parallelJoinRefsRule,
  parallelContextMergeRule,
  subjourneyDefinitionsRule,
  subjourneyCallsRule,
  subjourneyStateRule,
];
