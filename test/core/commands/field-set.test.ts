import { describe, expect, it } from 'vitest';
import { parsePath } from '../../../src/core/commands/field-set';
import {
  expectCommentsKept,
  expectNoNewErrors,
  expectUndoRestores,
  given,
  refused,
  when,
} from './support';

describe('field.set', () => {
  it('replaces a scalar in place, keeping everything else byte for byte', () => {
    const before = given('http-failure-branch');
    const { text } = when(before, 'field.set', {
      path: 'spec.states.call_api.task.timeoutMs',
      value: '2500',
    });
    expect(text).toBe(before.replace('        timeoutMs: 5000\n', '        timeoutMs: 2500\n'));
    expectCommentsKept(before, text);
    expectNoNewErrors(before, text);
    expectUndoRestores(before, text);
  });

  it('adds to a flow mapping in flow style', () => {
    const before = given('http-failure-branch');
    const { text } = when(before, 'field.set', {
      path: 'spec.states.call_api.task.headers.X-Trace',
      value: '"abc"',
    });
    expect(text).toBe(
      before.replace(
        'headers: { Accept: application/json }',
        'headers: { Accept: application/json, X-Trace: "abc" }',
      ),
    );
  });

  it('creates missing intermediate mappings with the file indentation', () => {
    const before = given('http-failure-branch');
    const { text } = when(before, 'field.set', {
      path: 'spec.execution.maxDurationSec',
      value: '60',
    });
    expect(text).toBe(before + '  execution:\n    maxDurationSec: 60\n');
    const block = when(before, 'field.set', {
      path: 'spec.states.done.meta',
      value: 'owner: payments\ntags: [a, b]\n',
    }).text;
    expect(block).toBe(
      before.replace(
        '      outputVar: api\n',
        '      outputVar: api\n      meta:\n        owner: payments\n        tags:\n          - a\n          - b\n',
      ),
    );
  });

  it('parses bracketed and quoted paths, and refuses bad ones', () => {
    expect(parsePath('spec.states.decide.choices[0].next')).toEqual([
      'spec',
      'states',
      'decide',
      'choices',
      0,
      'next',
    ]);
    expect(parsePath('a["b.c"].d')).toEqual(['a', 'b.c', 'd']);
    expect(parsePath('a..b')).toBeUndefined();
    const text = given('http-failure-branch');
    expect(
      when(text, 'field.set', { path: 'spec.states.decide.choices[0].next', value: 'done' }).text,
    ).toBe(text.replace('          next: failed\n', '          next: done\n'));
    expect(
      refused(text, 'field.set', { path: 'spec.states.decide.choices[3].next', value: 'x' }),
    ).toMatch(/no item \[3\]/);
    expect(refused(text, 'field.set', { path: 'spec.start.x', value: '1' })).toMatch(
      /not a mapping/,
    );
    expect(refused(text, 'field.set', { path: 'spec.x', value: '{a' })).toMatch(/not valid YAML/);
    // An alias without its anchor parses but has no value (found by the command property test).
    expect(refused(text, 'field.set', { path: 'spec.x.y', value: '*!' })).toMatch(/not valid YAML/);
  });
});
