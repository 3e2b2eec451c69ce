/**
 * Our OpenAPI / Arazzo exports compared structurally with the upstream reference
 * exports beside the examples (`*.openapi.yaml`, `*.arazzo.yaml`). Every
 * difference must be one we keep on purpose (support/kept-differences.ts),
 * and each kept difference is justified in docs/exports.md.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { arazzoDocument } from '../../../src/core/export/arazzo-export';
import { openApiDocument } from '../../../src/core/export/openapi-export';
import { analyze } from '../../../src/core/validate/validate';
import { corpus } from '../../support/corpus';
import { KEPT_DIFFERENCES, type DiffContext } from './support/kept-differences';
import { ARAZZO_KEPT_DIFFERENCES } from './support/kept-arazzo-differences';
import { compareArazzo, compareOpenApi } from './support/structure';

const DOCS = readFileSync(join(import.meta.dirname, '..', '..', '..', 'docs', 'exports.md'), 'utf8');

type Obj = Record<string, unknown>;
const pairs = (ext: string) =>
  corpus()
    .map((f) => ({ file: f, refPath: f.path.replace(/\.journey\.ya?ml$/, `.${ext}.yaml`) }))
    .filter((p) => existsSync(p.refPath));

function unexplained(diffs: string[], ctx: DiffContext, kept: typeof KEPT_DIFFERENCES, used: Set<string>): string[] {
  return diffs.filter((d) => {
    const entry = kept.find((k) => k.explains(d, ctx));
    if (entry) used.add(entry.id);
    return !entry;
  });
}

describe.each([
  { ext: 'openapi', kept: KEPT_DIFFERENCES, build: openApiDocument, compare: compareOpenApi },
  { ext: 'arazzo', kept: ARAZZO_KEPT_DIFFERENCES, build: arazzoDocument, compare: compareArazzo },
])('$ext exports against the upstream references', ({ ext, kept, build, compare }) => {
  const used = new Set<string>();
  const list = pairs(ext);

  it('finds the reference exports', () => {
    expect(list.length).toBeGreaterThan(ext === 'openapi' ? 38 : 37);
  });

  it.each(list.map((p) => [p.file.rel, p] as const))('%s differs only where documented', (_rel, { file, refPath }) => {
    const analysis = analyze(file.text, file.path);
    const reference = parse(readFileSync(refPath, 'utf8')) as Obj;
    const diffs = compare(reference, build(analysis));
    expect(unexplained(diffs, { analysis }, kept, used)).toEqual([]);
  });

  it('lists every kept difference in docs/exports.md, and keeps none that nothing needs', () => {
    for (const k of kept) {
      expect(DOCS, `${k.id} must be justified in docs/exports.md`).toContain(k.id);
      expect(used, `${k.id} explains no difference any more; drop it`).toContain(k.id);
    }
  });
});
