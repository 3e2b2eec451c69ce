import { describe, expect, it } from 'vitest';
import { compileDataWeave } from '../../src/expr/dataweave/language';
import { dw, exampleExpr, exampleFiles, sitesOf } from './helpers';

const BH = 'business/business-hours-payment-authorization/business-hours-payment-authorization.journey.yaml';
const HC = 'business/healthcare-appointment-referral/healthcare-appointment-referral.journey.yaml';
const SJ = 'technical/subjourney-local-reuse/subjourney-local-reuse.journey.yaml';
const HC_BRANCH = 'spec.states.referralOrExpiry.parallel.branches[0].states';

describe('the 46 example journeys', () => {
  const files = exampleFiles();

  it('are all there', () => {
    expect(files).toHaveLength(46);
  });

  it('compile every expression with no DataWeave error (dialect warnings only)', () => {
    let sites = 0;
    const problems: string[] = [];
    const dialect: Record<string, number> = {};
    for (const f of files) {
      for (const site of sitesOf(f).sites) {
        sites++;
        expect(site.lang?.value).toBe('dataweave');
        const r = compileDataWeave(site.expr);
        for (const d of r.diagnostics) {
          if (d.severity === 'error') problems.push(`${f}: ${site.path}: ${d.code} ${d.message}`);
          else dialect[d.code] = (dialect[d.code] ?? 0) + 1;
        }
        if (!r.compiled) problems.push(`${f}: ${site.path}: no evaluator`);
      }
    }
    expect(problems).toEqual([]);
    expect(sites).toBe(254);
    // dsl-rules.md §4: D06 and D07 occur in healthcare-appointment-referral, D08 in five shared files.
    expect(dialect).toEqual({ D06: 4, D07: 4, D08: 10 });
  });
});

