/**
 * The 46 shared journeys: each parses, round-trips to the exact bytes and
 * validates with exactly the real defects of dsl-rules.md §4 as errors.
 */
import { describe, expect, it } from 'vitest';
import { CST, Parser } from 'yaml';
import { analyze } from '../../src/core/validate/validate';
import { corpus } from '../support/corpus';

const files = corpus();

/** dsl-rules.md §4: the real defects each example must be flagged with (D16, D18, D19, D21, D23). */
const EXPECTED_ERRORS: Record<string, string[]> = {
  'http-problem-details': ['GRAPH-001'],
  'mortgage-repricing-rate-lock': ['GRAPH-001'],
  'approval-loop': ['CAT-002'],
  'wait-approval': ['CAT-002'],
  'monthly-invoicing-batch': ['TASK-SCHED-008'],
  'http-success': ['EXPR-013', 'TASK-HTTP-006'],
  'support-case-sla': ['TIMER-002'],
  'metadata-from-payload': ['META-005'],
};

/** D17: healthcare-appointment-referral's indentation corrupts its structure; these families may report it. */
const HEALTHCARE_REQUIRED = ['GRAPH-001'];
const HEALTHCARE_ALLOWED = /^(GRAPH|STATE|SCH|PAR|WAIT|WEBHOOK|FMT|TOP|SUB|XFORM|CHOICE)-/;

describe('example corpus', () => {
  it('holds the 46 shared journeys', () => {
    expect(files).toHaveLength(46);
  });

  it.each(files.map((f) => [f.rel, f] as const))('%s round-trips through the CST to the exact bytes', (_rel, file) => {
    const printed = [...new Parser().parse(file.text)].map((token) => CST.stringify(token)).join('');
    expect(printed).toBe(file.text);
  });

  it.each(files.map((f) => [f.rel, f] as const))('%s reports exactly its known defects as errors', (_rel, file) => {
    const { diagnostics, model } = analyze(file.text, file.rel);
    expect(model.states.length).toBeGreaterThan(0);
    const errorCodes = [...new Set(diagnostics.filter((d) => d.severity === 'error').map((d) => d.code))].sort();
    if (file.name === 'healthcare-appointment-referral') {
      expect(errorCodes).toEqual(expect.arrayContaining(HEALTHCARE_REQUIRED));
      for (const code of errorCodes) expect(code).toMatch(HEALTHCARE_ALLOWED);
      return;
    }
    expect(errorCodes).toEqual((EXPECTED_ERRORS[file.name] ?? []).sort());
  });

  it('reports the dialect as warnings with a fix, never as errors', () => {
    // D11 (`target.path: ""`) occurs in many files; each occurrence must be a fixable warning.
    const withD11 = files.filter((f) => /path: ""/.test(f.text));
    expect(withD11.length).toBeGreaterThan(5);
    for (const file of withD11) {
      const d11 = analyze(file.text, file.rel).diagnostics.filter((d) => d.code === 'XFORM-010');
      expect(d11.length, file.rel).toBeGreaterThan(0);
      for (const d of d11) {
        expect(d.severity).toBe('warning');
        expect(d.fix?.edits.length).toBeGreaterThan(0);
      }
    }
  });
});
