/** Commands on a journey whose states are written as one flow mapping: edits stay in flow style. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/validate/validate';
import { expectCommentsKept, expectNoNewErrors, when } from './support';

const before = readFileSync(
  join(import.meta.dirname, '..', '..', 'fixtures', 'commands', 'flow-style.journey.yaml'),
  'utf8',
);
const STATES =
  '{ fetch: { type: task, task: { kind: httpCall:v1, method: GET, url: "https://api.example.com/x", timeoutMs: 1000, resultVar: x }, next: done }, done: { type: succeed } }';

describe('commands on flow-style states', () => {
  it('adds a state inside the flow mapping', () => {
    const { text } = when(before, 'state.add', { type: 'succeed', id: 'extra' });
    expect(text).toBe(
      before.replace(STATES, STATES.replace(/ }$/, ', extra: { type: succeed } }')),
    );
    expectCommentsKept(before, text);
    expectNoNewErrors(before, text);
  });

  it('renames and rewires in place', () => {
    expect(when(before, 'state.rename', { state: 'done', to: 'finished' }).text).toBe(
      before.replace('next: done }, done:', 'next: finished }, finished:'),
    );
    expect(
      when(before, 'transition.connect', { from: 'fetch', to: 'fetch', via: 'next' }).text,
    ).toBe(before.replace('next: done }', 'next: fetch }'));
  });

  it('removes a state (the next pointing at it stays, to be re-pointed), and duplicates one', () => {
    const removed = when(before, 'state.remove', { state: 'done' }).text;
    expect(removed).toBe(before.replace(', done: { type: succeed } }', ' }'));
    expect(analyze(removed).model.top.states.size).toBe(1);
    const dup = when(before, 'state.duplicate', { state: 'done' }).text;
    expect(dup).toBe(
      before.replace(
        'done: { type: succeed } }',
        'done: { type: succeed }, doneCopy: { type: succeed } }',
      ),
    );
  });
});
