/**
 * "all N" in the Problems panel: the fixes of one rule's findings applied as one edit.
 * Checked on every shared example that has several fixable findings of one rule.
 */
import { describe, expect, it } from 'vitest';
import { mergedFix } from '../../src/editor/apply-fix';
import { applyFix } from '../../src/core/validate/rules/states/fixes';
import { analyze } from '../../src/core/validate/validate';
import type { Diagnostic } from '../../src/core/diagnostics';
import { corpus } from '../support/corpus';

const finding = (edits: { start: number; end: number; text: string }[]): Diagnostic => ({
  code: 'X-001',
  severity: 'warning',
  message: 'm',
  path: '',
  span: { start: 0, end: 0 },
  fix: { title: 't', edits: edits.map(({ start, end, text }) => ({ span: { start, end }, text })) },
});

describe('mergedFix', () => {
  it('takes every fix whose edits do not touch another, counts an identical fix once, and leaves out clashes', () => {
    const merged = mergedFix([
      finding([{ start: 10, end: 12, text: 'a' }]),
      finding([{ start: 0, end: 3, text: 'b' }]),
      finding([{ start: 10, end: 12, text: 'a' }]), // the same fix again
      finding([{ start: 11, end: 14, text: 'c' }]), // overlaps the first
      finding([{ start: 20, end: 20, text: 'd' }, { start: 0, end: 0, text: 'e' }]), // starts where a taken edit starts
    ]);
    expect(merged?.applied).toBe(3);
    expect(merged?.skipped).toBe(2);
    expect(merged?.fix.edits.map((e) => e.text).sort()).toEqual(['a', 'b']);
    expect(mergedFix([{ ...finding([]), fix: undefined }])).toBeUndefined();
  });

  it('on the shared examples: one edit removes the findings it fixes and adds no error', () => {
    let groups = 0;
    for (const f of corpus()) {
      const before = analyze(f.text, f.path).diagnostics;
      const byCode = new Map<string, Diagnostic[]>();
      for (const d of before) if (d.fix) byCode.set(d.code, [...(byCode.get(d.code) ?? []), d]);
      for (const [code, list] of byCode) {
        if (list.length < 2) continue;
        groups++;
        const merged = mergedFix(list)!;
        const after = analyze(applyFix(f.text, merged.fix), f.path).diagnostics;
        const where = `${f.rel} ${code}`;
        expect(after.filter((d) => d.code.startsWith('YAML-')), where).toEqual([]);
        expect(after.filter((d) => d.severity === 'error').length, where).toBeLessThanOrEqual(before.filter((d) => d.severity === 'error').length);
        expect(after.filter((d) => d.code === code).length, where).toBeLessThanOrEqual(list.length - merged.applied + (before.filter((d) => d.code === code).length - list.length));
      }
    }
    expect(groups).toBeGreaterThan(10);
  });
});
