/**
 * The auth lint over the 46 shared example journeys: exactly the findings a
 * reviewer agreed with (listed with reasons in /work/notes/auth-findings.md),
 * and no AUTHLINT finding anywhere else.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/validate/validate';
import { authLintRules } from '../../../src/core/validate/rules/auth-lint/index';
import { applyEdits } from '../../../src/core/commands/yaml-splice';

const root = join(__dirname, '../../fixtures/examples');

function journeys(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? journeys(p) : n.endsWith('.journey.yaml') ? [p] : [];
  });
}

const EXPECTED = [
  'auth-user-info:53 AUTHLINT-003',
  'customer-onboarding-kyc:87 AUTHLINT-001',
  'ecommerce-order-split-shipment:141 AUTHLINT-001',
  'mortgage-repricing-rate-lock:95 AUTHLINT-001',
  'subject-step-guard:58 AUTHLINT-002',
];

describe('auth lint on the shared examples', () => {
  const files = journeys(root).sort();

  it('covers all 46 examples', () => {
    expect(files).toHaveLength(46);
  });

  it('reports exactly the reviewed findings', () => {
    const found: string[] = [];
    for (const f of files) {
      const a = analyze(readFileSync(f, 'utf8'), f, { rules: authLintRules });
      for (const d of a.diagnostics) {
        if (d.code.startsWith('AUTHLINT') || d.code === 'CORE-001') {
          found.push(`${basename(f, '.journey.yaml')}:${a.source.lines.positionAt(d.span.start).line} ${d.code}`);
        }
      }
    }
    expect(found.sort()).toEqual(EXPECTED);
  });

  it('applies the quick fix of each finding: it goes away and adds no error', () => {
    const errors = (t: string) => analyze(t, 'j.yaml').diagnostics.filter((d) => d.severity === 'error').map((d) => d.code).sort();
    let fixed = 0;
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      for (const d of analyze(text, f, { rules: authLintRules }).diagnostics) {
        if (!d.code.startsWith('AUTHLINT')) continue;
        expect(d.fix, `${basename(f)} ${d.code}`).toBeDefined();
        const after = applyEdits(text, d.fix!.edits);
        const again = analyze(after, f, { rules: authLintRules }).diagnostics.filter((x) => x.code === d.code);
        expect(again, `${basename(f)} ${d.code} after '${d.fix!.title}'`).toEqual([]);
        expect(errors(after)).toEqual(errors(text));
        fixed++;
      }
    }
    expect(fixed).toBe(EXPECTED.length);
  });
});
