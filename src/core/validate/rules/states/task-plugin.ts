/** TASK-001..004 and TASK-HTTP-001: `task.kind` names a core plugin, and its fields are the plugin's. */
import { TASK_KINDS, TASK_KIND_PATTERN, taskKindInfo } from '../../../catalog/task-kinds';
import { entries, pairOf } from '../../../yaml-nodes';
import type { Rule } from '../../rule';
import { keyAt } from './util';
import { lookupTable } from '../../../own-property';

/** Kinds whose unknown fields have a dedicated id (AUTH-JWT-003, AUTH-APIKEY-002). */
const OWN_FIELD_RULE = new Set(['jwtValidate:v1', 'apiKeyValidate:v1']);
const CORE = [...TASK_KINDS.keys()].join(', ');
/** Fields a kind's own rule forbids with a precise id (TASK-KAFKA-007, TASK-CACHE-008). */
const FORBIDDEN_ELSEWHERE: Readonly<Record<string, readonly string[]>> = lookupTable({
  'kafkaPublish:v1': ['resultVar', 'errorMapping', 'resiliencePolicyRef'],
  'cache:v1': ['cacheRef'],
});

/** TASK-001..004 and TASK-HTTP-001 over every task state; pure. */
export const taskPluginRule: Rule = {
  name: 'task-plugin',
  codes: ['TASK-001', 'TASK-002', 'TASK-003', 'TASK-004', 'TASK-HTTP-001'],
  perState: true,
  check(ctx) {
    for (const s of ctx.model.states) {
      if (s.type !== 'task' || !s.task) continue;
      const task = s.task;
      const kindPair = pairOf(task.node, 'kind');
      if (!kindPair) {
        ctx.add('TASK-001', 'error', `Task '${s.id}' has no 'kind' (e.g. kind: httpCall:v1)`, {
          span: s.keySpan,
          path: task.path,
        });
        continue;
      }
      const kind = task.kind?.value;
      const kindAt = task.kind ?? {
        span: keyAt(task.node, 'kind', task.path).span,
        path: `${task.path}.kind`,
      };
      if (kind === undefined || !TASK_KIND_PATTERN.test(kind)) {
        const hint = kind && taskKindInfo(`${kind}:v1`) ? ` (did you mean '${kind}:v1'?)` : '';
        ctx.add(
          'TASK-001',
          'error',
          `Task kind '${kind ?? ''}' must have the form <pluginType>:v<major>${hint}`,
          kindAt,
        );
        continue;
      }
      const info = taskKindInfo(kind);
      if (!info) {
        if (/^http/i.test(kind)) {
          ctx.add(
            'TASK-HTTP-001',
            'error',
            `HTTP call tasks use exactly 'httpCall:v1', not '${kind}'`,
            kindAt,
          );
        } else {
          ctx.add(
            'TASK-002',
            'error',
            `No plugin '${kind}' is available; core plugins: ${CORE}`,
            kindAt,
          );
        }
        continue;
      }
      for (const e of entries(task.node)) {
        if (e.key === 'cookies' && kind !== 'httpCall:v1') {
          ctx.add(
            'TASK-003',
            'error',
            `'cookies' is only valid on httpCall:v1 tasks, not on ${kind}`,
            keyAt(task.node, e.key, task.path),
          );
          continue;
        }
        // `next` inside the task block is STATE-005's finding.
        if (
          e.key === 'next' ||
          info.fields.includes(e.key) ||
          OWN_FIELD_RULE.has(kind) ||
          FORBIDDEN_ELSEWHERE[kind]?.includes(e.key)
        )
          continue;
        ctx.add(
          'TASK-004',
          'warning',
          `'${e.key}' is not a field of ${kind} (${info.section}); known fields: ${info.fields.filter((f) => f !== 'kind').join(', ')}`,
          keyAt(task.node, e.key, task.path),
        );
      }
    }
  },
};
