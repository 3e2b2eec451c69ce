import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/validate/validate';
import {
  expectCommentsKept,
  expectNoNewErrors,
  expectUndoRestores,
  given,
  refused,
  splice,
  when,
} from './support';

describe('state.add', () => {
  it('appends a task with a minimal httpCall body at the end of the states, indented like the file', () => {
    const before = given('auth-jwt-scopes');
    const { text, selection } = when(before, 'state.add', { type: 'task', next: 'done' });
    const { removed, added } = splice(before, text);
    expect(removed).toBe('');
    expect(added).toBe(
      '    newTask:\n      type: task\n      task:\n        kind: httpCall:v1\n        method: GET\n' +
        '        url: https://api.example.com/resource\n        timeoutMs: 5000\n        resultVar: newTaskResult\n      next: done\n',
    );
    expect(text.endsWith(added)).toBe(true);
    expect(text.slice(selection!.start, selection!.end)).toBe('newTask');
    expectCommentsKept(before, text);
    expectNoNewErrors(before, text);
    expectUndoRestores(before, text);
  });

  it('derives a unique id and every state type yields a state the validator accepts', () => {
    let text = given('http-failure-branch');
    const before = text;
    for (const type of [
      'task',
      'choice',
      'transform',
      'wait',
      'webhook',
      'timer',
      'parallel',
      'succeed',
      'fail',
    ] as const) {
      text = when(text, 'state.add', {
        type,
        next: type === 'succeed' || type === 'fail' ? undefined : 'done',
      }).text;
    }
    text = when(text, 'state.add', { type: 'task', next: 'done' }).text;
    const model = analyze(text).model;
    expect([...model.top.states.keys()]).toEqual(
      expect.arrayContaining(['newTask', 'newTask2', 'newChoice', 'newParallel', 'newFail']),
    );
    expectNoNewErrors(before, text);
  });

  it('adds inside a parallel branch scope', () => {
    const before = given('payment-reminder-with-timeout');
    const scope = analyze(before).model.scopes.find((s) => s.kind === 'branch')!;
    const { text } = when(before, 'state.add', {
      type: 'succeed',
      scope: scope.id,
      id: 'branchEnd',
    });
    expect(analyze(text).model.states.some((s) => s.qid === `${scope.prefix}branchEnd`)).toBe(true);
    expectNoNewErrors(before, text);
  });

  it('refuses unknown scopes, targets outside the scope and choices without a target', () => {
    const text = given('http-failure-branch');
    expect(refused(text, 'state.add', { type: 'task', scope: 'subjourney:nope' })).toMatch(
      /no scope/,
    );
    expect(refused(text, 'state.add', { type: 'task', next: 'nowhere' })).toMatch(
      /not a state of this scope/,
    );
    expect(refused(text, 'state.add', { type: 'choice' })).toMatch(/needs a target/);
    expect(refused(text, 'state.add', { type: 'task', id: 'bad id' })).toMatch(
      /not a valid state id/,
    );
  });
});
