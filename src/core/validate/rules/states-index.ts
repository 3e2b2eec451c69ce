/** Rules for states, tasks and inbound auth (STATE, TASK*, AUTH*, CHOICE, SUCC, FAIL, XFORM, WAIT, WEBHOOK, TIMER). */
import type { Rule } from '../rule';
import { stateShapeRule } from './states/state-shape';
import { stateTransitionsRule } from './states/state-transitions';
import { stateKeysRule } from './states/state-keys';
import { stateNamingRule } from './states/state-naming';
import { taskPluginRule } from './states/task-plugin';
import { taskHttpBindingRule } from './states/task-http-binding';
import { taskHttpResultRule } from './states/task-http-result';
import { taskKafkaRule } from './states/task-kafka';
import { taskXmlRule } from './states/task-xml';
import { taskScheduleRule } from './states/task-schedule';
import { taskCacheRule } from './states/task-cache';
import { authCommonRule } from './states/auth-common';
import { authSourceRule } from './states/auth-source';
import { authMtlsRule } from './states/auth-mtls';
import { authRoutingRule } from './states/auth-routing';
import { choiceRule } from './states/choice';
import { succeedFailRule } from './states/succeed-fail';
import { transformRule } from './states/transform';
import { waitWebhookRule } from './states/wait-webhook';
import { timerRule } from './states/timer';
import { waitPayloadRule } from './states/wait-payload';

export const stateRules: readonly Rule[] = [
  stateShapeRule,
  stateTransitionsRule,
  stateKeysRule,
  stateNamingRule,
  taskPluginRule,
  taskHttpBindingRule,
  taskHttpResultRule,
  taskKafkaRule,
  taskXmlRule,
  taskScheduleRule,
  taskCacheRule,
  authCommonRule,
  authSourceRule,
  authMtlsRule,
  authRoutingRule,
  choiceRule,
  succeedFailRule,
  transformRule,
  waitWebhookRule,
  timerRule,
  waitPayloadRule,
];
