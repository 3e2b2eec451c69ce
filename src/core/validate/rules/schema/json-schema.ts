/**
 * FMT-009 and the shape rules encoded in the DSL JSON Schema: validates the
 * document with ajv and maps each failure, via the schema's `x-rule`
 * annotations, to the catalog id (TOP-017 unknown root key, TOP-018 unknown spec
 * block, STATE-008 unknown state key, DEF-001 …). Codes that a dedicated rule
 * reports are dropped here so nothing is reported twice.
 */
import type { ErrorObject } from 'ajv/dist/2020';
import { isCollection, isMap } from 'yaml';
import {
  annotationFor,
  journeySchema,
  journeyValidator,
  schemaTrail,
  type Annotation,
} from '../../../schema/journey-schema';
import { hitSpan, keyNodeOf, nodeAt, pointerSegments } from '../../../schema/node-at';
import { ruleSeverity } from '../../../schema/rule-severity';
import { joinPath, spanOf, str, child } from '../../../yaml-nodes';
import type { Rule, RuleContext } from '../../rule';
import { closest } from '../structure/util';
import { plainData } from '../structure/node-index';

/** The ids the schema can raise inside a state; when all are claimed, state bodies are not converted. */
const STATE_CODES = ['STATE-001', 'STATE-002', 'STATE-008'];

/** Every id the schema's annotations can produce, plus the FMT-009 fallback. */
export const schemaCodes: readonly string[] = collectCodes();

/** Builds the schema rule; `claimed()` gives ids already reported by dedicated rules. */
export function createJsonSchemaRule(claimed: () => ReadonlySet<string>): Rule {
  return {
    name: 'json-schema',
    codes: schemaCodes,
    check(ctx) {
      const { source, model } = ctx;
      if (!source.doc || !model.root) return;
      // A MetadataLimits document has its own shape (LIM-*), not the journey schema.
      if (str(child(model.root, 'kind')) === 'MetadataLimits') return;
      // When the state rules run, they own state shapes: skip converting state bodies.
      const data = plainData(
        source,
        STATE_CODES.every((c) => claimed().has(c)),
      );
      const validate = journeyValidator();
      if (validate(data) || !validate.errors) return;
      report(ctx, validate.errors, claimed());
    },
  };
}

function report(
  ctx: RuleContext,
  errors: readonly ErrorObject[],
  claimed: ReadonlySet<string>,
): void {
  const seen = new Set<string>();
  // Branch failures of an anyOf come after the umbrella error so the clearer message wins.
  const ordered = [...errors].sort(
    (a, b) => Number(a.schemaPath.includes('/anyOf/')) - Number(b.schemaPath.includes('/anyOf/')),
  );
  for (const err of ordered) {
    // The umbrella propertyNames error repeats its inner failure without the key.
    if (err.keyword === 'propertyNames') continue;
    // An empty string already fails minLength; its pattern failure would say the same twice.
    if (err.keyword === 'pattern' && err.data === '') continue;
    const code = codeFor(err);
    if (!code || code === '-' || claimed.has(code)) continue;
    const located = locate(ctx, err);
    const key = `${code}|${located.path}|${err.keyword === 'additionalProperties' ? 'a' : 'v'}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const { severity, style } = ruleSeverity(code);
    const rename = err.keyword === 'additionalProperties' ? renameFix(err, located) : undefined;
    const message =
      messageFor(err, located.path, located.prop) +
      (rename ? `; did you mean '${rename.to}'?` : '');
    const extra = { ...(style ? { style } : {}), ...(rename ? { fix: rename.fix } : {}) };
    ctx.add(code, severity, message, located, Object.keys(extra).length ? extra : undefined);
  }
}

function codeFor(err: ErrorObject): string | undefined {
  const parent = err.parentSchema as Record<string, unknown> | undefined;
  const ownAnn = annotationFor(parent?.['x-rule'] as Annotation, err);
  const trail = schemaTrail(pointerSegments(err.instancePath));
  // A key-name failure belongs to the propertyNames schema, not to the value at that key.
  if ((err as { propertyName?: string }).propertyName !== undefined && ownAnn) return ownAnn;
  // The schema at the instance, with the annotation of the $ref site that led there (ajv only knows the target's).
  const here = annotationFor(trail.here, err);
  if (here) return here;
  if (ownAnn) return ownAnn;
  // Inside states only annotated failures count: the state rules own those shapes.
  if (trail.inState) return undefined;
  return trail.inherited ?? 'FMT-009';
}

function locate(
  ctx: RuleContext,
  err: ErrorObject,
): { span: { start: number; end: number }; path: string; prop?: string } {
  const root = ctx.model.root;
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

function messageFor(err: ErrorObject, path: string, prop: string | undefined): string {
  const where = path ? `'${path}'` : 'the document root';
  const parent = (err.parentSchema ?? {}) as Record<string, unknown>;
  const p = err.params as Record<string, unknown>;
  const own = parent['x-message'];
  if (typeof own === 'string')
    return prop !== undefined ? `Key '${prop}': ${own}` : `${where} ${own}`;
  switch (err.keyword) {
    case 'additionalProperties': {
      const allowed = Object.keys((parent.properties as object | undefined) ?? {}).filter(
        (k) => !isRemoved(parent, k),
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

/** For an unknown key close to a documented one (`statse`), a fix renaming it. */
function renameFix(err: ErrorObject, at: { span: { start: number; end: number }; prop?: string }) {
  const parent = (err.parentSchema ?? {}) as Record<string, unknown>;
  const props = (parent.properties as Record<string, unknown> | undefined) ?? {};
  const present = new Set(Object.keys((err.data as object | null) ?? {}));
  const candidates = Object.keys(props).filter((k) => !isRemoved(parent, k) && !present.has(k));
  const to = at.prop === undefined ? undefined : closest(at.prop, candidates);
  if (!to || at.span.end <= at.span.start) return undefined;
  return {
    to,
    fix: { title: `Rename '${at.prop}' to '${to}'`, edits: [{ span: at.span, text: to }] },
  };
}

function isRemoved(parent: Record<string, unknown>, key: string): boolean {
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

function collectCodes(): string[] {
  const codes = new Set<string>(['FMT-009', 'TOP-017']);
  const visit = (n: unknown): void => {
    if (!n || typeof n !== 'object') return;
    for (const [k, v] of Object.entries(n as Record<string, unknown>)) {
      if (k === 'x-rule') {
        for (const c of typeof v === 'string' ? [v] : Object.values(v as Record<string, string>))
          if (c !== '-') codes.add(c);
      } else visit(v);
    }
  };
  visit(journeySchema);
  return [...codes].sort();
}
