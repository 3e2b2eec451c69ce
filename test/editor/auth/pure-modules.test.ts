import { describe, expect, it } from 'vitest';
import { DEFAULT_PRINCIPAL } from '../../../src/core/auth/principal';
import { endText, outcomeRunStates } from '../../../src/editor/auth/outcome-view';
import { editPrincipal, parseClaims } from '../../../src/editor/auth/principal-edit';

describe('outcome view', () => {
  it('paints the path visited and the end active', () => {
    const o = { path: ['a', 'b', 'c'], ends: { kind: 'fail' as const, state: 'c', errorCode: 'DENIED', httpStatus: 403 } };
    expect(outcomeRunStates(o)).toEqual({ a: 'visited', b: 'visited', c: 'active' });
    expect(endText(o.ends)).toBe('fails at c with DENIED → HTTP 403');
    expect(endText({ kind: 'undecided', state: 'x', reason: 'no data' })).toBe('undecided at x: no data');
  });
});

describe('principal editing', () => {
  it('parses claims objects only and leaves the default principal untouched', () => {
    expect(parseClaims('[1]')).toEqual({ error: 'the claims must be a JSON object' });
    expect(parseClaims('{')).toMatchObject({ error: expect.stringMatching(/^not JSON/) });
    const r = parseClaims('{"sub":"bob","permissions":["tasks:read"]}');
    if ('error' in r) throw new Error(r.error);
    const p = editPrincipal(DEFAULT_PRINCIPAL, { claims: r.claims, keyId: 'partner-1' });
    expect(p.jwt.claims).toEqual({ sub: 'bob', permissions: ['tasks:read'] });
    expect(p.apiKey.keyId).toBe('partner-1');
    expect(DEFAULT_PRINCIPAL.jwt.claims.sub).toBe('alice');
  });
});
