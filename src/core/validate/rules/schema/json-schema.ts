/**
 * FMT-009 and the shape rules encoded in the DSL JSON Schema: validates the
 * document with ajv and maps each failure, via the schema's `x-rule`
 * annotations, to the catalog id (TOP-017 unknown root key, TOP-018 unknown spec
 * block, STATE-008 unknown state key, DEF-001 …). Codes that a dedicated rule
 * reports are dropped here so nothing is reported twice.
 */
import type { ErrorObject } from 'ajv/dist/2020';
import {
  annotationFor,
  journeySchema,
  journeyValidator,
  schemaTrail,
  type Annotation,
} from '../../../schema/journey-schema';
import { pointerSegments } from '../../../schema/node-at';
import { isRemovedProperty, locateSchemaError, schemaErrorMessage } from '../../../schema/ajv-errors';
import { ruleSeverity } from '../../../schema/rule-severity';
import { str, child } from '../../../yaml-nodes';
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
    const located = locateSchemaError(ctx.model.root, err);
    const key = `${code}|${located.path}|${err.keyword === 'additionalProperties' ? 'a' : 'v'}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const { severity, style } = ruleSeverity(code);
    const rename = err.keyword === 'additionalProperties' ? renameFix(err, located) : undefined;
    const message =
      schemaErrorMessage(err, located.path, located.prop) +
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

/** For an unknown key close to a documented one (`statse`), a fix renaming it. */
function renameFix(err: ErrorObject, at: { span: { start: number; end: number }; prop?: string }) {
  const parent = (err.parentSchema ?? {}) as Record<string, unknown>;
  const props = (parent.properties as Record<string, unknown> | undefined) ?? {};
  const present = new Set(Object.keys((err.data as object | null) ?? {}));
  const candidates = Object.keys(props).filter((k) => !isRemovedProperty(parent, k) && !present.has(k));
  const to = at.prop === undefined ? undefined : closest(at.prop, candidates);
  if (!to || at.span.end <= at.span.start) return undefined;
  return {
    to,
    fix: { title: `Rename '${at.prop}' to '${to}'`, edits: [{ span: at.span, text: to }] },
  };
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
