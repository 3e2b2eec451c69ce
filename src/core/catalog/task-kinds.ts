/**
 * The core task plugins (dsl.md §5 Task plugins, §5.1–§5.4, §15, §18.6–§18.8):
 * their documented fields, and what running them does to the outside world.
 * Shared by the validator (TASK-002/004), the auth lint and the simulator. Pure data.
 */

export type CoreTaskKind =
  | 'httpCall:v1'
  | 'kafkaPublish:v1'
  | 'schedule:v1'
  | 'jwtValidate:v1'
  | 'mtlsValidate:v1'
  | 'apiKeyValidate:v1'
  | 'cache:v1'
  | 'xmlDecode:v1';

export interface TaskKindInfo {
  kind: CoreTaskKind;
  /** Where the DSL documents it. */
  section: string;
  /** Fields that must be present (besides `kind`); conditional ones are checked by the kind's rule. */
  required: readonly string[];
  /** Every documented field, `kind` included. */
  fields: readonly string[];
  /** Reaches a system outside the journey (HTTP, Kafka, scheduler, cache). */
  outbound: boolean;
  /** Has an effect a retry or a replay would repeat (sends, publishes, schedules, writes a cache). */
  sideEffecting: boolean;
  /** Validates inbound credentials (jwt, mTLS, API key). */
  inboundAuth: boolean;
  /** Where the task writes into `context` (`resultVar`, `target`, `authVar`), if anywhere. */
  writes: readonly string[];
}

const info = (i: TaskKindInfo): [CoreTaskKind, TaskKindInfo] => [i.kind, i];

/** Every core task plugin by `task.kind`. */
export const TASK_KINDS: ReadonlyMap<CoreTaskKind, TaskKindInfo> = new Map<
  CoreTaskKind,
  TaskKindInfo
>([
  info({
    kind: 'httpCall:v1',
    section: '§5.1',
    required: [],
    fields: [
      'kind',
      'mode',
      'operationRef',
      'params',
      'method',
      'url',
      'headers',
      'body',
      'accept',
      'timeoutMs',
      'resultVar',
      'resiliencePolicyRef',
      'auth',
      'errorMapping',
      'cookies',
    ],
    outbound: true,
    sideEffecting: true,
    inboundAuth: false,
    writes: ['resultVar', 'errorMapping'],
  }),
  info({
    kind: 'kafkaPublish:v1',
    section: '§5.2',
    required: ['topic', 'value'],
    fields: [
      'kind',
      'connectionSecretRef',
      'topic',
      'key',
      'value',
      'headers',
      'keySchemaRef',
      'valueSchemaRef',
    ],
    outbound: true,
    sideEffecting: true,
    inboundAuth: false,
    writes: [],
  }),
  info({
    kind: 'xmlDecode:v1',
    section: '§5.3',
    required: ['sourceVar'],
    fields: ['kind', 'sourceVar', 'target', 'resultVar'],
    outbound: false,
    sideEffecting: false,
    inboundAuth: false,
    writes: ['target', 'resultVar'],
  }),
  info({
    kind: 'schedule:v1',
    section: '§5.4',
    required: ['start', 'interval', 'maxRuns'],
    fields: [
      'kind',
      'start',
      'startAt',
      'interval',
      'maxRuns',
      'subjectId',
      'context',
      'onExisting',
    ],
    outbound: true,
    sideEffecting: true,
    inboundAuth: false,
    writes: [],
  }),
  info({
    kind: 'jwtValidate:v1',
    section: '§18.6',
    required: [],
    fields: ['kind', 'profile', 'source', 'authVar'],
    outbound: false,
    sideEffecting: false,
    inboundAuth: true,
    writes: ['authVar'],
  }),
  info({
    kind: 'mtlsValidate:v1',
    section: '§18.7',
    required: [],
    fields: [
      'kind',
      'profile',
      'trustAnchors',
      'allowAnyFromTrusted',
      'allowSubjects',
      'allowSans',
      'allowSerials',
      'authVar',
    ],
    outbound: false,
    sideEffecting: false,
    inboundAuth: true,
    writes: ['authVar'],
  }),
  info({
    kind: 'apiKeyValidate:v1',
    section: '§18.8',
    required: [],
    fields: ['kind', 'profile', 'source', 'authVar'],
    outbound: false,
    sideEffecting: false,
    inboundAuth: true,
    writes: ['authVar'],
  }),
  info({
    kind: 'cache:v1',
    section: '§15.1',
    required: ['operation', 'key'],
    fields: ['kind', 'operation', 'key', 'value', 'ttlSeconds', 'resultVar'],
    outbound: true,
    sideEffecting: true,
    inboundAuth: false,
    writes: ['resultVar'],
  }),
]);

/** The `<pluginType>:v<major>` form every `task.kind` has (TASK-001). */
export const TASK_KIND_PATTERN = /^[A-Za-z][A-Za-z0-9]*:v[1-9][0-9]*$/;

/** The catalog entry of a core kind, or undefined for unknown/custom kinds; pure. */
export function taskKindInfo(kind: string | undefined): TaskKindInfo | undefined {
  return kind === undefined ? undefined : TASK_KINDS.get(kind as CoreTaskKind);
}

/** True when `kind` is one of the core plugins; pure. */
export function isCoreTaskKind(kind: string | undefined): kind is CoreTaskKind {
  return taskKindInfo(kind) !== undefined;
}

/** True for kinds whose run has effects outside the journey (HTTP, publish, schedule, cache put/get); pure. */
export function isSideEffecting(kind: string | undefined): boolean {
  return taskKindInfo(kind)?.sideEffecting ?? false;
}
