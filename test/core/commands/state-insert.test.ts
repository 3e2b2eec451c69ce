import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/validate/validate';
import { expectCommentsKept, expectNoNewErrors, expectUndoRestores, given, refused, when } from './support';

const targetOf = (text: string, qid: string, via: string, choiceIndex?: number) =>
  analyze(text)
    .model.states.find((s) => s.qid === qid)!
    .transitions.find((t) => t.via === via && (choiceIndex === undefined || t.choiceIndex === choiceIndex))?.target;

describe('state.insert', () => {
  it('puts a new state between a state and its next, in one edit', () => {
    const before = given('auth-jwt-scopes');
    const { text, selection } = when(before, 'state.insert', { type: 'transform', from: 'validateJwt', via: 'next' });
    expect(text.slice(selection!.start, selection!.end)).toBe('newTransform');
    expect(targetOf(text, 'validateJwt', 'next')).toBe('newTransform');
    expect(targetOf(text, 'newTransform', 'next')).toBe('checkScopes');
    expectCommentsKept(before, text);
    expectNoNewErrors(before, text);
    expectUndoRestores(before, text);
  });

  it('inserts on a choice branch and keeps its predicate', () => {
    const before = given('auth-jwt-scopes');
    const { text } = when(before, 'state.insert', { type: 'task', taskKind: 'httpCall:v1', from: 'checkScopes', via: 'choice', choiceIndex: 0 });
    expect(targetOf(text, 'checkScopes', 'choice', 0)).toBe('newTask');
    expect(targetOf(text, 'newTask', 'next')).toBe('fetchUser');
    expect(text).toContain('contains "read:users"');
    expect(targetOf(text, 'checkScopes', 'default')).toBe('scopeDenied');
    expectNoNewErrors(before, text);
  });

  it('appends where the transition is free, a terminal state too', () => {
    const before = given('http-failure-branch');
    const cut = when(before, 'transition.disconnect', { from: 'call_api', via: 'next' }).text;
    const { text } = when(cut, 'state.insert', { type: 'succeed', from: 'call_api', via: 'next' });
    expect(targetOf(text, 'call_api', 'next')).toBe('newSucceed');
    expect(analyze(text).model.states.find((s) => s.qid === 'newSucceed')?.type).toBe('succeed');
  });

  it('is deterministic and inserts in the scope of the state it follows', () => {
    const before = given('payment-reminder-with-timeout');
    const from = analyze(before).model.states.find((s) => s.scope.kind === 'branch' && s.transitions.some((t) => t.via === 'next'))!;
    const a = when(before, 'state.insert', { type: 'timer', from: from.qid, via: 'next' });
    const b = when(before, 'state.insert', { type: 'timer', from: from.qid, via: 'next' });
    expect(a.text).toBe(b.text);
    const prefix = from.qid.slice(0, from.qid.length - from.id.length);
    expect(targetOf(a.text, from.qid, 'next')).toBe('newTimer');
    expect(analyze(a.text).model.states.some((s) => s.qid === `${prefix}newTimer`)).toBe(true);
    expectNoNewErrors(before, a.text);
  });

  it('refuses what would lose a link or invent a branch', () => {
    const text = given('auth-jwt-scopes');
    expect(refused(text, 'state.insert', { type: 'fail', from: 'validateJwt', via: 'next' })).toMatch(/ends the run/);
    expect(refused(text, 'state.insert', { type: 'task', from: 'checkScopes', via: 'next' })).toMatch(/branches or on its default/);
    expect(refused(text, 'state.insert', { type: 'task', from: 'checkScopes', via: 'choice', choiceIndex: 3 })).toMatch(/no branch 3/);
    expect(refused(text, 'state.insert', { type: 'task', from: 'nope', via: 'next' })).toMatch(/no state/);
    // wait.default (dialect D01) is left for its quick fix rather than doubled by a next.
    expect(refused(given('payment-reminder-with-timeout'), 'state.insert', { type: 'timer', from: 'waitOrTimeout/waitBranch/waitForPayment', via: 'next' })).toMatch(/dialect/);
  });
});
