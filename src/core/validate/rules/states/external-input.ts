/**
 * Checks shared by `wait` and `webhook` (dsl.md §12.1/§12.2, ADR-0013, ADR-0033):
 * input schema, step response projection, timeout pairing and the closed key set.
 */
import { isMap, isScalar, type YAMLMap } from 'yaml';
import type { StateModel } from '../../../model/types';
import { child, entries, pairOf } from '../../../yaml-nodes';
import type { RuleContext } from '../../rule';
import { IDENT, describe, isIntAtLeast, keyAt, valueAt } from './util';

/** Top-level JourneyStatus fields a step response must not override (dsl.md §12.1). */
export const RESERVED_STATUS_FIELDS = [
  'journeyId',
  'journeyName',
  'phase',
  'currentState',
  'updatedAt',
  'tags',
  'attributes',
  '_links',
];

/** Rule ids for the response checks: wait and webhook report under their own families. */
export interface ResponseCodes {
  outputVar: string;
  schema: string;
  reserved: string;
}

/** `input.schema` is present (WAIT-002 / WEBHOOK-001). */
export function checkInput(ctx: RuleContext, s: StateModel, body: YAMLMap, code: string): void {
  const base = `${s.path}.${s.type}`;
  const input = child(body, 'input');
  if (!isMap(input) || child(input, 'schema') === undefined) {
    const at = pairOf(body, 'input')
      ? valueAt(body, 'input', base)
      : keyAt(s.node, s.type ?? 'type', s.path);
    ctx.add(
      code,
      'error',
      `'${s.type}.input.schema' is required: the JSON Schema step submissions are validated against`,
      at,
    );
  }
}

/** The `response` block: outputVar identifier, schema object, no reserved fields, the two together. */
export function checkResponse(
  ctx: RuleContext,
  s: StateModel,
  body: YAMLMap,
  codes: ResponseCodes,
): void {
  const response = child(body, 'response');
  if (response === undefined) return;
  const base = `${s.path}.${s.type}.response`;
  if (!isMap(response)) {
    ctx.add(
      codes.schema,
      'error',
      `'response' must be a mapping {outputVar, schema}, not ${describe(response)}`,
      valueAt(body, 'response', `${s.path}.${s.type}`),
    );
    return;
  }
  const ov = child(response, 'outputVar');
  if (
    pairOf(response, 'outputVar') &&
    !(isScalar(ov) && typeof ov.value === 'string' && IDENT.test(ov.value))
  ) {
    ctx.add(
      codes.outputVar,
      'error',
      `'response.outputVar' must be an identifier ([A-Za-z_][A-Za-z0-9_]*), not ${describe(ov)}`,
      valueAt(response, 'outputVar', base),
    );
  }
  const schema = child(response, 'schema');
  if (pairOf(response, 'schema') && !isMap(schema)) {
    ctx.add(
      codes.schema,
      'error',
      `'response.schema' must be a JSON Schema object, not ${describe(schema)}`,
      valueAt(response, 'schema', base),
    );
  }
  const props = child(schema, 'properties');
  for (const e of entries(props)) {
    if (RESERVED_STATUS_FIELDS.includes(e.key)) {
      ctx.add(
        codes.reserved,
        'error',
        `'${e.key}' is a reserved JourneyStatus field; a step response cannot project it`,
        keyAt(props, e.key, `${base}.schema.properties`),
      );
    }
  }
  const hasOv = pairOf(response, 'outputVar') !== undefined;
  const hasSchema = pairOf(response, 'schema') !== undefined;
  if (hasOv !== hasSchema) {
    const msg = hasOv
      ? `'response.outputVar' without 'response.schema': exports cannot describe the projected fields`
      : `'response.schema' without 'response.outputVar': nothing is projected into the step response`;
    ctx.add('WAIT-011', 'warning', msg, keyAt(response, hasOv ? 'outputVar' : 'schema', base));
  }
}

/** timeoutSec/onTimeout pairing (WAIT-003 / WEBHOOK-002, WAIT-009, WAIT-010). */
export function checkTimeout(
  ctx: RuleContext,
  s: StateModel,
  body: YAMLMap,
  pairCode: string,
): void {
  const base = `${s.path}.${s.type}`;
  const hasTimeout = pairOf(body, 'timeoutSec') !== undefined;
  const hasOnTimeout = pairOf(body, 'onTimeout') !== undefined;
  if (hasTimeout && !isIntAtLeast(child(body, 'timeoutSec'), 1)) {
    ctx.add(
      'WAIT-009',
      'error',
      `'timeoutSec' must be an integer ≥ 1 (seconds), not ${describe(child(body, 'timeoutSec'))}`,
      valueAt(body, 'timeoutSec', base),
    );
  }
  if (hasTimeout && !hasOnTimeout) {
    ctx.add(
      pairCode,
      'error',
      `'timeoutSec' needs 'onTimeout': the state to continue with when no submission arrives`,
      keyAt(body, 'timeoutSec', base),
    );
  }
  if (hasOnTimeout) {
    const v = child(body, 'onTimeout');
    if (!(isScalar(v) && typeof v.value === 'string' && v.value !== '')) {
      ctx.add(
        'WAIT-009',
        'error',
        `'onTimeout' must name a state in the same scope, not ${describe(v)}`,
        valueAt(body, 'onTimeout', base),
      );
    } else if (!hasTimeout) {
      ctx.add(
        'WAIT-010',
        'warning',
        `'onTimeout' without 'timeoutSec' never fires`,
        keyAt(body, 'onTimeout', base),
      );
    }
  }
}

const ROUTING_KEYS = ['default', 'next', 'choices', 'apply', 'mapper', 'on', 'transitions'];

/** WAIT-008 (closed key set, no inline routing) and WEBHOOK-005 (no channel on webhooks). */
export function checkBlockKeys(ctx: RuleContext, s: StateModel, body: YAMLMap): void {
  const base = `${s.path}.${s.type}`;
  const allowed =
    s.type === 'wait'
      ? ['channel', 'input', 'response', 'timeoutSec', 'onTimeout']
      : ['input', 'response', 'timeoutSec', 'onTimeout'];
  for (const e of entries(body)) {
    if (allowed.includes(e.key)) continue;
    if (e.key === 'next' || e.key === 'security') continue; // STATE-005, AUTH-003
    if (e.key === 'default' && !s.next) continue; // D01, reported with its fix by the next rule
    if (e.key === 'channel') {
      ctx.add(
        'WEBHOOK-005',
        'error',
        `A webhook has no 'channel' (only wait states take channel: manual)`,
        keyAt(body, e.key, base),
      );
      continue;
    }
    const routing = ROUTING_KEYS.includes(e.key);
    const msg = routing
      ? `'${e.key}' routes inside '${s.type}:' (ADR-0033 forbids inline routing); use the state-level 'next' and a following choice/transform`
      : `'${e.key}' is not a ${s.type} field (${allowed.join(', ')})`;
    ctx.add('WAIT-008', 'error', msg, keyAt(body, e.key, base));
  }
}
