/** Minimal valid bodies for new states, per type and task kind (what `state.add` writes). Pure data. */
import type { StateType } from '../model/types';

const dw = (expr: string) => ({ lang: 'dataweave', expr });

/** Task bodies by kind: only the required fields, with neutral placeholder values. */
function taskBody(kind: string, id: string, topStart: string): Record<string, unknown> {
  switch (kind) {
    case 'kafkaPublish:v1':
      return { kind, topic: 'events', value: { mapper: dw('context') } };
    case 'schedule:v1':
      return { kind, start: topStart, interval: 'P1D', maxRuns: 1 };
    case 'jwtValidate:v1':
    case 'mtlsValidate:v1':
    case 'apiKeyValidate:v1':
      return { kind, profile: 'default' };
    case 'cache:v1':
      return { kind, operation: 'get', key: 'key', resultVar: `${id}Result` };
    case 'xmlDecode:v1':
      return { kind, sourceVar: 'xml', target: { kind: 'var' }, resultVar: `${id}Result` };
    default:
      return {
        kind,
        method: 'GET',
        url: 'https://api.example.com/resource',
        timeoutMs: 5000,
        resultVar: `${id}Result`,
      };
  }
}

export interface TemplateInput {
  id: string;
  type: StateType;
  taskKind?: string;
  next?: string;
  ref?: string;
  /** `spec.start`, the default entry for a new schedule. */
  topStart: string;
}

/** The state mapping for a new state, keys in the DSL's usual order; `next` last. */
export function stateTemplate(t: TemplateInput): Record<string, unknown> {
  const next = t.next ? { next: t.next } : {};
  switch (t.type) {
    case 'task':
      return {
        type: 'task',
        task: taskBody(t.taskKind ?? 'httpCall:v1', t.id, t.topStart),
        ...next,
      };
    case 'choice':
      // No branch is invented: the person writes the predicates (CHOICE-001 says so until then);
      // a target given by the caller becomes the default, the one route that needs no predicate.
      return { type: 'choice', choices: [], ...(t.next ? { default: t.next } : {}) };
    case 'transform':
      return {
        type: 'transform',
        transform: { mapper: dw('{}'), target: { kind: 'var' }, resultVar: `${t.id}Result` },
        ...next,
      };
    case 'wait':
      return {
        type: 'wait',
        wait: { channel: 'manual', input: { schema: { type: 'object' } } },
        ...next,
      };
    case 'webhook':
      return { type: 'webhook', webhook: { input: { schema: { type: 'object' } } }, ...next };
    case 'timer':
      return { type: 'timer', timer: { duration: 'PT1M' }, ...next };
    case 'parallel':
      return {
        type: 'parallel',
        parallel: {
          branches: ['a', 'b'].map((name) => ({
            name,
            start: `${name}Done`,
            states: { [`${name}Done`]: { type: 'succeed' } },
          })),
          join: {
            strategy: 'allOf',
            errorPolicy: 'collectAll',
            mapper: dw('{ a: branches.a, b: branches.b }'),
            resultVar: `${t.id}Result`,
          },
        },
        ...next,
      };
    case 'subjourney':
      return {
        type: 'subjourney',
        subjourney: { ref: t.ref ?? '', input: { mapper: dw('context') } },
        ...next,
      };
    case 'fail':
      return { type: 'fail', errorCode: 'FAILED', reason: 'Describe why the journey fails here' };
    default:
      return { type: 'succeed' };
  }
}
