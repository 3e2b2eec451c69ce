/**
 * The OpenAPI documents the editor holds (the ones a person opened, and the
 * ones an example brings): the browser has no file system, so a journey's
 * `openApiRef` names a document by its file name. With them the editor checks
 * operationRefs as the CLI does (CAT-003/004, TASK-HTTP-007), by the same rule.
 * Pure, DOM-free: the analysis worker uses it too.
 */
import {
  openApiLookupFromText,
  type OpenApiLookup,
  type OpenApiOperation,
  type OpenApiResolver,
} from '../../core/openapi-lookup';
import { parseSource } from '../../core/source';
import { child, childAt, entries, str, type AnyNode } from '../../core/yaml-nodes';

export interface ApiDocument {
  /** The file name it was opened under (`users.openapi.yaml`). */
  name: string;
  text: string;
}

/** True when the text is an OpenAPI (or Swagger) document rather than a journey. */
export function isOpenApiText(text: string): boolean {
  // A top-level key: unindented in YAML; in JSON any `"openapi": "3…"` (a journey has no such key).
  if (text.trimStart().startsWith('{')) return /"(openapi|swagger)"\s*:\s*"/.test(text);
  return /^(openapi|swagger)\s*:/m.test(text);
}

/** The file name an `openApiRef` points at: its last path segment, without a `#fragment`. */
export function refFileName(ref: string): string {
  const path = ref.split('#')[0]!.trim();
  return path.slice(path.lastIndexOf('/') + 1);
}

/** The library with `doc` added; one of the same name is replaced. */
export function withApiDocument(docs: readonly ApiDocument[], doc: ApiDocument): ApiDocument[] {
  return [...docs.filter((d) => d.name !== doc.name), doc];
}

const lookups = new Map<string, { text: string; lookup: OpenApiLookup }>();

/** The operations of a library document, parsed once per text. */
export function lookupOf(doc: ApiDocument): OpenApiLookup {
  const hit = lookups.get(doc.name);
  if (hit?.text === doc.text) return hit.lookup;
  const lookup = openApiLookupFromText(doc.text, doc.name);
  lookups.set(doc.name, { text: doc.text, lookup });
  return lookup;
}

/**
 * Finds each `openApiRef` among the library's documents by file name. A document that is
 * not open is `undefined` (not a problem of the journey: the inspector says how to add it).
 */
export function libraryResolver(docs: readonly ApiDocument[]): OpenApiResolver {
  return (rawRef) => {
    const ref = rawRef.trim();
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(ref)) return { ok: false, reason: 'remote documents are not fetched' };
    const name = refFileName(ref);
    if (!name) return { ok: false, reason: 'the reference names no file' };
    const doc = docs.find((d) => d.name === name);
    return doc && lookupOf(doc);
  };
}

/** The `openApiRef` of each API a journey declares (`spec.apis.<name>.openApiRef`), by API name. */
export function openApiRefsOf(journeyText: string): Map<string, string> {
  return openApiRefsIn(parseSource(journeyText).root);
}

/** Same as `openApiRefsOf`, from an already parsed journey's root mapping. */
export function openApiRefsIn(root: AnyNode): Map<string, string> {
  const refs = new Map<string, string>();
  for (const { key, value } of entries(childAt(root, 'spec.apis'))) {
    const ref = str(child(value, 'openApiRef'))?.trim();
    if (ref) refs.set(key, ref);
  }
  return refs;
}

/** The operation an `operationRef` (`<api>.<operationId>`) names, when the API's document is in `docs`. */
export function findOperation(
  refs: ReadonlyMap<string, string>,
  docs: readonly ApiDocument[],
  operationRef: string,
): (OpenApiOperation & { file: string }) | undefined {
  const dot = operationRef.indexOf('.');
  const ref = dot > 0 ? refs.get(operationRef.slice(0, dot)) : undefined;
  const found = ref ? libraryResolver(docs)(ref) : undefined;
  const op = found?.ok ? found.operations.get(operationRef.slice(dot + 1)) : undefined;
  return op && found?.ok ? { ...op, file: found.file } : undefined;
}
