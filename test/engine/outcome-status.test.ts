/** RT-16: the outcome's status mirrors output.status, else a stable code. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outcomeStatus } from '../../src/engine/outcome';
import { runScenarioFile } from '../../src/engine/index';

describe('JourneyOutcome.status', () => {
  it('mirrors output.status, else the error code or the phase', () => {
    expect(outcomeStatus({ phase: 'SUCCEEDED', output: { status: 'APPROVED' } })).toBe('APPROVED');
    expect(outcomeStatus({ phase: 'SUCCEEDED', output: { ok: true } })).toBe('SUCCEEDED');
    expect(outcomeStatus({ phase: 'FAILED', output: null, error: { code: 'JWT_SCOPE_DENIED' } })).toBe('JWT_SCOPE_DENIED');
  });

  it('is reported for a real journey run', async () => {
    const dir = join(import.meta.dirname, '..', 'fixtures', 'examples', 'technical', 'auth-jwt-scopes');
    const report = await runScenarioFile(
      readFileSync(join(dir, 'auth-jwt-scopes.journey.yaml'), 'utf8'),
      readFileSync(join(dir, 'auth-jwt-scopes.scenario.yaml'), 'utf8'),
    );
    const denied = report.scenarios.find((s) => s.outcome.phase === 'FAILED');
    expect(denied?.outcome.status).toBe(String((denied?.outcome.error as { code: string }).code));
    expect(report.scenarios.every((s) => s.outcome.phase === 'RUNNING' || typeof s.outcome.status === 'string')).toBe(true);
  });
});
