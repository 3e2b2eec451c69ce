/**
 * The editor's OpenAPI documents: found by file name (the browser has no
 * directories), and checked by the same rule as the CLI, with the same findings.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  findOperation,
  isOpenApiText,
  libraryResolver,
  openApiRefsOf,
  refFileName,
  withApiDocument,
  type ApiDocument,
} from '../../src/editor/files/api-library';
import { analyzeForEditor } from '../../src/editor/analysis';
import { openApiFiles } from '../../src/cli/openapi-resolver';
import { locate } from '../../src/core/diagnostics';
import { analyze } from '../../src/core/validate/validate';
import { corpus, EXAMPLES_DIR } from '../support/corpus';

const APIS_DIR = join(EXAMPLES_DIR, 'apis');
const library: ApiDocument[] = readdirSync(APIS_DIR).map((name) => ({ name, text: readFileSync(join(APIS_DIR, name), 'utf8') }));
const BINDING = new Set(['CAT-003', 'CAT-004', 'TASK-HTTP-007', 'OPENAPI-001']);

describe('api library', () => {
  it('tells an OpenAPI document from a journey', () => {
    expect(library.every((d) => isOpenApiText(d.text))).toBe(true);
    expect(isOpenApiText('{ "openapi": "3.1.0", "paths": {} }')).toBe(true);
    expect(isOpenApiText('{\n  "info": { "title": "x" },\n  "openapi": "3.0.3"\n}')).toBe(true);
    expect(isOpenApiText('# users\nopenapi: 3.1.0\n')).toBe(true);
    expect(isOpenApiText('{ "apiVersion": "v1", "kind": "Journey", "spec": { "apis": { "u": { "openApiRef": "u.yaml" } } } }')).toBe(false);
    expect(corpus().some((f) => isOpenApiText(f.text))).toBe(false);
  });

  it('names the file a ref points at', () => {
    expect(refFileName('apis/users.openapi.yaml')).toBe('users.openapi.yaml');
    expect(refFileName('../x/users.openapi.yaml#/paths')).toBe('users.openapi.yaml');
    expect(refFileName('users.openapi.yaml')).toBe('users.openapi.yaml');
  });

  it('finds a document by file name; one not open is no finding, a remote one is', () => {
    const resolve = libraryResolver(library);
    const found = resolve('apis/billing.openapi.yaml');
    expect(found?.ok && [...found.operations.keys()]).toContain('sendInvoiceReminder');
    expect(resolve('apis/nowhere.openapi.yaml')).toBeUndefined();
    expect(resolve('https://example.com/users.openapi.yaml')).toEqual({ ok: false, reason: 'remote documents are not fetched' });
  });

  it('replaces a document of the same name rather than keeping two', () => {
    const next = withApiDocument(library, { name: 'users.openapi.yaml', text: 'openapi: 3.1.0\npaths: {}\n' });
    expect(next.filter((d) => d.name === 'users.openapi.yaml')).toHaveLength(1);
    const found = libraryResolver(next)('apis/users.openapi.yaml');
    expect(found?.ok && found.operations.size).toBe(0);
  });

  it("reads a journey's openApiRefs by API name", () => {
    const compensation = corpus().find((f) => f.name === 'http-compensation')!;
    expect([...openApiRefsOf(compensation.text)]).toEqual([
      ['billing', 'apis/billing.openapi.yaml'],
      ['inventory', 'apis/inventory.openapi.yaml'],
    ]);
  });

  it('gives the editor the findings the CLI gives, example by example', () => {
    const cli = openApiFiles(process.cwd());
    let findings = 0;
    for (const f of corpus()) {
      // Only where the editor holds every document the journey names (the CLI finds the same ones by walking up).
      const names = [...openApiRefsOf(f.text).values()].map(refFileName);
      if (!names.every((n) => library.some((d) => d.name === n))) continue;
      const editor = analyzeForEditor(f.text, f.rel, undefined, libraryResolver(library))
        .diagnostics.filter((d) => BINDING.has(d.code))
        .map((d) => `${d.code}@${d.line}:${d.column}`);
      const reference = analyze(f.text, f.path, { openApi: cli.forJourney(f.path) });
      const expected = reference.diagnostics
        .filter((d) => BINDING.has(d.code))
        .map((d) => locate(d, reference.source.lines))
        .map((d) => `${d.code}@${d.line}:${d.column}`);
      expect(editor, f.rel).toEqual(expected);
      findings += editor.length;
    }
    // docs/openapi-findings.md: eight CAT-003 errors in the corpus.
    expect(findings).toBe(8);
  });
});

describe('findOperation', () => {
  it('names the method, path and required parameters an operationRef calls', () => {
    const refs = new Map([['users', 'apis/users.openapi.yaml']]);
    const op = findOperation(refs, library, 'users.getUserById');
    expect(op && { method: op.method, path: op.path, required: op.required, file: op.file }).toEqual({
      method: 'GET',
      path: '/users/{userId}',
      required: [{ in: 'path', name: 'userId' }],
      file: 'users.openapi.yaml',
    });
    expect(findOperation(refs, library, 'users.nope')).toBeUndefined();
    expect(findOperation(refs, [], 'users.getUserById')).toBeUndefined();
    expect(findOperation(refs, library, 'billing.sendInvoiceReminder')).toBeUndefined(); // billing is not declared
  });
});
