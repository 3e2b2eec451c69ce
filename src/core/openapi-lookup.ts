/**
 * The operations of a referenced OpenAPI document (dsl.md §11 "OpenAPI
 * operation binding"), for CAT-003/CAT-004/TASK-HTTP-007. The core reads no
 * files: a host (the CLI) finds and reads the document and hands the text to
 * `openApiLookupFromText`; rules see only the resulting `OpenApiLookup`. Pure.
 */
import { parse } from 'yaml';

export type OpenApiParamLocation = 'path' | 'query' | 'header';

export interface OpenApiParam {
  in: OpenApiParamLocation;
  name: string;
}

export interface OpenApiOperation {
  operationId: string;
  /** Upper case: `GET`, `POST` … */
  method: string;
  /** The path template (`/users/{userId}`). */
  path: string;
  /** Required path/query/header parameters (path-level merged with operation-level, `$ref`s resolved). */
  required: OpenApiParam[];
  /** The documented responses: status code (or `default`, `2XX`) and description; codes ascending, then the others. */
  responses: { status: string; description?: string }[];
}

/** What a host found for one `openApiRef`. */
export type OpenApiLookup =
  | { ok: true; /** Where the document was found (for messages). */ file: string; operations: ReadonlyMap<string, OpenApiOperation> }
  | { ok: false; /** Why the document could not be used (for an `info` note). */ reason: string };

/**
 * Resolves an `openApiRef` of the journey being analysed (relative to that journey; the host decides).
 * `undefined`: the host does not hold that document and has nothing to say about it (the editor,
 * for a document not opened in it): its operationRefs are quietly not checked.
 */
export type OpenApiResolver = (ref: string) => OpenApiLookup | undefined;

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
/** OpenAPI 3: header parameters with these names "SHALL be ignored" (set by accept/body/auth instead). */
const IGNORED_HEADERS = new Set(['accept', 'content-type', 'authorization']);

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Parses an OpenAPI document (YAML or JSON text) and indexes its operations; never throws. */
export function openApiLookupFromText(text: string, file: string): OpenApiLookup {
  let doc: unknown;
  try {
    doc = parse(text, { uniqueKeys: false, maxAliasCount: 1000 });
  } catch (err) {
    return { ok: false, reason: `${file} is not valid YAML/JSON (${err instanceof Error ? err.message.split('\n')[0] : String(err)})` };
  }
  return openApiLookupFromDocument(doc, file);
}

/** Indexes the operations of an already parsed OpenAPI (3.x or Swagger 2.0) document; never throws. */
export function openApiLookupFromDocument(doc: unknown, file: string): OpenApiLookup {
  if (!isObj(doc) || !(typeof doc.openapi === 'string' || typeof doc.swagger === 'string') || !isObj(doc.paths)) {
    return { ok: false, reason: `${file} is not an OpenAPI document (no 'openapi'/'swagger' version or no 'paths')` };
  }
  const operations = new Map<string, OpenApiOperation>();
  for (const [path, rawItem] of Object.entries(doc.paths)) {
    const item = deref(doc, rawItem);
    if (!isObj(item)) continue;
    const shared = paramsOf(doc, item.parameters);
    for (const method of METHODS) {
      const op = deref(doc, item[method]);
      if (!isObj(op) || typeof op.operationId !== 'string' || operations.has(op.operationId)) continue;
      // Operation-level parameters override path-level ones with the same location and name.
      const merged = new Map(shared);
      for (const [key, p] of paramsOf(doc, op.parameters)) merged.set(key, p);
      const required = [...merged.values()].filter((p) => p.required).map(({ in: where, name }) => ({ in: where, name }));
      const responses = Object.entries(isObj(op.responses) ? op.responses : {}).map(([status, raw]) => {
        const r = deref(doc, raw);
        return isObj(r) && typeof r.description === 'string' ? { status, description: r.description } : { status };
      });
      operations.set(op.operationId, { operationId: op.operationId, method: method.toUpperCase(), path, required, responses });
    }
  }
  return { ok: true, file, operations };
}

/** `in:name` → parameter, for the path/query/header parameters of a `parameters` list. */
function paramsOf(doc: Obj, list: unknown): Map<string, OpenApiParam & { required: boolean }> {
  const out = new Map<string, OpenApiParam & { required: boolean }>();
  if (!Array.isArray(list)) return out;
  for (const raw of list) {
    const p = deref(doc, raw);
    if (!isObj(p) || typeof p.name !== 'string') continue;
    const where = p.in;
    if (where !== 'path' && where !== 'query' && where !== 'header') continue;
    if (where === 'header' && IGNORED_HEADERS.has(p.name.toLowerCase())) continue;
    // OpenAPI: a path parameter is always required (the URL cannot be built without it).
    const required = where === 'path' || p.required === true;
    const name = where === 'header' ? p.name.toLowerCase() : p.name;
    out.set(`${where}:${name}`, { in: where, name: p.name, required });
  }
  return out;
}

/** Follows local `$ref`s (`#/components/parameters/x`) within the document; external refs give undefined. */
function deref(doc: Obj, value: unknown): unknown {
  let cur = value;
  for (let hops = 0; hops < 16 && isObj(cur) && typeof cur.$ref === 'string'; hops++) {
    const ref = cur.$ref;
    if (!ref.startsWith('#')) return undefined;
    cur = pointer(doc, ref.slice(1));
  }
  return isObj(cur) && typeof cur.$ref === 'string' ? undefined : cur;
}

/** RFC 6901 JSON pointer (`/components/parameters/userId`) into `doc`. */
function pointer(doc: Obj, ptr: string): unknown {
  if (ptr === '') return doc;
  let cur: unknown = doc;
  for (const raw of ptr.replace(/^\//, '').split('/')) {
    let part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    try {
      part = decodeURIComponent(part);
    } catch {
      // keep the undecoded segment
    }
    if (Array.isArray(cur)) cur = cur[Number(part)];
    else if (isObj(cur)) cur = Object.prototype.hasOwnProperty.call(cur, part) ? cur[part] : undefined;
    else return undefined;
  }
  return cur;
}
