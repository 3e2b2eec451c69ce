/**
 * "Preview JSON matches the simulator's end for every auth code": for each
 * auth state of each journey with auth, the simulator runs once per outcome
 * (OK and every business failure code, produced with real credentials:
 * missing, malformed, forged, expired … tokens, wrong keys, untrusted or
 * denied certificates) and its end must be the one the preview predicted.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScenarioFile } from '../../../src/engine/index';
import { previewAuthText } from '../../../src/core/auth/preview';
import type { PreviewEnd } from '../../../src/core/auth/preview-types';
import type { JsonRecord } from '../../../src/core/auth/json-value';

type Action = { start?: JsonRecord; submit?: string; body?: JsonRecord };

interface Case {
  file: string;
  /** Per auth state: the actions that reach it; the last one carries the credential under test. */
  reach: Record<string, Action[]>;
  /** API key header per auth state (the task's `source`), default X-Api-Key. */
  keyHeader?: Record<string, string>;
  /** HTTP mocks the path to the auth state needs. */
  http?: JsonRecord[];
}

const ex = (p: string) => join(__dirname, '../../fixtures/examples', p);
const CASES: Case[] = [
  { file: ex('technical/auth-jwt-scopes/auth-jwt-scopes.journey.yaml'), reach: { validateJwt: [{ start: {} }] } },
  { file: ex('technical/auth-user-info/auth-user-info.journey.yaml'), reach: { validateJwt: [{ start: {} }] } },
  {
    file: ex('technical/subject-step-guard/subject-step-guard.journey.yaml'),
    reach: {
      validateJwt: [{ start: {} }],
      validateStepJwt: [{ start: {} }, { submit: 'waitForUserAction', body: { decision: 'approve' } }],
    },
  },
  {
    file: ex('business/customer-onboarding-kyc/customer-onboarding-kyc.journey.yaml'),
    keyHeader: { validateKycResultSecret: 'X-Kyc-Result-Secret', validateAmlResultSecret: 'X-Aml-Result-Secret', validateRiskDecisionSecret: 'X-Risk-Decision-Secret' },
    reach: (() => {
      const docs: Action = { submit: 'waitForKycDocuments', body: { decision: 'submit' } };
      const kyc: Action = { submit: 'waitForKycResult', body: { customerId: 'c1', status: 'APPROVED' } };
      const aml: Action = { submit: 'waitForAmlResult', body: { customerId: 'c1', status: 'CLEAR' } };
      const risk: Action = { submit: 'waitForRiskDecision', body: { customerId: 'c1', decision: 'APPROVE' } };
      const start: Action = { start: { customerId: 'c1', fullName: 'Ada', email: 'ada@example.com' } };
      return {
        validateKycResultSecret: [start, docs, kyc],
        validateAmlResultSecret: [start, docs, kyc, aml],
        validateRiskDecisionSecret: [start, docs, kyc, aml, risk],
      };
    })(),
  },
  {
    file: ex('business/ecommerce-order-split-shipment/ecommerce-order-split-shipment.journey.yaml'),
    keyHeader: { validateFulfillmentSecret: 'X-Fulfillment-Secret' },
    http: [{ match: { state: 'reserveInventory' }, respond: { status: 200, headers: { 'Content-Type': 'application/json' }, body: { status: 'RESERVED' } } }],
    reach: {
      validateFulfillmentSecret: [
        { start: { orderId: 'o1', customerId: 'c1', items: [{ sku: 'A', quantity: 1 }], shippingAddress: { city: 'Zagreb' } } },
        { submit: 'waitForConfirmation', body: { decision: 'proceed' } },
        { submit: 'waitForFulfillment', body: { orderId: 'o1', overallStatus: 'FULFILLED' } },
      ],
    },
  },
  {
    file: ex('business/mortgage-repricing-rate-lock/mortgage-repricing-rate-lock.journey.yaml'),
    keyHeader: { validateRateLockSecret: 'X-RateLock-Secret' },
    reach: {
      validateRateLockSecret: [
        { start: { mortgageId: 'm1', requestedFixYears: 5, requestedProductCode: 'FIX5' } },
        { submit: 'waitForCustomerAcceptance', body: { decision: 'accept' } },
        { submit: 'waitForLockConfirmation', body: { mortgageId: 'm1', status: 'LOCKED' } },
      ],
    },
  },
  { file: join(__dirname, 'fixtures/api-status.journey.yaml'), reach: { validateKey: [{ start: {} }] } },
  { file: join(__dirname, 'fixtures/nested.journey.yaml'), reach: { 'checkCaller/validateCert': [{ start: {} }], 'fanOut/partner/validatePartner': [{ start: {} }] } },
];

