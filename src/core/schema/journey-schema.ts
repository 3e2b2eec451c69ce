/**
 * The DSL JSON Schema (`schema/journey.schema.json`) compiled once, lazily, with
 * ajv 2020-12. Subschemas carry an `x-rule` annotation naming the catalog rule a
 * failure maps to: a string, or a map keyword → id (`required:<prop>` for one
 * property; `-` = reported elsewhere).
 */
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import schemaJson from '../../../schema/journey.schema.json';

/** The DSL JSON Schema document (draft 2020-12). */
export const journeySchema: Record<string, unknown> = schemaJson as Record<string, unknown>;

let compiled: ValidateFunction | undefined;

/** The compiled validator for whole journey documents (compiled on first use). */
export function journeyValidator(): ValidateFunction {
  if (!compiled) {
    const ajv = new Ajv2020({
      allErrors: true,
      verbose: true,
      strict: false,
      validateSchema: false,
    });
    ajv.addKeyword({ keyword: 'x-rule', schemaType: ['string', 'object'] });
    compiled = ajv.compile(journeySchema);
  }
  return compiled;
}

export type Annotation = string | Record<string, string> | undefined;
type SchemaNode = Record<string, unknown>;

/** The rule id an annotation gives for a failed keyword, if it names one; pure. */
export function annotationFor(ann: Annotation, err: ErrorObject): string | undefined {
  if (!ann) return undefined;
  if (typeof ann === 'string') return ann;
  const missing = (err.params as { missingProperty?: string }).missingProperty;
  if (missing && ann[`${err.keyword}:${missing}`]) return ann[`${err.keyword}:${missing}`];
  return ann[err.keyword] ?? ann['*'];
}

function deref(node: unknown): SchemaNode | undefined {
  if (!node || typeof node !== 'object') return undefined;
  const n = node as SchemaNode;
  const ref = n.$ref;
  if (typeof ref === 'string' && ref.startsWith('#/$defs/')) {
    const target = (journeySchema.$defs as Record<string, SchemaNode>)[ref.slice(8)];
    if (!target) return n;
    return n['x-rule'] === undefined
      ? target
      : {
          ...target,
          'x-rule': mergeAnnotations(target['x-rule'] as Annotation, n['x-rule'] as Annotation),
        };
  }
  return n;
}

/** The reference site's annotation wins, except where the definition names a specific keyword. */
function mergeAnnotations(def: Annotation, site: Annotation): Annotation {
  if (def && typeof def === 'object' && typeof site === 'string') return { ...def, '*': site };
  return site;
}

export interface SchemaTrail {
  /** The most specific string-valued (or `*`) annotation on the way down. */
  inherited?: string;
  /** The annotation of the schema at the end of the path, reference-site annotations applied. */
  here?: Annotation;
  /** True when the path passes through a state (`$defs/state`): other rules own those shapes. */
  inState: boolean;
}

const stateDef = (): unknown => (journeySchema.$defs as Record<string, unknown>).state;

/** Walks the schema along instance path segments, collecting the inherited annotation; pure. */
export function schemaTrail(segments: readonly string[]): SchemaTrail {
  let node = deref(journeySchema);
  let inherited: string | undefined;
  let inState = false;
  let here: Annotation;
  for (const seg of segments) {
    if (!node) break;
    let next: unknown;
    const props = node.properties as Record<string, unknown> | undefined;
    if (props && Object.prototype.hasOwnProperty.call(props, seg)) next = props[seg];
    else if (node.items && /^\d+$/.test(seg)) next = node.items;
    else if (node.additionalProperties && typeof node.additionalProperties === 'object')
      next = node.additionalProperties;
    const raw = next as SchemaNode | undefined;
    if (raw?.$ref === '#/$defs/state' || next === stateDef()) inState = true;
    node = deref(next);
    const ann = node?.['x-rule'] as Annotation;
    here = ann;
    if (typeof ann === 'string') inherited = ann;
    else if (ann && ann['*']) inherited = ann['*'];
  }
  return {
    inherited,
    here: segments.length ? here : (journeySchema['x-rule'] as Annotation),
    inState,
  };
}
