/**
 * Dead-configuration and style findings are `info` (style ones also carry
 * `style: true`), so the editor can hide them by default; each fixture below has
 * no error/warning of its family but must show its info finding.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/core/validate/validate';

const root = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'rules');

const CASES: Array<[string, string, number, boolean]> = [
  ['top/journey-only-blocks-on-api', 'TOP-020', 2, false],
  ['exec/duration-above-upper-bound', 'EXEC-004', 1, false],
  ['outauth/default-never-applied', 'OUTAUTH-010', 1, false],
  ['map/unused-mapper', 'MAP-004', 1, false],
  ['err/unreferenced-normaliser', 'ERR-007', 1, false],
  ['fmt/style-only', 'FMT-006', 1, true],
  ['fmt/style-only', 'FMT-008', 2, true],
  ['fmt/style-only', 'FMT-005', 1, true],
];

describe('info findings of the structure rules', () => {
  it.each(CASES)('%s reports %s', (fixture, code, count, style) => {
    const text = readFileSync(join(root, fixture, 'journey.yaml'), 'utf8');
    const found = analyze(text, 'fixture.journey.yaml').diagnostics.filter((d) => d.code === code);
    expect(found).toHaveLength(count);
    for (const d of found) {
      expect(d.severity).toBe('info');
      expect(Boolean(d.style)).toBe(style);
    }
  });
});

describe('JSON journeys', () => {
  it('get no YAML layout/style findings and validate like the YAML form', () => {
    const yamlText = readFileSync(join(root, 'cat', 'clean', 'journey.yaml'), 'utf8');
    const json = JSON.stringify(parse(yamlText), null, 4);
    const found = analyze(json, 'clean.journey.json').diagnostics;
    expect(found.filter((d) => ['FMT-005', 'FMT-006', 'FMT-008'].includes(d.code))).toEqual([]);
    expect(found.filter((d) => d.severity === 'error').map((d) => d.code)).toEqual([]);
  });
});
