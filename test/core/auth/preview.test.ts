/**
 * The Problem Details branch preview on real journeys, against hand-checked
 * expectations: every outcome's Problem, path and end as the journey's own
 * predicates decide them (evaluated with the real DataWeave engine).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUTH_PLUGINS } from '../../../src/core/catalog/auth-problems';
import { previewAuthText } from '../../../src/core/auth/preview';
import { DEFAULT_PRINCIPAL } from '../../../src/core/auth/principal';

const examples = join(__dirname, '../../fixtures/examples');
const read = (p: string) => readFileSync(join(examples, p), 'utf8');
const local = (p: string) => readFileSync(join(__dirname, 'fixtures', p), 'utf8');
const JWT_CODES = AUTH_PLUGINS.get('jwtValidate:v1')!.businessCodes;

describe('auth preview on the shared examples', () => {
  it('auth-jwt-scopes: OK reaches the user lookup, every JWT failure ends at scopeDenied', async () => {
    const p = await previewAuthText(read('technical/auth-jwt-scopes/auth-jwt-scopes.journey.yaml'));
    expect(p.journey).toBe('auth-jwt-scopes');
    expect(p.authStates.map((s) => [s.state, s.plugin, s.target])).toEqual([['validateJwt', 'jwtValidate:v1', 'context.auth.jwt']]);
    const [ok, ...fails] = p.authStates[0].outcomes;
    expect(ok.code).toBe('OK');
    expect(ok.problem).toBeUndefined();
    expect(ok.path).toEqual(['validateJwt', 'checkScopes', 'fetchUser', 'decide', 'done']);
    expect(ok.ends).toEqual({ kind: 'succeed', state: 'done' });
    expect(ok.assumptions).toEqual([{ state: 'fetchUser', note: expect.stringContaining('assumed status 200') }]);
    expect(fails.map((o) => o.code)).toEqual(JWT_CODES);
    for (const o of fails) {
      expect(o.path).toEqual(['validateJwt', 'checkScopes', 'scopeDenied']);
      expect(o.ends).toEqual({ kind: 'fail', state: 'scopeDenied', errorCode: 'JWT_SCOPE_DENIED', reason: 'Token does not have required scopes' });
      expect(o.result).toEqual({ problem: o.problem });
      expect(o.indistinguishableFromOk).toBeUndefined();
    }
    expect(fails.find((o) => o.code === 'JWT_EXPIRED')!.problem).toEqual({
      type: 'https://journeyforge.dev/problem/plugins/jwt/expired',
      title: 'Token expired',
      status: 401,
      code: 'JWT_EXPIRED',
    });
  });

  it('auth-jwt-scopes: a principal without the scope is denied on OK too', async () => {
    const principal = { ...DEFAULT_PRINCIPAL, jwt: { ...DEFAULT_PRINCIPAL.jwt, claims: { sub: 'bob', scope: 'write:orders' } } };
    const p = await previewAuthText(read('technical/auth-jwt-scopes/auth-jwt-scopes.journey.yaml'), 'x.yaml', { principal });
    expect(p.authStates[0].outcomes[0].ends).toMatchObject({ kind: 'fail', state: 'scopeDenied' });
  });

  it('auth-user-info: no branch tells any JWT failure apart from OK', async () => {
    const p = await previewAuthText(read('technical/auth-user-info/auth-user-info.journey.yaml'));
    const [ok, ...fails] = p.authStates[0].outcomes;
    expect(ok.ends).toEqual({ kind: 'succeed', state: 'done' });
    expect(fails.every((o) => o.indistinguishableFromOk === true && o.ends.kind === 'succeed')).toBe(true);
  });

  it('subject-step-guard: start failures go unnoticed, step failures end at subjectMismatch', async () => {
    const p = await previewAuthText(read('technical/subject-step-guard/subject-step-guard.journey.yaml'));
    const [start, step] = p.authStates;
    expect(start.state).toBe('validateJwt');
    for (const o of start.outcomes) {
      expect(o.ends).toEqual({ kind: 'externalInput', state: 'waitForUserAction' });
      expect(o.indistinguishableFromOk).toBe(o.code === 'OK' ? undefined : true);
    }
    expect(step.state).toBe('validateStepJwt');
    // OK matches the owner captured at start (the same default principal).
    expect(step.outcomes[0].ends).toEqual({ kind: 'succeed', state: 'proceed' });
    expect(step.outcomes[0].assumptions).toContainEqual({ state: 'waitForUserAction', note: 'submission body unknown: context.payload assumed {}' });
    for (const o of step.outcomes.slice(1)) {
      expect(o.ends).toEqual({ kind: 'fail', state: 'subjectMismatch', errorCode: 'SUBJECT_MISMATCH', reason: 'Authenticated principal does not match journey owner' });
    }
  });

  it('customer-onboarding-kyc: each webhook secret failure loops back to its webhook', async () => {
    const p = await previewAuthText(read('business/customer-onboarding-kyc/customer-onboarding-kyc.journey.yaml'));
    expect(p.authStates.map((s) => s.state)).toEqual(['validateKycResultSecret', 'validateAmlResultSecret', 'validateRiskDecisionSecret']);
    const hooks = ['waitForKycResult', 'waitForAmlResult', 'waitForRiskDecision'];
    p.authStates.forEach((s, i) => {
      expect(s.outcomes.map((o) => o.code)).toEqual(['OK', 'APIKEY_MISSING', 'APIKEY_INVALID']);
      for (const o of s.outcomes.slice(1)) {
        expect(o.ends).toEqual({ kind: 'externalInput', state: hooks[i] });
        expect(o.path).toHaveLength(3);
      }
      // With an empty submission the business routing rejects: the preview says which data it assumed.
      expect(s.outcomes[0].ends).toMatchObject({ kind: 'fail', errorCode: 'ONBOARDING_REJECTED' });
    });
  });

  it('journeys without auth tasks have an empty preview', async () => {
    const p = await previewAuthText(read('technical/http-chained-calls-api/http-chained-calls-api.journey.yaml'));
    expect(p).toEqual({ journey: 'http-chained-calls-api', kind: 'Api', authStates: [] });
  });
});

describe('auth preview semantics', () => {
  it('kind: Api answers with the apiResponses status (rules, then default)', async () => {
    const p = await previewAuthText(local('api-status.journey.yaml'));
    const ends = Object.fromEntries(p.authStates[0].outcomes.map((o) => [o.code, o.ends]));
    expect(ends).toEqual({
      OK: { kind: 'succeed', state: 'created', httpStatus: 201 },
      APIKEY_MISSING: { kind: 'fail', state: 'unauthenticated', errorCode: 'urn:subject-unauthenticated', reason: 'API key missing', httpStatus: 401 },
      APIKEY_INVALID: { kind: 'fail', state: 'rejected', errorCode: 'KEY_REJECTED', reason: 'API key rejected', httpStatus: 403 },
    });
  });

  it('kind: Api without apiResponses: 200 on success, Problem.status or 500 on failure', async () => {
    const text = local('api-status.journey.yaml').replace(/ {2}bindings:[\s\S]*?SUCCEEDED: 201\n/, '');
    const p = await previewAuthText(text);
    const codes = p.authStates[0].outcomes.map((o) => ('httpStatus' in o.ends ? o.ends.httpStatus : undefined));
    expect(codes).toEqual([200, 500, 500]);
  });

  it('auth states in subjourneys and branches are previewed through their callers', async () => {
    const p = await previewAuthText(local('nested.journey.yaml'));
    expect(p.authStates.map((s) => [s.state, s.target])).toEqual([
      ['checkCaller/validateCert', 'context.auth.mtls'],
      ['fanOut/partner/validatePartner', 'context.partner.jwt'],
    ]);
    const [cert, partner] = p.authStates;
    expect(cert.outcomes[0].ends).toEqual({ kind: 'succeed', state: 'done' });
    expect(cert.outcomes[0].path.slice(0, 3)).toEqual(['checkCaller/validateCert', 'checkCaller/routeCert', 'checkCaller/trusted']);
    // A failed subjourney propagates: the journey fails at the calling state.
    expect(cert.outcomes[1].ends).toEqual({ kind: 'fail', state: 'callCheck', errorCode: 'CERT_REJECTED', reason: 'Client certificate rejected' });
    expect(partner.outcomes[0].ends).toEqual({ kind: 'succeed', state: 'done' });
    expect(partner.outcomes[0].result).toEqual(DEFAULT_PRINCIPAL.jwt);
    // A failed branch without a join mapper fails the parallel (errorPolicy collectAll).
    expect(partner.outcomes[1].ends).toEqual({ kind: 'fail', state: 'fanOut', errorCode: 'PARTNER_DENIED', reason: 'Partner denied' });
  });

  it('an expression it cannot evaluate makes the outcome undecided with the reason', async () => {
    const text = local('api-status.journey.yaml').replace('context.auth.apiKey.problem == null', 'context.auth.apiKey.problem == (');
    const p = await previewAuthText(text);
    expect(p.authStates[0].outcomes[0].ends).toMatchObject({ kind: 'undecided', state: 'routeKey', reason: expect.stringMatching(/routeKey.*branch 1/) });
  });

  it('a file that is not YAML yields an empty preview, not an exception', async () => {
    await expect(previewAuthText('::: [', 'bad.yaml')).resolves.toMatchObject({ authStates: [] });
  });
});
