import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/validate/validate';
import {
  expectCommentsKept,
  expectNoNewErrors,
  expectUndoRestores,
  errors,
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
    // The one new error is the new choice asking for its branches.
    const added = analyze(text).diagnostics.filter((d) => d.severity === 'error' && d.code === 'CHOICE-001');
    expect(added.map((d) => d.path)).toEqual(['spec.states.newChoice.choices']);
    const others = (t: string) =>
      errors(t).filter((e) => !e.startsWith("CHOICE-001|Choice 'newChoice'")).sort();
    expect(others(text)).toEqual(others(before));
  });

  it('starts a choice with no branches: no invented predicate, one finding asking for branches', () => {
    const before = given('auth-jwt-scopes');
    const { text } = when(before, 'state.add', { type: 'choice' });
    const { added } = splice(before, text);
    expect(added).toBe('    newChoice:\n      type: choice\n      choices: []\n');
    const found = analyze(text)
      .diagnostics.filter((d) => d.path.startsWith('spec.states.newChoice') && d.severity !== 'info')
      .sort((a, b) => a.code.localeCompare(b.code));
    // It is not reached yet (GRAPH-004, as any new state) and asks for its branches; no CHOICE-004/005, no loop.
    expect(found.map((d) => [d.code, d.severity])).toEqual([
      ['CHOICE-001', 'error'],
      ['GRAPH-004', 'warning'],
    ]);
    expect(found[0].message).toMatch(/has no branches yet: add one/);
    expect(text.slice(found[0].span.start, found[0].span.end)).toBe('[]');
    // A target given by the caller becomes the default, never a branch with a made-up predicate.
    const withDefault = when(before, 'state.add', { type: 'choice', next: 'done' }).text;
    expect(splice(before, withDefault).added).toBe(
      '    newChoice:\n      type: choice\n      choices: []\n      default: done\n',
    );
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

  it('refuses unknown scopes and targets outside the scope', () => {
    const text = given('http-failure-branch');
    expect(refused(text, 'state.add', { type: 'task', scope: 'subjourney:nope' })).toMatch(
      /no scope/,
    );
    expect(refused(text, 'state.add', { type: 'task', next: 'nowhere' })).toMatch(
      /not a state of this scope/,
    );
    expect(refused(text, 'state.add', { type: 'task', id: 'bad id' })).toMatch(
      /not a valid state id/,
    );
  });
});
