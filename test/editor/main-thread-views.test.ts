import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { MAX_CHARS, MainThreadViews } from '../../src/editor/main-thread-views';
import { quickView } from '../../src/editor/quick-view';
import { generateJourney } from '../../bench/generate-journey';

const EXAMPLE = readFileSync('test/fixtures/examples/technical/auth-jwt-scopes/auth-jwt-scopes.journey.yaml', 'utf8');
const NAME = 'auth-jwt-scopes.journey.yaml';

describe('canvas views read on the main thread', () => {
  it('answers only for a journey read once before (a first read belongs to the worker)', () => {
    const views = new MainThreadViews();
    expect(views.view('a', EXAMPLE, NAME)).toBeUndefined();
    views.prime('a', EXAMPLE, NAME);
    expect(views.primed('a')).toBe(true);
    expect(views.view('a', EXAMPLE, NAME)?.view?.nodes.length).toBe(quickView(EXAMPLE, NAME).view?.nodes.length);
    expect(views.view('b', EXAMPLE, NAME)).toBeUndefined();
  });

  it('gives, edit after edit, exactly the view a fresh read gives', () => {
    const views = new MainThreadViews();
    views.prime('a', EXAMPLE, NAME);
    const edits = [
      EXAMPLE.replace('checkScopes:', 'checkScopesX:'),
      EXAMPLE.replace('checkScopes:', 'checkScopesX:').replaceAll('next: checkScopes', 'next: checkScopesX'),
      EXAMPLE.replace('spec:', 'spec:\n  # a comment'),
      `${EXAMPLE}    extra:\n      type: succeed\n`,
      EXAMPLE.replace('states:', 'states: ['), // broken YAML: no view
      EXAMPLE,
    ];
    for (const text of edits) expect(views.view('a', text, NAME)).toEqual(quickView(text, NAME));
  });

  it('leaves big journeys to the worker', () => {
    const big = generateJourney(600);
    expect(big.length).toBeGreaterThan(MAX_CHARS);
    const views = new MainThreadViews();
    views.prime('big', big, 'big.journey.yaml');
    expect(views.primed('big')).toBe(false);
    expect(views.view('big', big, 'big.journey.yaml')).toBeUndefined();
  });
});
