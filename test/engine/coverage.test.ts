/** Coverage after a suite: which states, edges and auth outcomes the runs reached. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/validate/validate';
import { computeCoverage } from '../../src/engine/coverage';

const file = join(import.meta.dirname, '..', 'fixtures', 'examples', 'technical', 'auth-jwt-scopes', 'auth-jwt-scopes.journey.yaml');
const { model } = analyze(readFileSync(file, 'utf8'), file);
const ids = model.states.map((s) => s.id);

describe('scenario coverage', () => {
  it('counts states, edges and auth outcomes of the runs', () => {
    const happy = [{ state: 'validateJwt' }, { state: 'checkScopes' }, { state: 'fetchUser' }];
    const expired = [{ state: 'validateJwt', problem: { code: 'JWT_EXPIRED' } }, { state: 'checkScopes' }, { state: 'scopeDenied' }];
    const cov = computeCoverage(model, [happy, expired]);
    expect(cov.statesHit.get('validateJwt')).toBe(2);
    expect(cov.edgesHit.has('validateJwt->checkScopes')).toBe(true);
    expect(cov.edgesHit.has('checkScopes->fetchUser')).toBe(true);
    expect(cov.edgesHit.has('checkScopes->scopeDenied')).toBe(true);
    expect(cov.authHit).toEqual(new Set(['validateJwt#OK', 'validateJwt#JWT_EXPIRED']));
    // nine JWT business codes + OK, two of them exercised
    expect(cov.auth).toMatchObject({ total: 10, covered: 2 });
    expect(cov.auth.missed.map((m) => m.code)).toContain('JWT_SIG_INVALID');
  });

  it('lists what no scenario reached', () => {
    const cov = computeCoverage(model, [[{ state: 'validateJwt' }, { state: 'checkScopes' }, { state: 'scopeDenied' }]]);
    expect(cov.states.missed).toEqual(ids.filter((id) => !['validateJwt', 'checkScopes', 'scopeDenied'].includes(id)));
    expect(cov.edges.missed.map((e) => e.key)).toContain('checkScopes->fetchUser');
    expect(cov.states.covered).toBe(3);
  });

  it('does not invent an edge between states that have no transition', () => {
    const cov = computeCoverage(model, [[{ state: 'validateJwt' }, { state: 'fetchUser' }]]);
    expect(cov.edgesHit.has('validateJwt->fetchUser')).toBe(false);
  });
});