const OK_TOKEN = { kid: 'k1', claims: { sub: 'alice', scope: 'read:users', tenant: 'acme' } };

/** The simulated engine configuration: every profile a journey names, for all three mechanisms. */
function env(profiles: string[]): JsonRecord {
  const jwt: JsonRecord = {};
  const apiKey: JsonRecord = {};
  const mtls: JsonRecord = {};
  for (const p of profiles) {
    jwt[p] = { issuer: 'https://issuer.example.com', audience: ['journeyforge'], clockSkewSec: 60, source: { location: 'header', name: 'Authorization', scheme: 'Bearer' }, keys: [{ kid: 'k1', alg: 'ES256' }] };
    apiKey[p] = { source: { location: 'header', name: 'X-Api-Key' }, keys: [{ keyId: 'partner', value: 'good-key' }] };
    mtls[p] = { authorities: [{ name: 'partner-ca' }], allowAnyFromTrusted: true };
  }
  const t = (extra: JsonRecord) => ({ profile: profiles[0], ...OK_TOKEN, ...extra });
  return {
    now: '2026-01-01T09:00:00Z',
    auth: { jwt, apiKey, mtls },
    tokens: {
      ok: t({}),
      noTenant: t({ claims: { sub: 'alice', scope: 'read:users' } }),
      expired: t({ expiresAt: '2025-01-01T00:00:00Z' }),
      early: t({ notBefore: '2026-06-01T00:00:00Z' }),
      otherAudience: t({ claims: { ...OK_TOKEN.claims, aud: 'billing' } }),
      otherIssuer: t({ claims: { ...OK_TOKEN.claims, iss: 'https://other.example.com' } }),
      rotatedOut: t({ kid: 'k0' }),
      forged: t({ signature: 'forged' }),
    },
    certs: {
      partner: { issuer: 'partner-ca', subject: 'CN=journey-client,OU=Journeys,O=Example Corp', sans: [{ dns: 'api.example.com' }], serial: '0a' },
      selfSigned: { issuer: 'self', subject: 'CN=intruder' },
      revokedCert: { issuer: 'partner-ca', subject: 'CN=journey-client,OU=Journeys,O=Example Corp', revoked: true },
      garbage: { malformed: true },
    },
  };
}

/** Request parts (headers, clientCert, scenario env) that make a plugin report `code`. */
function credential(mechanism: string, code: string, keyHeader: string, profiles: string[], allKeyHeaders: string[]) {
  const headers: Record<string, string> = { Authorization: 'Bearer ${tokens.ok}' };
  for (const h of [keyHeader, ...allKeyHeaders]) headers[h] = 'good-key';
  const ok = { headers, clientCert: 'partner' as string | undefined };
  const perProfile = (v: JsonRecord) => Object.fromEntries(profiles.map((p) => [p, v]));
  let scenarioEnv: JsonRecord | undefined;
  const token: Record<string, string | undefined> = {
    JWT_TOKEN_MISSING: undefined,
    JWT_TOKEN_MALFORMED: 'Bearer not-a-jwt',
    JWT_SIG_INVALID: 'Bearer ${tokens.forged}',
    JWT_KID_NOT_FOUND: 'Bearer ${tokens.rotatedOut}',
    JWT_EXPIRED: 'Bearer ${tokens.expired}',
    JWT_NOT_YET_VALID: 'Bearer ${tokens.early}',
    JWT_AUDIENCE_MISMATCH: 'Bearer ${tokens.otherAudience}',
    JWT_ISSUER_MISMATCH: 'Bearer ${tokens.otherIssuer}',
    JWT_CLAIMS_INVALID: 'Bearer ${tokens.noTenant}',
  };
  if (mechanism === 'jwt' && code !== 'OK') {
    const v = token[code];
    if (v === undefined) delete ok.headers.Authorization;
    else ok.headers.Authorization = v;
    if (code === 'JWT_CLAIMS_INVALID') scenarioEnv = { auth: { jwt: perProfile({ requiredClaims: { tenant: 'acme' } }) } };
  }
  if (mechanism === 'apiKey' && code === 'APIKEY_MISSING') delete ok.headers[keyHeader];
  if (mechanism === 'apiKey' && code === 'APIKEY_INVALID') ok.headers[keyHeader] = 'wrong-key';
  if (mechanism === 'mtls' && code !== 'OK') {
    const certs: Record<string, string | undefined> = { MTLS_CERT_MISSING: undefined, MTLS_CERT_UNPARSEABLE: 'garbage', MTLS_CERT_UNTRUSTED: 'selfSigned', MTLS_CERT_REVOKED: 'revokedCert' };
    ok.clientCert = code in certs ? certs[code] : 'partner';
    const filters: Record<string, JsonRecord> = {
      MTLS_SUBJECT_DENIED: { allowSubjects: ['CN=someone-else'] },
      MTLS_SAN_DENIED: { allowSans: [{ dns: 'other.example.com' }] },
      MTLS_SERIAL_DENIED: { allowSerials: ['ff'] },
    };
    if (filters[code]) scenarioEnv = { auth: { mtls: perProfile(filters[code]) } };
  }
  return { ...ok, env: scenarioEnv };
}

