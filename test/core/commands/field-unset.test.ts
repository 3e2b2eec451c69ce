import { describe, expect, it } from 'vitest';
import { expectCommentsKept, expectNoNewErrors, expectUndoRestores, given, refused, when } from './support';

describe('field.unset', () => {
  it('removes a field with its line, keeping everything else byte for byte', () => {
    const before = given('http-failure-branch');
    const { text } = when(before, 'field.unset', { path: 'spec.states.call_api.task.timeoutMs' });
    expect(text).toBe(before.replace('        timeoutMs: 5000\n', ''));
    expectCommentsKept(before, text);
    expectNoNewErrors(before, text);
    expectUndoRestores(before, text);
  });

  it('removes a whole block mapping (all its lines)', () => {
    const before = given('http-failure-branch');
    const { text } = when(before, 'field.unset', { path: 'spec.states.call_api.task.headers' });
    expect(text).toBe(before.replace('        headers: { Accept: application/json }\n', ''));
  });

  it('removes a key from a flow mapping and keeps the flow style', () => {
    const before = given('http-failure-branch');
    const { text } = when(before, 'field.unset', { path: 'spec.apis.items.openApiRef' });
    expect(text).toContain('    items: {}\n');
    expect(text.replace('    items: {}\n', '')).toBe(before.replace('    items: { openApiRef: apis/items.openapi.yaml }\n', ''));
  });

  it('a field that is not there is no change (clearing an empty form field)', () => {
    const before = given('http-failure-branch');
    expect(when(before, 'field.unset', { path: 'spec.states.call_api.task.accept' }).text).toBe(before);
    expect(when(before, 'field.unset', { path: 'spec.states.nowhere.task.accept' }).text).toBe(before);
  });

  it('refuses list items and malformed paths with a sentence', () => {
    const before = given('http-failure-branch');
    expect(refused(before, 'field.unset', { path: 'spec.states.decide.choices[0]' })).toMatch(/list item/);
    expect(refused(before, 'field.unset', { path: 'spec..x' })).toMatch(/not a valid path/);
  });
});
