/** Broken input never makes the auth lint or the preview throw (rules would surface as CORE-001). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { previewAuthText } from '../../../src/core/auth/preview';
import { analyze } from '../../../src/core/validate/validate';
import { authLintRules } from '../../../src/core/validate/rules/auth-lint/index';

const texts = [
  'technical/subject-step-guard/subject-step-guard.journey.yaml',
  'business/customer-onboarding-kyc/customer-onboarding-kyc.journey.yaml',
  'technical/auth-jwt-scopes/auth-jwt-scopes.journey.yaml',
].map((p) => readFileSync(join(__dirname, '../../fixtures/examples', p), 'utf8'));

describe('auth analyses on broken journeys', () => {
  it('truncated or spliced files: no CORE-001 from the auth lint, the preview resolves', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: texts.length - 1 }), fc.nat(), fc.nat(), fc.string({ maxLength: 12 }), async (t, a, b, junk) => {
        const text = texts[t];
        const cut = a % text.length;
        const mutated = text.slice(0, cut) + junk + text.slice(cut + (b % 40));
        const d = analyze(mutated, 'm.yaml', { rules: authLintRules }).diagnostics.filter((x) => x.code === 'CORE-001');
        expect(d).toEqual([]);
        const p = await previewAuthText(mutated, 'm.yaml');
        expect(Array.isArray(p.authStates)).toBe(true);
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
