/**
 * Machine-applicable fixes of the structure rules: applying a fix's edits to the
 * fixture text removes that finding and keeps the file readable YAML.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Diagnostic, Fix } from '../../../../src/core/diagnostics';
import { analyze } from '../../../../src/core/validate/validate';
import { STRUCTURE_FAMILIES } from './families';

const root = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'rules');
const ours = (code: string) => STRUCTURE_FAMILIES.includes(code.replace(/-\d+$/, '').toLowerCase());

/** Applies all edits of a fix to the original text (edits never overlap). */
function applyFix(text: string, fix: Fix): string {
  return [...fix.edits]
    .sort((a, b) => b.span.start - a.span.start)
    .reduce((t, e) => t.slice(0, e.span.start) + e.text + t.slice(e.span.end), text);
}

const fixable: Array<{ label: string; text: string; d: Diagnostic }> = [];
for (const family of STRUCTURE_FAMILIES) {
  const dir = join(root, family);
  if (!existsSync(dir)) continue;
  for (const name of readdirSync(dir).sort()) {
    const file = join(dir, name, 'journey.yaml');
    if (!existsSync(file)) continue;
    const text = readFileSync(file, 'utf8');
    for (const d of analyze(text, `${name}.journey.yaml`).diagnostics) {
      if (d.fix && ours(d.code)) fixable.push({ label: `${family}/${name} ${d.code}`, text, d });
    }
  }
}

describe('structure fixes', () => {
  it('exist for the file-surface and reference findings', () => {
    const codes = new Set(fixable.map((f) => f.d.code));
    for (const code of [
      'FMT-003',
      'FMT-006',
      'FMT-008',
      'TOP-001',
      'TOP-005',
      'ACC-002',
      'MAP-002',
    ])
      expect(codes).toContain(code);
  });

  it.each(fixable.map((f) => [f.label, f] as const))('%s', (_label, { text, d }) => {
    const fixed = applyFix(text, d.fix!);
    expect(fixed).not.toBe(text);
    const after = analyze(fixed, 'fixed.journey.yaml').diagnostics;
    const sameSpot = (x: Diagnostic) =>
      x.code === d.code && x.span.start === d.span.start && x.message === d.message;
    expect(after.filter(sameSpot)).toEqual([]);
    expect(after.filter((x) => x.code.startsWith('YAML-')).map((x) => x.message)).toEqual([]);
    // Style fixes change layout only: the document's data stays the same.
    if (d.style) expect(parse(fixed)).toEqual(parse(text));
  });
});
