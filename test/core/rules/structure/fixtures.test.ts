/**
 * The structure families' fixtures (test/fixtures/rules/<family>/<case>/): each
 * `journey.yaml` produces exactly the `expected.json` findings (`[{code, line}]`)
 * among its error/warning diagnostics of that family.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/core/validate/validate';
import { STRUCTURE_FAMILIES } from './families';

const root = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'rules');
const familyOf = (code: string) => code.replace(/-\d+$/, '').toLowerCase();

const cases = STRUCTURE_FAMILIES.flatMap((family) => {
  const dir = join(root, family);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .filter((name) => existsSync(join(dir, name, 'journey.yaml')))
    .map((name) => ({ family, name, dir: join(dir, name) }));
});

describe('structure rule fixtures', () => {
  it('cover every structure family', () => {
    const covered = new Set(cases.map((c) => c.family));
    expect(STRUCTURE_FAMILIES.filter((f) => !covered.has(f))).toEqual([]);
  });

  it.each(cases.map((c) => [`${c.family}/${c.name}`, c] as const))('%s', (_label, c) => {
    const text = readFileSync(join(c.dir, 'journey.yaml'), 'utf8');
    const expected = (
      JSON.parse(readFileSync(join(c.dir, 'expected.json'), 'utf8')) as Array<{
        code: string;
        line: number;
      }>
    )
      .map((e) => `${e.code}@${e.line}`)
      .sort();
    const analysis = analyze(text, `${c.name}.journey.yaml`);
    const actual = analysis.diagnostics
      .filter((d) => d.severity !== 'info' && familyOf(d.code) === c.family)
      .map((d) => `${d.code}@${analysis.source.lines.positionAt(d.span.start).line}`)
      .sort();
    expect([...new Set(actual)]).toEqual([...new Set(expected)]);
    // A finding never breaks the file: the analysis of a fixture never reports an internal error.
    expect(analysis.diagnostics.filter((d) => d.code === 'CORE-001')).toEqual([]);
  });
});
