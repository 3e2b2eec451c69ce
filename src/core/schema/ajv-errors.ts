/**
 * Turning ajv errors into what a person reads: where in the YAML the error is
 * (the offending key or value) and a sentence saying what is wrong. Shared by
 * every schema the product validates (journeys in the core, scenario files in
 * the engine) so both read alike. Pure; needs ajv's `verbose: true` errors
 * (for `parentSchema`).
 */
import type { ErrorObject } from 'ajv/dist/2020';
import { isCollection, isMap } from 'yaml';
import type { Span } from '../diagnostics';
import { joinPath, spanOf, type AnyNode } from '../yaml-nodes';
import { hitSpan, keyNodeOf, nodeAt, pointerSegments } from './node-at';

/** Where an ajv error lies: its span, dotted path and, for key errors, the key. */
export interface ErrorLocation {
  span: Span;
  path: string;
  prop?: string;
}

/** Locates `err` in the document whose root node is `root`; pure. */
export function locateSchemaError(root: AnyNode, err: ErrorObject): ErrorLocation {
  const hit = nodeAt(root, pointerSegments(err.instancePath));
  const fallback = spanOf(root);
  const params = err.params as { additionalProperty?: string; missingProperty?: string };
  const prop = params.additionalProperty ?? (err as { propertyName?: string }).propertyName;
  if (prop !== undefined && isMap(hit.node)) {
    const keyNode = keyNodeOf(hit.node, prop);
    return {
      span: spanOf(keyNode, hitSpan(hit, true, fallback)),
      path: joinPath(hit.path, prop),
      prop,
    };
  }
  if (params.missingProperty !== undefined) {
    return { span: hitSpan(hit, true, fallback), path: hit.path, prop: params.missingProperty };
  }
  // Block collections span many lines: point at the key the user wrote instead.
  const blockValue = isCollection(hit.node) && !hit.node.flow;
  const preferKey =
    err.keyword === 'not' ||
    err.keyword === 'maxProperties' ||
    err.keyword === 'minProperties' ||
    (err.keyword === 'type' && blockValue);
  return { span: hitSpan(hit, preferKey, fallback), path: hit.path };
}

/** The sentence for `err` at `path` (`prop`: the key of a key error); pure. */
export function schemaErrorMessage(err: ErrorObject, path: string, prop: string | undefined): string {
  const where = path ? `'${path}'` : 'the document root';
  const parent = (err.parentSchema ?? {}) as Record<string, unknown>;
  const p = err.params as Record<string, unknown>;
  const own = parent['x-message'];
  if (typeof own === 'string')
    return prop !== undefined ? `Key '${prop}': ${own}` : `${where} ${own}`;
  switch (err.keyword) {
    case 'additionalProperties': {
      const allowed = Object.keys((parent.properties as object | undefined) ?? {}).filter(
        (k) => !isRemovedProperty(parent, k),
      );
      const at = path.includes('.')
        ? `'${path.slice(0, path.lastIndexOf('.'))}'`
        : path === prop
          ? 'the document root'
          : where;
      return allowed.length
        ? `Unknown key '${prop}' in ${at}; expected one of: ${allowed.join(', ')}`
        : `Unknown key '${prop}' in ${at}`;
    }
    case 'required':
      return `${where} is missing the required '${String(p.missingProperty)}'`;
    case 'enum':
      return `${where} must be one of: ${(p.allowedValues as unknown[]).map(String).join(', ')}`;
    case 'const':
      return `${where} must be '${String(p.allowedValue)}'`;
    case 'type':
      return `${where} must be ${describeType(p.type)}`;
    case 'not':
      return `${where} is not supported: ${String(parent.description ?? 'removed construct')}`;
    case 'pattern':
      return `${where} (${JSON.stringify(err.data)}) does not match ${String(p.pattern)}`;
    case 'propertyNames':
      return `Key '${prop}' in ${where} is not allowed`;
    case 'maxProperties':
      return `${where} takes no fields in this DSL version`;
    case 'minimum':
    case 'exclusiveMinimum':
      return `${where} must be at least ${String(p.limit)}`;
    case 'maximum':
    case 'exclusiveMaximum':
      return `${where} must be at most ${String(p.limit)}`;
    case 'minLength':
      return p.limit === 1
        ? `${where} must not be empty`
        : `${where} ${err.message ?? 'is too short'}`;
    case 'minProperties':
      return `${where} must not be empty`;
    default:
      return `${where} ${err.message ?? 'is invalid'}`;
  }
}

/** True when the schema keeps `key` only to refuse it (`{ not: {} }`: a removed construct). */
export function isRemovedProperty(parent: Record<string, unknown>, key: string): boolean {
  const sub = (parent.properties as Record<string, Record<string, unknown>>)[key];
  return Boolean(sub && 'not' in sub);
}

function describeType(type: unknown): string {
  const names: Record<string, string> = {
    object: 'a mapping',
    array: 'a list',
    string: 'a string',
    integer: 'an integer',
    number: 'a number',
    boolean: 'true or false',
    null: 'empty',
  };
  const list = Array.isArray(type) ? type : [type];
  return list.map((t) => names[String(t)] ?? String(t)).join(' or ');
}
