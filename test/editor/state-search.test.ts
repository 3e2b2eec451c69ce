import { describe, expect, it } from 'vitest';
import { analyzeForEditor } from '../../src/editor/analysis';
import { groupsToOpen, nextMatch, searchMatches } from '../../src/editor/toolbar/state-search';
import { corpus } from '../support/corpus';

const view = (name: string) => {
  const f = corpus().find((x) => x.name === name)!;
  return analyzeForEditor(f.text, f.rel).view!;
};

describe('state search', () => {
  it('matches ids, types and task kinds, in document order', () => {
    const v = view('auth-jwt-scopes');
    expect(searchMatches(v, 'FAIL')).toEqual(['scopeDenied', 'upstreamFailed']);
    expect(searchMatches(v, 'jwtvalidate')).toEqual(['validateJwt']);
    expect(searchMatches(v, '  ')).toEqual([]);
  });

  it('Enter steps through the matches and wraps; Shift+Enter goes back', () => {
    const m = ['a', 'b', 'c'];
    expect(nextMatch(m, undefined)).toBe('a');
    expect(nextMatch(m, 'a')).toBe('b');
    expect(nextMatch(m, 'c')).toBe('a');
    expect(nextMatch(m, 'a', true)).toBe('c');
    expect(nextMatch(m, 'not-a-match')).toBe('a');
    expect(nextMatch([], 'a')).toBeUndefined();
  });

  it('a match inside a collapsed group opens that group', () => {
    const v = view('payment-reminder-with-timeout');
    const [timer] = searchMatches(v, 'paymentTimer');
    expect(timer).toBe('waitOrTimeout/timeoutBranch/paymentTimer');
    expect(groupsToOpen(v, timer, ['waitOrTimeout'])).toEqual(['waitOrTimeout']);
    expect(groupsToOpen(v, timer, [])).toEqual([]);
  });
});
