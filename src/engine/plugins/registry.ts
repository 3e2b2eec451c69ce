/** Task plugins by `task.kind`; the simulator asks this registry, so an unknown kind is a clear Problem, not a crash. */
import type { TaskPlugin } from '../runtime-types';
import { apiKeyValidatePlugin } from './api-key-validate';
import { cachePlugin } from './cache';
import { httpCallPlugin } from './http-call';
import { jwtValidatePlugin } from './jwt-validate';
import { kafkaPublishPlugin } from './kafka-publish';
import { mtlsValidatePlugin } from './mtls-validate';
import { schedulePlugin } from './schedule';
import { xmlDecodePlugin } from './xml-decode';

/** A fresh map of the built-in plugins. */
export function defaultPlugins(): Map<string, TaskPlugin> {
  const all = [
    httpCallPlugin,
    jwtValidatePlugin,
    mtlsValidatePlugin,
    apiKeyValidatePlugin,
    cachePlugin,
    kafkaPublishPlugin,
    schedulePlugin,
    xmlDecodePlugin,
  ];
  return new Map(all.map((p) => [p.kind, p]));
}
