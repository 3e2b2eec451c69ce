/** The inspector highlights what a step changed in the context. */
import { describe, expect, it } from 'vitest';
import { diffContext, touches } from '../../../src/editor/sim/context-diff';

describe('context diff', () => {
  it('reports added, removed and changed leaves with their paths', () => {
    const before = { a: 1, auth: { jwt: { claims: { sub: 'alice' } } }, items: [1, 2], gone: true };
    const after = { a: 2, auth: { jwt: { problem: { code: 'JWT_EXPIRED' } } }, items: [1, 3, 4] };
    expect(diffContext(before, after)).toEqual([
      { path: 'a', kind: 'changed' },
      { path: 'auth.jwt.claims', kind: 'removed' },
      { path: 'auth.jwt.problem', kind: 'added' },
      { path: 'items[1]', kind: 'changed' },
      { path: 'items[2]', kind: 'added' },
      { path: 'gone', kind: 'removed' },
    ]);
  });

  it('finds nothing between equal contexts and marks ancestors of changes', () => {
    expect(diffContext({ a: { b: [1] } }, { a: { b: [1] } })).toEqual([]);
    const changes = diffContext({ a: { b: 1 } }, { a: { b: 2 } });
    expect(touches(changes, 'a')).toBe('changed');
    expect(touches(changes, 'a.b')).toBe('changed');
    expect(touches(changes, 'c')).toBeUndefined();
  });

  it('treats __proto__ as a plain key', () => {
    const after = JSON.parse('{"__proto__": {"x": 1}}') as unknown;
    expect(diffContext({}, after)).toEqual([{ path: '__proto__', kind: 'added' }]);
  });
});
