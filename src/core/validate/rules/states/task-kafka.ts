/** TASK-KAFKA-001..009: `kafkaPublish:v1` (dsl.md §5.2). */
import { isMap, isScalar } from 'yaml';
import { child, entries, pairOf, spanOf } from '../../../yaml-nodes';
import type { Rule } from '../../rule';
import {
  describe,
  isNonEmptyString,
  keyAt,
  looksLikeSecret,
  mapperProblem,
  SECRET_HEADERS,
  valueAt,
} from './util';

/** TASK-KAFKA-001..009 over every kafkaPublish:v1 task; pure. */
export const taskKafkaRule: Rule = {
  name: 'task-kafka',
  codes: [
    'TASK-KAFKA-001',
    'TASK-KAFKA-002',
    'TASK-KAFKA-003',
    'TASK-KAFKA-004',
    'TASK-KAFKA-005',
    'TASK-KAFKA-006',
    'TASK-KAFKA-007',
    'TASK-KAFKA-008',
    'TASK-KAFKA-009',
  ],
  perState: true,
  check(ctx) {
    for (const s of ctx.model.states) {
      if (s.task?.kind?.value !== 'kafkaPublish:v1') continue;
      const t = s.task.node;
      const base = s.task.path;
      const topic = child(t, 'topic');
      if (!isNonEmptyString(topic)) {
        const at = pairOf(t, 'topic') ? valueAt(t, 'topic', base) : keyAt(t, 'kind', base);
        ctx.add(
          'TASK-KAFKA-001',
          'error',
          `'topic' must be a non-empty string${topic === undefined ? ' (it is missing)' : ''}`,
          at,
        );
      }
      const value = child(t, 'value');
      const vp = pairOf(t, 'value') ? mapperProblem(value) : 'is missing';
      if (vp || (isMap(value) && child(value, 'mapper') === undefined)) {
        const at = pairOf(t, 'value') ? valueAt(t, 'value', base) : keyAt(t, 'kind', base);
        ctx.add(
          'TASK-KAFKA-002',
          'error',
          `'value' ${vp ?? 'must use an inline mapper'}; the event payload is {mapper: {lang, expr}}`,
          at,
        );
      }
      if (pairOf(t, 'key')) {
        const key = child(t, 'key');
        const ok =
          (isScalar(key) && typeof key.value === 'string') ||
          (isMap(key) && child(key, 'mapper') !== undefined && !mapperProblem(key));
        if (!ok)
          ctx.add(
            'TASK-KAFKA-003',
            'error',
            `'key' must be a string or {mapper: {lang, expr}}, not ${describe(key)}`,
            valueAt(t, 'key', base),
          );
      }
      if (pairOf(t, 'headers')) {
        const headers = child(t, 'headers');
        if (!isMap(headers)) {
          ctx.add(
            'TASK-KAFKA-004',
            'error',
            `'headers' must be a map of header name → string, not ${describe(headers)}`,
            valueAt(t, 'headers', base),
          );
        } else {
          for (const e of entries(headers)) {
            const v = e.value;
            if (!(isScalar(v) && typeof v.value === 'string')) {
              ctx.add(
                'TASK-KAFKA-004',
                'error',
                `Header '${e.key}' must be a string, not ${describe(v)}`,
                { span: spanOf(v, spanOf(e.keyNode)), path: `${base}.headers.${e.key}` },
              );
            } else if (
              SECRET_HEADERS.test(e.key)
                ? looksLikeSecret(v.value) || !v.value.includes('${')
                : looksLikeSecret(v.value)
            ) {
              ctx.add(
                'TASK-KAFKA-009',
                'warning',
                `Header '${e.key}' carries a literal secret; Kafka credentials come only from connectionSecretRef/engine config`,
                { span: spanOf(v), path: `${base}.headers.${e.key}` },
              );
            }
          }
        }
      }
      for (const ref of ['keySchemaRef', 'valueSchemaRef']) {
        if (pairOf(t, ref) && !isNonEmptyString(child(t, ref))) {
          ctx.add(
            'TASK-KAFKA-005',
            'error',
            `'${ref}' must be a non-empty string naming a JSON Schema`,
            valueAt(t, ref, base),
          );
        }
      }
      if (pairOf(t, 'connectionSecretRef')) {
        const c = child(t, 'connectionSecretRef');
        if (!(isScalar(c) && typeof c.value === 'string' && /^secret:\/\/\S+$/.test(c.value))) {
          ctx.add(
            'TASK-KAFKA-006',
            'error',
            `'connectionSecretRef' must be a secretRef string (secret://…), not ${describe(c)}`,
            valueAt(t, 'connectionSecretRef', base),
          );
        }
      }
      for (const f of ['resultVar', 'errorMapping', 'resiliencePolicyRef']) {
        if (pairOf(t, f))
          ctx.add(
            'TASK-KAFKA-007',
            'error',
            `'${f}' is not allowed on kafkaPublish:v1 (publishes produce no result)`,
            keyAt(t, f, base),
          );
      }
      if (!pairOf(t, 'valueSchemaRef')) {
        ctx.add(
          'TASK-KAFKA-008',
          'warning',
          `Declare 'valueSchemaRef' so the event payload can be validated and registered`,
          keyAt(t, 'kind', base),
        );
      }
    }
  },
};
