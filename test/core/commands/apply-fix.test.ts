import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/validate/validate';
import { graphRules } from '../../../src/core/validate/rules/graph-index';
import { canApply } from '../../../src/core/commands/registry';
import { given, refused, when } from './support';

describe('document.applyFix', () => {
  it("applies a diagnostic's fix and the warning goes away", () => {
    const before = given('business-hours-payment-authorization');
    const analysis = analyze(before, 'x.journey.yaml', { rules: graphRules });
    const d = analysis.diagnostics.find((x) => x.code === 'GRAPH-011')!;
    expect(canApply('document.applyFix', analysis, { fix: d.fix! })).toBe(true);
    const { text, selection } = when(before, 'document.applyFix', { fix: d.fix! });
    expect(text).toBe(before + '  lifecycle:\n    startMode: async\n');
    expect(text.slice(selection!.start, selection!.end)).toBe(
      '  lifecycle:\n    startMode: async\n',
    );
    expect(
      analyze(text, 'x.journey.yaml', { rules: graphRules }).diagnostics.some(
        (x) => x.code === 'GRAPH-011',
      ),
    ).toBe(false);
  });

  it('refuses a stale fix', () => {
    const text = given('http-failure-branch');
    expect(
      refused(text, 'document.applyFix', {
        fix: {
          title: 'x',
          edits: [{ span: { start: text.length + 5, end: text.length + 6 }, text: 'y' }],
        },
      }),
    ).toMatch(/no longer matches/);
  });
});
