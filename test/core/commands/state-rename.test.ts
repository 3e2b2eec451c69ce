import { describe, expect, it } from 'vitest';
import {
  expectCommentsKept,
  expectNoNewErrors,
  expectUndoRestores,
  given,
  refused,
  when,
} from './support';

describe('state.rename', () => {
  it('renames a choice and every reference to it, keeping the comments inside it', () => {
    const before = given('auth-jwt-scopes');
    const { text, selection } = when(before, 'state.rename', {
      state: 'checkScopes',
      to: 'authorizeScopes',
    });
    expect(text).toBe(
      before
        .replace('      next: checkScopes\n', '      next: authorizeScopes\n')
        .replace('    checkScopes:\n', '    authorizeScopes:\n'),
    );
    expect(text.slice(selection!.start, selection!.end)).toBe('authorizeScopes');
    expectCommentsKept(before, text);
    expectNoNewErrors(before, text);
    expectUndoRestores(before, text);
  });

  it('renames the start state, choice targets and defaults', () => {
    const before = given('http-failure-branch');
    const { text } = when(before, 'state.rename', { state: 'call_api', to: 'fetch' });
    expect(text).toBe(
      before
        .replace('  start: call_api\n', '  start: fetch\n')
        .replace('    call_api:\n', '    fetch:\n'),
    );
    const second = when(before, 'state.rename', { state: 'failed', to: 'downstream_failed' }).text;
    expect(second).toBe(
      before
        .replace('          next: failed\n', '          next: downstream_failed\n')
        .replace('    failed:\n', '    downstream_failed:\n'),
    );
    expectNoNewErrors(before, second);
  });

  it('renames wait.default (D01) targets and schedule entries', () => {
    const before = given('monthly-invoicing-batch');
    const { text } = when(before, 'state.rename', {
      state: 'ingestWaitForFinanceApproval',
      to: 'ingestApproval',
    });
    expect(text.match(/ingestApproval/g)).toHaveLength(2);
    expect(text).toContain('        default: ingestApproval\n');
    const sched = when(before, 'state.rename', { state: 'draftInvoices', to: 'draft' }).text;
    expect(sched).toContain('        start: draft\n');
    expect(sched).toContain('    draft:\n');
    expectNoNewErrors(before, sched);
  });

  it('renames inside a parallel branch without touching same-named states elsewhere', () => {
    const before = given('kyc-async-timeout-fallback');
    const { text } = when(before, 'state.rename', {
      state: 'primaryKycRace/slaAndFallbackBranch/waitBeforeRetry',
      to: 'pauseBeforeRetry',
    });
    expectNoNewErrors(before, text);
    expect(text).not.toMatch(/\bwaitBeforeRetry\b/);
  });

  it('refuses collisions and invalid ids', () => {
    const text = given('auth-jwt-scopes');
    expect(refused(text, 'state.rename', { state: 'checkScopes', to: 'fetchUser' })).toMatch(
      /already exists/,
    );
    expect(refused(text, 'state.rename', { state: 'checkScopes', to: '9 lives' })).toMatch(
      /not a valid state id/,
    );
    expect(refused(text, 'state.rename', { state: 'nope', to: 'x' })).toMatch(/no state 'nope'/);
  });
});

describe('state.rename of a step', () => {
  it('renames the step key under spec.bindings.http.steps too', () => {
    const before = given('wait-approval');
    const withBinding = before.replace(
      /\n {2}start:/,
      '\n  bindings:\n    http:\n      steps:\n        waitForApproval:\n          headersToContext:\n            X-Approver: approver\n  start:',
    );
    const { text } = when(withBinding, 'state.rename', {
      state: 'waitForApproval',
      to: 'approvalStep',
    });
    expect(text).toContain('      steps:\n        approvalStep:\n');
    // Only prose still says waitForApproval (a description), not a reference.
    expect(text.match(/\bwaitForApproval\b/g)).toHaveLength(1);
    expect(text).toContain('      next: approvalStep\n');
    expectNoNewErrors(withBinding, text);
  });
});
