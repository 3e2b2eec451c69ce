import { describe, expect, it } from 'vitest';
import {
  expectCommentsKept,
  expectNoNewErrors,
  expectUndoRestores,
  given,
  refused,
  splice,
  when,
} from './support';

describe('transition.connect', () => {
  it('appends a choice entry with its predicate after the existing ones', () => {
    const before = given('auth-jwt-scopes');
    const { text } = when(before, 'transition.connect', {
      from: 'checkScopes',
      to: 'upstreamFailed',
      via: 'choice',
      predicate: 'context.auth.jwt == null',
    });
    const entry =
      '        - when:\n            predicate:\n              lang: dataweave\n              expr: context.auth.jwt == null\n          next: upstreamFailed\n';
    expect(text).toBe(
      before.replace('          next: fetchUser\n', '          next: fetchUser\n' + entry),
    );
    expect(splice(before, text).removed).toBe('');
    expectCommentsKept(before, text);
    expectNoNewErrors(before, text);
    expectUndoRestores(before, text);
  });

  it('rewrites an existing next in place and sets a choice default', () => {
    const before = given('http-failure-branch');
    expect(
      when(before, 'transition.connect', { from: 'call_api', to: 'failed', via: 'next' }).text,
    ).toBe(before.replace('      next: decide\n', '      next: failed\n'));
    expect(
      when(before, 'transition.connect', { from: 'decide', to: 'failed', via: 'default' }).text,
    ).toBe(before.replace('      default: done\n', '      default: failed\n'));
  });

  it('rewrites onTimeout of a wait that has a timeout', () => {
    const before = given('approval-loop');
    const { text } = when(before, 'transition.connect', {
      from: 'waitForApproval',
      to: 'ingestWaitForApproval',
      via: 'onTimeout',
    });
    expect(text).toBe(
      before.replace('        onTimeout: timedOut\n', '        onTimeout: ingestWaitForApproval\n'),
    );
    expectUndoRestores(before, text);
  });

  it('refuses what the DSL forbids', () => {
    const text = given('http-failure-branch');
    expect(
      refused(text, 'transition.connect', { from: 'done', to: 'decide', via: 'next' }),
    ).toMatch(/ends the run/);
    expect(
      refused(text, 'transition.connect', { from: 'decide', to: 'done', via: 'next' }),
    ).toMatch(/choices and default/);
    expect(
      refused(text, 'transition.connect', { from: 'call_api', to: 'done', via: 'choice' }),
    ).toMatch(/Only a choice/);
    expect(
      refused(given('wait-approval'), 'transition.connect', {
        from: 'waitForApproval',
        to: 'rejected',
        via: 'onTimeout',
      }),
    ).toMatch(/no timeoutSec/);
    const branchy = given('payment-reminder-with-timeout');
    const crossing = {
      from: 'waitOrTimeout/waitBranch/paymentReceived',
      to: 'waitOrTimeout/timeoutBranch/timeoutFired',
      via: 'next',
    } as const;
    expect(refused(branchy, 'transition.connect', crossing)).toMatch(/another scope/);
    expect(refused(branchy, 'transition.connect', { ...crossing, to: 'sendReminder' })).toMatch(
      /another scope/,
    );
    // The same wiring inside the branch is fine.
    const inside = when(branchy, 'transition.connect', { ...crossing, to: 'journeyDonePaid' }).text;
    expectNoNewErrors(branchy, inside);
  });
});

describe('transition.disconnect', () => {
  it('removes a default line and a choice entry', () => {
    const before = given('http-failure-branch');
    expect(when(before, 'transition.disconnect', { from: 'decide', via: 'default' }).text).toBe(
      before.replace('      default: done\n', ''),
    );
    const { text } = when(given('auth-jwt-scopes'), 'transition.disconnect', {
      from: 'checkScopes',
      via: 'choice',
      to: 'fetchUser',
    });
    expect(text).toContain('      choices: []\n      default: scopeDenied\n');
    expectUndoRestores(
      before,
      when(before, 'transition.disconnect', { from: 'call_api', via: 'next' }).text,
    );
  });

  it('refuses a transition that is not there', () => {
    expect(
      refused(given('http-failure-branch'), 'transition.disconnect', { from: 'done', via: 'next' }),
    ).toMatch(/no such next/);
  });
});