describe('corpus expressions evaluate to what the journeys mean', () => {
  it('business hours: classifies the submission time from the injected clock (if/else chains, now().hour)', () => {
    const src = exampleExpr(BH, 'spec.states.classifySubmissionTime.transform.mapper');
    const at = (iso: string) => dw(src, { context: { paymentId: 'p1' } }, { now: () => iso, uuid: () => 'u' });
    expect(at('2026-01-05T08:00:00Z')).toEqual({
      paymentId: 'p1',
      businessWindowCategory: 'after-hours',
      businessDelayDuration: 'PT1H',
    });
    expect(at('2026-01-05T10:15:00Z')).toMatchObject({ businessWindowCategory: 'within-business-hours', businessDelayDuration: null });
    expect(at('2026-01-05T18:00:00Z')).toMatchObject({ businessWindowCategory: 'after-hours', businessDelayDuration: 'P1D' });
  });

  it('healthcare: days become an ISO duration in hours (`as` binds tighter than `*`)', () => {
    const src = exampleExpr(HC, 'spec.states.referralOrExpiry.parallel.branches[1].states.referralExpiryTimer.timer.duration.mapper');
    expect(dw(src, { context: {} })).toBe('PT720H');
    expect(dw(src, { context: { referralExpiryDays: 2 } })).toBe('PT48H');
  });

  it('healthcare: the D06/D07 patient decision updates appointment statuses', () => {
    const src = exampleExpr(HC, `${HC_BRANCH}.normaliseAppointments.ingestPatientDecision.transform.mapper`);
    const appointments = [
      { appointmentId: 'a1', status: 'PENDING_PATIENT' },
      { appointmentId: 'a2', status: 'PENDING_PATIENT' },
      { appointmentId: 'a3', status: 'CONFIRMED' },
    ];
    const out = dw(src, { context: { appointments, payload: { action: 'CONFIRM', appointmentId: 'a2' } } }) as Record<string, unknown>;
    expect(out.lastPatientAction).toBe('CONFIRM');
    expect(out.lastChosenAppointmentId).toBe('a2');
    expect((out.appointments as Array<{ status: string }>).map((a) => a.status)).toEqual(['CANCELLED', 'PENDING_PROVIDER', 'CONFIRMED']);
  });

  it('healthcare: the primary confirmed appointment is chosen (filter, sizeOf, index)', () => {
    const src = exampleExpr(HC, `${HC_BRANCH}.completeAppointmentConfirmed.transform.mapper`);
    const context = {
      referralId: 'r1',
      patientId: 'p1',
      lastChosenAppointmentId: 'a9',
      appointments: [
        { appointmentId: 'a1', status: 'CANCELLED' },
        { appointmentId: 'a2', status: 'CONFIRMED' },
      ],
    };
    expect((dw(src, { context }) as { outcome: { primaryAppointmentId: string } }).outcome.primaryAppointmentId).toBe('a2');
    const none = { ...context, appointments: [] };
    expect((dw(src, { context: none }) as { outcome: { primaryAppointmentId: string } }).outcome.primaryAppointmentId).toBe('a9');
  });

  it('subjourney-local-reuse: totals with reduce and a VIP discount', () => {
    const src = exampleExpr(SJ, 'spec.subjourneys.computeTotals.states.calculate.transform.mapper');
    const cart = { items: [{ unitPrice: 10.5, quantity: 2 }, { unitPrice: 4, quantity: 1 }, { quantity: 3 }] };
    expect(dw(src, { context: { cart, segment: 'VIP' } })).toEqual({ itemCount: 3, subtotal: 25, discountRate: 0.1, total: 22.5 });
    expect(dw(src, { context: { cart } })).toEqual({ itemCount: 3, subtotal: 25, discountRate: 0, total: 25 });
  });

  it('subjourney-local-reuse: risk score levels', () => {
    const src = exampleExpr(SJ, 'spec.subjourneys.riskCheck.states.evaluate.transform.mapper');
    expect(dw(src, { context: { segment: 'VIP', totals: { total: 500 } } })).toEqual({ score: 30, level: 'LOW' });
    expect(dw(src, { context: { totals: { total: 3000 } } })).toEqual({ score: 80, level: 'HIGH' });
    expect(dw(src, { context: { segment: 'VIP', totals: { total: 3000 } } })).toEqual({ score: 50, level: 'MEDIUM' });
  });

  it('approval-loop: the D08 `default:` counter starts at 0 and increments', () => {
    const init = exampleExpr('technical/approval-loop/approval-loop.journey.yaml', 'spec.states.init.transform.mapper');
    const inc = exampleExpr('technical/approval-loop/approval-loop.journey.yaml', 'spec.states.incrementAttempts.transform.mapper');
    const c0 = dw(init, { context: { id: 'x' } });
    expect(c0).toEqual({ id: 'x', approvalAttempts: 0 });
    expect(dw(inc, { context: c0 })).toEqual({ id: 'x', approvalAttempts: 1 });
  });

  it('auth-jwt-scopes: `a contains x or b contains y` reads as two contains tests', () => {
    const src = exampleExpr('technical/auth-jwt-scopes/auth-jwt-scopes.journey.yaml', 'spec.states.checkScopes.choices[0].when.predicate');
    const claims = (scope: unknown) => ({ context: { auth: { jwt: { claims: { scope } } } } });
    expect(dw(src, claims('openid read:users'))).toBe(true);
    expect(dw(src, claims('admin'))).toBe(true);
    expect(dw(src, claims('openid'))).toBe(false);
    expect(dw(src, claims(null))).toBe(false);
  });

  it('D09: bare result variables read context.<name>', () => {
    const src = exampleExpr('business/loan-application/loan-application.journey.yaml', 'spec.states.scoreAndRoute.choices[0].when.predicate');
    const ok = { ok: true };
    expect(dw(src, { context: { checks: { bureauA: ok, bureauB: ok, kyc: ok }, requestedAmount: 1000 } })).toBe(true);
    expect(dw(src, { context: { checks: { bureauA: ok, bureauB: { ok: false }, kyc: ok }, requestedAmount: 1000 } })).toBe(false);
  });

  it('email-verification: the join picks the branch that produced an outcome', () => {
    const src = exampleExpr('business/email-verification/email-verification.journey.yaml', 'spec.states.waitOrExpire.parallel.join.mapper');
    const branches = { waitBranch: { outcome: null }, expiryBranch: { outcome: { status: 'EXPIRED' } } };
    expect(dw(src, { context: {}, branches })).toEqual({ status: 'EXPIRED' });
  });

  it('transform-pipeline: normalise → enrich → project', () => {
    const f = 'technical/transform-pipeline/transform-pipeline.journey.yaml';
    const step = (state: string, context: unknown) => dw(exampleExpr(f, `spec.states.${state}.transform.mapper`), { context });
    const normalised = step('normalise', { id: 'o1', amount: 200 }) as Record<string, unknown>;
    expect(normalised).toEqual({ order: { id: 'o1', amount: 200, currency: 'USD' } });
    const enriched = step('enrich', { ...normalised, amount: 200 });
    expect(step('project', enriched)).toEqual({ id: 'o1', total: 250, currency: 'USD' });
  });

  it('kyc fallback: retry delay grows with the attempt number', () => {
    const src = exampleExpr(
      'business/kyc-async-timeout-fallback/kyc-async-timeout-fallback.journey.yaml',
      'spec.states.primaryKycRace.parallel.branches[1].states.waitBeforeRetry.timer.duration.mapper',
    );
    expect([0, 1, 2].map((n) => dw(src, { context: { recoveryAttempt: n } }))).toEqual(['PT30S', 'PT2M', 'PT5M']);
  });
});
