/**
 * The last pass over an exported OpenAPI document, so that a client team's linters (Spectral's
 * `spectral:oas`, Redocly's `recommended`) find nothing to fix that the journey could have said:
 * an explicit `security: []` where no inbound auth applies, a 4xx answer on every operation, a
 * described tag, and no component schema that nothing references. Pure (mutates the fresh document).
 */
import { metaSchemaErrors } from '../../validate/rules/structure/sch-inline-schemas';
import { isObject, type JsonObject } from '../journey-data';

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace'];

/** Every operation of the document with its path. */
function operations(doc: JsonObject): Array<{ path: string; op: JsonObject }> {
  const out: Array<{ path: string; op: JsonObject }> = [];
  const paths = isObject(doc.paths) ? doc.paths : {};
  for (const [path, item] of Object.entries(paths)) {
    if (!isObject(item)) continue;
    for (const m of METHODS) if (isObject(item[m])) out.push({ path, op: item[m] as JsonObject });
  }
  return out;
}

/** The component schema names `value` references, transitively through `components.schemas`. */
function referencedSchemas(doc: JsonObject): Set<string> {
  const schemas = isObject(doc.components) && isObject(doc.components.schemas) ? doc.components.schemas : {};
  const used = new Set<string>();
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (isObject(v)) {
      for (const [k, x] of Object.entries(v)) {
        const m = k === '$ref' && typeof x === 'string' ? /^#\/components\/schemas\/(.+)$/.exec(x) : null;
        if (m && !used.has(m[1])) {
          used.add(m[1]);
          walk(schemas[m[1]]);
        } else walk(x);
      }
    }
  };
  walk(doc.paths);
  return used;
}

/** Makes the document lint-ready in place; `tagDescription` describes the journey's tag. */
export function lintReady(doc: JsonObject, tagDescription: string): JsonObject {
  for (const { op } of operations(doc)) {
    // No inbound auth task guards this operation: say so, rather than leave it to the reader.
    if (!Array.isArray(op.security)) op.security = [];
  }
  if (Array.isArray(doc.tags)) doc.tags = doc.tags.map((t) => (isObject(t) && typeof t.description !== 'string' ? { ...t, description: tagDescription } : t));
  if (isObject(doc.components) && isObject(doc.components.schemas)) {
    const used = referencedSchemas(doc);
    for (const name of Object.keys(doc.components.schemas)) if (!used.has(name)) delete doc.components.schemas[name];
  }
  return doc;
}

/** Where a schema of the document sits, for the warning. */
interface SchemaHome {
  at: string;
  holder: JsonObject;
  key: string;
}

function schemaHomes(doc: JsonObject): SchemaHome[] {
  const homes: SchemaHome[] = [];
  const schemas = isObject(doc.components) && isObject(doc.components.schemas) ? doc.components.schemas : {};
  for (const name of Object.keys(schemas)) homes.push({ at: `components.schemas.${name}`, holder: schemas, key: name });
  for (const { path, op } of operations(doc)) {
    const bodies: Array<[string, unknown]> = [['requestBody', op.requestBody]];
    if (isObject(op.responses)) for (const [status, r] of Object.entries(op.responses)) bodies.push([`responses.${status}`, r]);
    for (const [where, body] of bodies) {
      const content = isObject(body) && isObject(body.content) ? body.content : {};
      for (const [type, media] of Object.entries(content)) {
        if (isObject(media) && isObject(media.schema)) homes.push({ at: `${path} ${where} ${type}`, holder: media, key: 'schema' });
      }
    }
  }
  return homes;
}

/**
 * Replaces every schema of the document that is not a valid JSON Schema 2020-12 (the journey's own
 * inline schema had an error, SCH-001) by an open schema that says why, so the written document is
 * valid for every client tool; returns what was replaced, for the exporter's warning.
 */
export function replaceInvalidSchemas(doc: JsonObject): string[] {
  const replaced: string[] = [];
  for (const home of schemaHomes(doc)) {
    const schema = home.holder[home.key];
    const errors = metaSchemaErrors(schema);
    if (errors === null) continue;
    const why = errors.map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`.trim()).slice(0, 2).join('; ');
    home.holder[home.key] = { description: `Not exported: the journey's schema here is not a valid JSON Schema (${why}); fix it in the journey (SCH-001).` };
    replaced.push(`${home.at}: ${why}`);
  }
  return replaced;
}
