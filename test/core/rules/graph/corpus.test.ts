/**
 * The 46 shared journeys under the graph families (GRAPH, PAR, SUB,
 * TASK-SCHED-008): exactly the real defects of dsl-rules.md §4 are errors
 * (D16 unknown targets, D17 healthcare's corrupted branches, D19 the schedule
 * path reaching a wait); the dialect (D03, D04, D05, D20) is a warning.
 */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../../src/core/diagnostics';
import { applyEdits } from '../../../../src/core/commands/yaml-splice';
import { analyze } from '../../../../src/core/validate/validate';
import { graphRules } from '../../../../src/core/validate/rules/graph-index';
import { corpus } from '../../../support/corpus';

const OWNED = /^(GRAPH|PAR|SUB)-\d+$|^TASK-SCHED-008$/;
const files = corpus();
const run = (text: string) => analyze(text, 'x.journey.yaml', { rules: graphRules });
const results = new Map(files.map((f) => [f.name, run(f.text)]));
const owned = (name: string, pred: (d: Diagnostic) => boolean) =>
  results.get(name)!.diagnostics.filter((d) => OWNED.test(d.code) && pred(d));
const at = (name: string, d: Diagnostic) =>
  `${d.code}@${results.get(name)!.source.lines.positionAt(d.span.start).line}`;

/** §4 D16/D17/D19, with the line each defect is on. */
const EXPECTED_ERRORS: Record<string, string[]> = {
  'http-problem-details': ['GRAPH-001@61'],
  'mortgage-repricing-rate-lock': ['GRAPH-001@93'],
  'monthly-invoicing-batch': ['TASK-SCHED-008@75'],
  'healthcare-appointment-referral': [
    'GRAPH-001@165',
    'GRAPH-001@261',
    'PAR-004@347',
    'PAR-004@373',
    'PAR-004@399',
    'PAR-004@418',
    'PAR-004@452',
  ],
};

describe('graph families on the example corpus', () => {
  it.each(files.map((f) => [f.name] as const))(
    '%s has exactly its known graph defects as errors',
    (name) => {
      const errors = owned(name, (d) => d.severity === 'error').map((d) => at(name, d));
      expect(errors.sort()).toEqual((EXPECTED_ERRORS[name] ?? []).sort());
    },
  );

  it('names the unknown targets of D16 in the message', () => {
    const [d] = owned('mortgage-repricing-rate-lock', (x) => x.code === 'GRAPH-001');
    expect(d.message).toContain("'rejected'");
    expect(d.path).toBe('spec.states.evaluateOffer.default');
  });

  it('warns on every parallel without next (D03), never as an error', () => {
    const d03 = files
      .filter((f) => owned(f.name, (d) => d.code === 'GRAPH-005').length > 0)
      .map((f) => f.name);
    expect(d03.sort()).toEqual(
      [
        'async-callback-sla',
        'healthcare-appointment-referral',
        'kyc-async-timeout-fallback',
        'payment-reminder-with-timeout',
        'support-case-sla',
      ].sort(),
    );
    for (const name of d03)
      for (const d of owned(name, (x) => x.code === 'GRAPH-005'))
        expect(d.severity).toBe('warning');
  });

  it('warns on parallels without a join mapper (D04) in the files §4 lists', () => {
    const d04 = files
      .filter(
        (f) => owned(f.name, (d) => d.code === 'PAR-012' && d.severity === 'warning').length > 0,
      )
      .map((f) => f.name);
    expect(d04).toEqual(
      expect.arrayContaining([
        'async-callback-sla',
        'b2b-purchase-order',
        'customer-onboarding-kyc',
        'kyc-async-timeout-fallback',
        'payment-reminder-with-timeout',
        'support-case-sla',
      ]),
    );
    expect(d04).not.toContain('loan-application'); // joins with mapper + resultVar
    expect(d04).not.toContain('email-verification');
  });

  it.each([
    ['healthcare-appointment-referral', 'PAR-008'],
    ['business-hours-payment-authorization', 'GRAPH-011'],
    ['healthcare-appointment-referral', 'GRAPH-011'],
  ] as const)('%s: the %s fix removes the warning and keeps the file valid YAML', (name, code) => {
    const file = files.find((f) => f.name === name)!;
    const [d] = owned(name, (x) => x.code === code);
    expect(d?.severity).toBe('warning');
    const fixed = applyEdits(file.text, d.fix!.edits);
    const after = run(fixed);
    expect(after.source.diagnostics.filter((x) => x.severity === 'error')).toEqual([]);
    expect(after.diagnostics.filter((x) => x.code === code)).toEqual([]);
    // Only the fixed spot changed: everything before the first edit is byte-identical.
    const first = Math.min(...d.fix!.edits.map((e) => e.span.start));
    expect(fixed.slice(0, first)).toBe(file.text.slice(0, first));
  });

  it('warns when a sync start reaches a timer first (D20) in exactly the two files §4 lists', () => {
    const d20 = files
      .filter((f) => owned(f.name, (d) => d.code === 'GRAPH-011').length > 0)
      .map((f) => f.name);
    expect(d20.sort()).toEqual([
      'business-hours-payment-authorization',
      'healthcare-appointment-referral',
    ]);
  });
});
