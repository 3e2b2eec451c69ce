/**
 * Which fields the inspector offers for a state: the documented fields of its
 * type's block (or of its task plugin), described and typed by the DSL JSON
 * Schema and the plugin catalog — the same sources the validator checks
 * against, so the form never offers a field the checks would reject. Pure.
 */
import schemaJson from '../../../schema/journey.schema.json';
import { taskKindInfo } from '../../core/catalog/task-kinds';

export type FieldInput = 'text' | 'integer' | 'enum' | 'structured';

export interface FieldSpec {
  /** Path relative to the state (`task.timeoutMs`, `errorCode`). */
  at: string;
  /** The field's own key. */
  label: string;
  help: string;
  input: FieldInput;
  options?: readonly string[];
  required: boolean;
}

interface SchemaNode {
  description?: string;
  type?: string | string[];
  enum?: string[];
  $ref?: string;
  properties?: Record<string, SchemaNode>;
  required?: string[];
}

const STATE = (schemaJson as unknown as { $defs: { state: SchemaNode } }).$defs.state;

/** Closed value sets the DSL lists in prose (dsl.md §5.1, §5.4, §5.8, §15), as choices instead of free text. */
const CHOICES: Readonly<Record<string, readonly string[]>> = {
  'task.mode': ['requestResponse', 'notify'],
  'task.method': ['GET', 'POST', 'PUT', 'DELETE'],
  'task.onExisting': ['fail', 'upsert', 'addAnother'],
  'task.operation': ['get', 'put'],
  'subjourney.resultKind': ['output', 'outcome'],
};

/** Fields written outside the type's block (dsl.md §5.6, §5.7). */
const TOP_LEVEL: Readonly<Record<string, readonly string[]>> = {
  succeed: ['outputVar'],
  fail: ['errorCode', 'reason'],
};

/** Transitions have their own pickers in the inspector. */
const TRANSITIONS = new Set(['onTimeout', 'next', 'default', 'choices']);

function inputOf(at: string, node: SchemaNode | undefined): FieldInput {
  if (CHOICES[at]) return 'enum';
  // Documented by the plugin catalog but not typed by the schema (`accept`, `*SchemaRef`): names and media types.
  if (!node) return 'text';
  const types = node?.type === undefined ? [] : Array.isArray(node.type) ? node.type : [node.type];
  if (types.length === 1 && types[0] === 'integer') return 'integer';
  if (types.length === 1 && types[0] === 'string') return 'text';
  // `string or {mapper}` (timer durations): text until it is written as a mapping.
  if (types.length === 2 && types.includes('string') && types.includes('object')) return 'text';
  return 'structured';
}

function spec(at: string, node: SchemaNode | undefined, required: boolean): FieldSpec {
  const label = at.slice(at.lastIndexOf('.') + 1);
  // "kafkaPublish:v1: target topic." — the panel already names the state's type and plugin.
  const help = (node?.description ?? '').replace(
    /^(?:succeed|fail|\w+:v\d+(?: \/ \w+:v\d+)*): /,
    '',
  );
  const input = inputOf(at, node);
  return {
    at,
    label,
    help,
    input,
    ...(input === 'enum' ? { options: CHOICES[at] } : {}),
    required,
  };
}

/** The fields of a state of `type` (and `taskKind` for tasks), in the order the DSL documents them. */
export function fieldsFor(type: string, taskKind?: string): FieldSpec[] {
  if (type === 'task') {
    const info = taskKindInfo(taskKind);
    const props = STATE.properties?.task?.properties ?? {};
    if (!info) return [];
    return info.fields
      .filter((f) => f !== 'kind')
      .map((f) => spec(`task.${f}`, props[f], info.required.includes(f)));
  }
  const top = (TOP_LEVEL[type] ?? []).map((f) => spec(f, STATE.properties?.[f], false));
  const block = STATE.properties?.[type];
  const inner = Object.entries(block?.properties ?? {})
    .filter(([k]) => !TRANSITIONS.has(k))
    .map(([k, node]) => spec(`${type}.${k}`, node, block?.required?.includes(k) ?? false));
  return [...top, ...inner];
}
