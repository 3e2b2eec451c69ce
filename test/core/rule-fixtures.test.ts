/**
 * One walker for every rule family's fixtures (test/fixtures/rules/<family>/<case>/):
 * `journey.yaml` must produce exactly the `expected.json` findings
 * (`[{code, line}]`) among its error/warning diagnostics of that family.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locate } from '../../src/core/diagnostics';
import { analyze } from '../../src/core/validate/validate';

const root = join(import.meta.dirname, '..', 'fixtures', 'rules');

interface Expected {
  code: string;
  line: number;
}

const cases: { family: string; name: string; dir: string }[] = [];
if (existsSync(root)) {
  for (const family of readdirSync(root).sort()) {
    for (const name of readdirSync(join(root, family)).sort()) {
      const dir = join(root, family, name);
      if (existsSync(join(dir, 'journey.yaml')) && existsSync(join(dir, 'expected.json'))) cases.push({ family, name, dir });
    }
  }
}

/** `TASK-HTTP-006` belongs to family `task-http`, not `task`. */
const familyOf = (code: string) => code.replace(/-\d+$/, '').toLowerCase();

describe('rule fixtures', () => {
  it('exist for the rule families', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  it.each(cases.map((c) => [`${c.family}/${c.name}`, c] as const))('%s', (_label, c) => {
    const text = readFileSync(join(c.dir, 'journey.yaml'), 'utf8');
    const expected = (JSON.parse(readFileSync(join(c.dir, 'expected.json'), 'utf8')) as Expected[])
      .map((e) => `${e.code}@${e.line}`)
      .sort();
    const families = new Set([c.family.toLowerCase(), ...expected.map((e) => familyOf(e.split('@')[0]))]);
    const analysis = analyze(text, `${c.name}.journey.yaml`);
    const actual = analysis.diagnostics
      .filter((d) => d.severity !== 'info' && families.has(familyOf(d.code)))
      .map((d) => `${d.code}@${locate(d, analysis.source.lines).line}`)
      .sort();
    expect([...new Set(actual)]).toEqual([...new Set(expected)]);
  });
});