/** The simulator's end in the preview's terms. */
function simEnd(outcome: { phase: string; currentState: string | null; error: unknown; httpStatus: number | null }): Partial<PreviewEnd> & { kind: string } {
  if (outcome.phase === 'RUNNING') return { kind: 'externalInput', state: outcome.currentState ?? '' };
  const status = outcome.httpStatus ? { httpStatus: outcome.httpStatus } : {};
  if (outcome.phase === 'SUCCEEDED') return { kind: 'succeed', state: outcome.currentState ?? '', ...status };
  const code = (outcome.error as { code?: string } | null)?.code ?? '';
  return { kind: 'fail', state: outcome.currentState ?? '', errorCode: code, ...status };
}

describe('preview matches the simulator for every auth code', () => {
  for (const c of CASES) {
    it(c.file.split('/').pop()!, async () => {
      const text = readFileSync(c.file, 'utf8');
      const profiles = [...new Set([...text.matchAll(/profile: ([\w-]+)/g)].map((m) => m[1]).concat('default'))];
      const compared: string[] = [];
      for (const [stateId, actions] of Object.entries(c.reach)) {
        const payloads = Object.fromEntries(actions.filter((a) => a.submit).map((a) => [a.submit!, a.body ?? {}]));
        const preview = await previewAuthText(text, c.file, { payloads, states: [stateId] });
        const auth = preview.authStates[0];
        expect(auth, stateId).toBeDefined();
        const mechanism = auth.target.split('.').pop()!;
        for (const o of auth.outcomes) {
          if (o.ends.kind === 'undecided') continue;
          const keyHeaders = Object.values(c.keyHeader ?? {});
          const cred = credential(mechanism, o.code, c.keyHeader?.[stateId] ?? 'X-Api-Key', profiles, keyHeaders);
          const good = credential(mechanism, 'OK', c.keyHeader?.[stateId] ?? 'X-Api-Key', profiles, keyHeaders);
          const req = (a: Action, last: boolean) => {
            // Only the last request carries the credential under test; earlier ones are valid.
            const cr = last ? cred : good;
            return { body: a.body ?? a.start ?? {}, headers: cr.headers, ...(cr.clientCert ? { clientCert: cr.clientCert } : {}) };
          };
          const [first, ...rest] = actions;
          const scenario = {
            env: { ...env(profiles), ...(c.http ? { http: c.http } : {}) },
            scenarios: [
              {
                name: `${stateId} ${o.code}`,
                ...(cred.env ? { env: cred.env } : {}),
                start: req(first, rest.length === 0),
                steps: rest.map((a, i) => ({ submit: a.submit, ...req(a, i === rest.length - 1) })),
              },
            ],
          };
          const report = await runScenarioFile(text, JSON.stringify(scenario), { journeyFile: c.file });
          const run = report.scenarios[0];
          expect(run, `${stateId} ${o.code}: ${JSON.stringify(report).slice(0, 300)}`).toBeDefined();
          const problem = run.trace.map((t) => t.problem).find((p) => (p as { code?: string } | undefined)?.code === o.code);
          if (o.code !== 'OK') expect(problem, `${stateId}: the simulator reported ${o.code}`).toEqual(expect.objectContaining(o.problem));
          const sim = simEnd(run.outcome);
          const want: Record<string, unknown> = { kind: o.ends.kind };
          if (o.ends.kind !== 'fail' || run.outcome.currentState === o.ends.state) want.state = o.ends.state;
          if (o.ends.kind === 'fail') want.errorCode = o.ends.errorCode;
          if ((o.ends.kind === 'fail' || o.ends.kind === 'succeed') && o.ends.httpStatus) want.httpStatus = o.ends.httpStatus;
          expect(sim, `${stateId} ${o.code}`).toMatchObject(want);
          // A propagated subjourney failure ends at the calling state in the preview, at the inner fail in the trace.
          expect(run.trace.map((t) => t.state), `${stateId} ${o.code} end state visited`).toContain(o.ends.state);
          compared.push(o.code);
        }
      }
      expect(compared.length).toBeGreaterThan(1);
    }, 60_000);
  }
});
