/**
 * Resolving `operationRef: <api>.<operationId>` against the journey's API
 * catalog (`spec.apis.<api>.openApiRef`): method and URL from the OpenAPI
 * document's paths and first server. Pure; documents are handed in as text.
 */
import { parse as parseYaml } from 'yaml';
import { isObject, toJson, type JsonObject } from './json';

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];

/** `api.operationId` → `{ method, url }` for every operation of every readable catalog document. */
export function operationCatalog(
  spec: JsonObject,
  documents: Readonly<Record<string, string>>,
): Map<string, JsonObject> {
  const out = new Map<string, JsonObject>();
  const apis = isObject(spec.apis) ? spec.apis : {};
  for (const [api, def] of Object.entries(apis)) {
    const ref = isObject(def) && typeof def.openApiRef === 'string' ? def.openApiRef : undefined;
    const text = ref !== undefined ? documents[ref] : undefined;
    if (text === undefined) continue;
    let doc: JsonObject;
    try {
      const parsed = toJson(parseYaml(text, { maxAliasCount: 100, logLevel: 'error' }));
      if (!isObject(parsed)) continue;
      doc = parsed;
    } catch {
      continue; // an unreadable catalog leaves operationRef calls to the mocks, as without a catalog
    }
    const servers = Array.isArray(doc.servers) ? doc.servers : [];
    const base =
      isObject(servers[0]) && typeof servers[0].url === 'string'
        ? servers[0].url.replace(/\/$/, '')
        : '';
    for (const [path, item] of Object.entries(isObject(doc.paths) ? doc.paths : {})) {
      if (!isObject(item)) continue;
      for (const m of METHODS) {
        const op = item[m];
        if (isObject(op) && typeof op.operationId === 'string')
          out.set(`${api}.${op.operationId}`, { method: m.toUpperCase(), url: base + path });
      }
    }
  }
  return out;
}
