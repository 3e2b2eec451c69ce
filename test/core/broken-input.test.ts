/** Broken input gives diagnostics with a line and column — never a throw, a hang or a polluted prototype. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findExcessiveNesting } from '../../src/core/nesting-guard';
import { describe, expect, it } from 'vitest';
import { locate } from '../../src/core/diagnostics';
import { analyze } from '../../src/core/validate/validate';

const dir = join(import.meta.dirname, '..', 'fixtures', 'broken');
const read = (name: string) => readFileSync(join(dir, name), 'utf8');

function codesAt(text: string) {
  const a = analyze(text, 'x.journey.yaml');
  return a.diagnostics.map((d) => locate(d, a.source.lines));
}

describe('broken input', () => {
  it('not YAML: a YAML-001 error at the broken spot', () => {
    const found = codesAt(read('not-yaml.journey.yaml'));
    expect(found[0]).toMatchObject({ code: 'YAML-001', severity: 'error' });
    expect(found[0].line).toBeGreaterThanOrEqual(1);
  });

  it('a YAML list: says a journey is a mapping', () => {
    const found = codesAt(read('list.journey.yaml'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: 'YAML-002', line: 1, column: 1 });
    expect(found[0].message).toMatch(/list/);
  });

  it('an empty file: one YAML-002', () => {
    expect(codesAt(read('empty.journey.yaml')).map((d) => d.code)).toEqual(['YAML-002']);
  });

  it('a 10 MB file: refused by size without parsing', () => {
    const big = 'apiVersion: v1\n' + `# ${'x'.repeat(100)}\n`.repeat(100_000);
    expect(big.length).toBeGreaterThan(10_000_000);
    expect(codesAt(big).map((d) => d.code)).toEqual(['YAML-003']);
  });

  it('deeply nested junk: YAML-004 at the point it gets too deep', () => {
    const flow = 'spec: ' + '['.repeat(50_000) + ']'.repeat(50_000) + '\n';
    const found = codesAt(flow);
    expect(found.map((d) => d.code)).toEqual(['YAML-004']);
    expect(found[0]).toMatchObject({ line: 1, column: 7 + 128 });
    expect(codesAt('- '.repeat(40_000) + 'x\n').map((d) => d.code)).toEqual(['YAML-004']);
  });

  it('a stray quote in a plain or block scalar hides no later brackets from the pre-scan', () => {
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    const strays = [
      `metadata:\n  name: say "hi\nspec: ${deep}\n`,
      `metadata:\n  name: it's\nspec: ${deep}\n`,
      `spec:\n  expr: |\n    a "b\n  other: ${deep}\n`,
      `spec:\n  note: "open\n  x: ${deep}\n`,
    ];
    for (const text of strays) {
      // Refused by the linear pre-scan, before the parser would recurse into it.
      expect(findExcessiveNesting(text), text.slice(0, 40)).toBeDefined();
      expect(codesAt(text).map((d) => d.code)).toEqual(['YAML-004']);
    }
    // Brackets inside quoted scalars of real journeys are still text.
    expect(findExcessiveNesting(`a: "${'['.repeat(300)}"\nb: don't [x]\n`)).toBeUndefined();
  });

  it('__proto__ and constructor are plain state ids and never pollute prototypes', () => {
    const a = analyze(read('proto.journey.yaml'), 'proto.journey.yaml');
    expect(a.model.states.map((s) => s.id)).toEqual(['__proto__', 'constructor']);
    expect(a.model.top.states.get('__proto__')?.type).toBe('succeed');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('type');
  });

  it('duplicate keys: FMT-007 at the second key', () => {
    const found = codesAt(read('duplicate-keys.journey.yaml')).filter((d) => d.code === 'FMT-007');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', line: 11, column: 5 });
  });

  it('tabs: FMT-004 on the tab line', () => {
    const found = codesAt(read('tabs.journey.yaml'));
    expect(found.some((d) => d.code === 'FMT-004' && d.line === 4)).toBe(true);
  });
});
