/** The quick fixes of the graph families: applying one removes its finding and adds no new error. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../../../src/core/commands/yaml-splice';
import { analyze } from '../../../../src/core/validate/validate';

const root = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'rules');
const OWNED = /^(GRAPH|PAR|SUB)-\d+$|^TASK-SCHED-008$/;

describe('graph-family fixes', () => {
  it.each([
    ['graph/typo-target', 'GRAPH-001', 'next: decide'],
    ['graph/missing-start', 'GRAPH-003', 'start: fetch'],
    ['par/branch-start-missing', 'PAR-003', 'start: leftCall'],
    ['par/unknown-branch-ref', 'PAR-010', 'b: branches.right }'],
    ['par/no-join', 'PAR-008', 'join:\n          strategy: allOf\n'],
    ['sub/unknown-ref', 'SUB-001', 'ref: enrich'],
    ['graph/sync-start-timer', 'GRAPH-011', 'lifecycle:\n    startMode: async\n'],
  ])('%s: the %s fix writes "%s"', (dir, code, written) => {
    const text = readFileSync(join(root, dir, 'journey.yaml'), 'utf8');
    const before = analyze(text);
    const d = before.diagnostics.find((x) => x.code === code)!;
    expect(d.fix, `${code} offers a fix`).toBeDefined();
    const fixed = applyEdits(text, d.fix!.edits);
    expect(fixed).toContain(written);
    const after = analyze(fixed);
    expect(after.diagnostics.filter((x) => x.code === code)).toEqual([]);
    const errors = (a: typeof before) =>
      a.diagnostics.filter((x) => x.severity === 'error' && OWNED.test(x.code)).length;
    expect(errors(after)).toBe(errors(before) - (d.severity === 'error' ? 1 : 0));
  });
});

describe('a transition to a missing state (GRAPH-001)', () => {
  it('offers the likely meaning first, then removing the transition; nothing else changes', () => {
    const text = readFileSync(join(root, 'graph/typo-target', 'journey.yaml'), 'utf8');
    const d = analyze(text).diagnostics.find((x) => x.code === 'GRAPH-001')!;
    // `decide` is both the typo's likely meaning and the state nothing leads to: offered once.
    expect([d.fix!, ...(d.alternatives ?? [])].map((f) => f.title)).toEqual(["Point to 'decide'", "Remove this 'next'"]);
    const removed = applyEdits(text, d.alternatives![0].edits);
    expect(removed).toBe(text.replace('      next: decdie  # expect: GRAPH-001\n', ''));
  });
});
