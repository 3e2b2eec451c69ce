/** Every generated OpenAPI 3.1 / Arazzo 1.0 document of the 46 examples validates against the official JSON Schemas. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { analyze } from '../../../src/core/validate/validate';
import { exporterFor } from '../../../src/core/export/registry';
import { corpus } from '../../support/corpus';

const SCHEMAS = join(import.meta.dirname, '..', '..', 'fixtures', 'schemas');
// Ajv mis-resolves `$dynamicRef: "#meta"` (see test/fixtures/schemas/README.md); a plain $ref means the same here.
const load = (rel: string): object =>
  JSON.parse(readFileSync(join(SCHEMAS, rel), 'utf8').replaceAll('"$dynamicRef": "#meta"', '"$ref": "#/$defs/schema"')) as object;

function validator(main: string, extra: string[] = []) {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  addFormats(ajv);
  ajv.addFormat('media-range', true); // Arazzo's contentType format; not in ajv-formats
  for (const rel of extra) ajv.addSchema(load(rel));
  return ajv.compile(load(main));
}

const FIXTURES = join(import.meta.dirname, 'fixtures');
// The 46 examples plus our own fixtures for what they lack (kind: Api auth statuses, async steps, hostile ids).
const files = [
  ...corpus(),
  ...readdirSync(FIXTURES)
    .filter((n) => n.endsWith('.journey.yaml'))
    .map((n) => ({ rel: `fixtures/${n}`, path: join(FIXTURES, n), text: readFileSync(join(FIXTURES, n), 'utf8') })),
];
// Schema Objects are checked separately against the JSON Schema 2020-12 meta-schema.
const openapi = validator('openapi-3.1/schema.json');
const metaAjv = new Ajv2020({ strict: false });
const arazzo = validator('arazzo-1.0/schema.json');

describe('generated OpenAPI documents', () => {
  it.each(files.map((f) => [f.rel, f] as const))('%s is valid OpenAPI 3.1', (_rel, file) => {
    const result = exporterFor('openapi')!.run(analyze(file.text, file.path));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const doc: unknown = parse(result.text);
    const valid = openapi(doc);
    expect(openapi.errors ?? [], JSON.stringify(openapi.errors?.slice(0, 3))).toEqual([]);
    expect(valid).toBe(true);
    const components = (doc as { components: { schemas: Record<string, object> } }).components.schemas;
    for (const [name, schema] of Object.entries(components)) {
      expect(metaAjv.validateSchema(schema), `${name}: ${metaAjv.errorsText()}`).toBe(true);
    }
  });
});

describe('generated Arazzo documents', () => {
  const journeys = files.filter((f) => /^kind:\s*Journey\s*$/m.test(f.text));
  it('covers every kind: Journey example', () => {
    expect(journeys.length).toBeGreaterThan(46);
  });
  it.each(journeys.map((f) => [f.rel, f] as const))('%s is valid Arazzo 1.0', (_rel, file) => {
    const result = exporterFor('arazzo')!.run(analyze(file.text, file.path));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const valid = arazzo(parse(result.text));
    expect(arazzo.errors ?? [], JSON.stringify(arazzo.errors?.slice(0, 3))).toEqual([]);
    expect(valid).toBe(true);
  });
});

describe('the validators catch broken documents', () => {
  it('rejects an OpenAPI document without info', () => {
    expect(openapi({ openapi: '3.1.0', paths: {} })).toBe(false);
  });
  it('rejects an Arazzo step that calls nothing', () => {
    const doc = {
      arazzo: '1.0.1',
      info: { title: 't', version: '1' },
      sourceDescriptions: [{ name: 's', url: 's.yaml' }],
      workflows: [{ workflowId: 'w', steps: [{ stepId: 'x' }] }],
    };
    expect(arazzo(doc)).toBe(false);
  });
});
