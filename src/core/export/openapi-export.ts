/** `--to openapi`: the per-journey OpenAPI 3.1 document of openapi-export.md, as YAML. */
import { unparseable, type Exporter } from './exporter';
import type { Analysis } from '../validate/validate';
import { journeyJs, journeyName, strAt, type JsonObject } from './journey-data';
import { apiPathsAndSchemas } from './openapi/api-paths';
import { journeyPathsAndSchemas } from './openapi/journey-paths';
import { lintReady, replaceInvalidSchemas } from './openapi/lint-ready';
import { toYamlText } from './yaml-text';

/** The OpenAPI document as data (tests validate it against the official schema). */
export function openApiDocument(analysis: Analysis): JsonObject {
  return openApiExport(analysis).doc;
}

/** The document, and the journey schemas it could not copy because they are not valid JSON Schema. */
export function openApiExport(analysis: Analysis): { doc: JsonObject; replaced: string[] } {
  const doc = buildDocument(analysis);
  return { doc, replaced: replaceInvalidSchemas(doc) };
}

function buildDocument(analysis: Analysis): JsonObject {
  const data = journeyJs(analysis);
  const name = journeyName(analysis);
  const isApi = analysis.model.kind === 'Api';
  const title = `JourneyForge – ${name}${isApi ? ' (Api)' : ''}`;
  const { paths, schemas, securitySchemes } = isApi
    ? apiPathsAndSchemas(analysis, data, name)
    : journeyPathsAndSchemas(analysis, data, name);
  const description = strAt(data, 'metadata', 'description') ?? title;
  return lintReady({
    openapi: '3.1.0',
    info: {
      title,
      version: analysis.model.version?.value ?? '0.0.0',
      description: strAt(data, 'metadata', 'description') ?? title,
    },
    servers: [{ url: '/api/v1' }],
    tags: [{ name }],
    paths,
    components: Object.keys(securitySchemes).length ? { schemas, securitySchemes } : { schemas },
  }, description);
}

export const openApiExporter: Exporter = {
  id: 'openapi',
  title: 'OpenAPI 3.1 (HTTP contract)',
  extension: '.openapi.yaml',
  mediaType: 'application/yaml',
  run(analysis) {
    const problem = unparseable(analysis);
    if (problem) return { ok: false, message: problem };
    if (!analysis.model.kind) return { ok: false, message: "kind must be 'Journey' or 'Api' to export an HTTP contract" };
    const { doc, replaced } = openApiExport(analysis);
    return { ok: true, text: toYamlText(doc), warnings: replaced.map((r) => `invalid schema left out (open schema written instead): ${r}`) };
  },
};
