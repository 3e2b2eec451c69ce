/** The auth outcomes on each canvas edge, from a real preview of the start-up journey (CONTRACTS §5 `data-auth-outcomes`). */
import { describe, expect, it } from 'vitest';
import { previewAuthText } from '../../../src/core/auth/preview';
import type { AuthPreview } from '../../../src/core/auth/preview-types';
import { edgeOutcomes, stepKey } from '../../../src/editor/auth/edge-outcomes';
import { analyzeForEditor } from '../../../src/editor/analysis';
import { quickLayout } from '../../../src/editor/canvas/quick-layout';
import { reuseEdges, toFlow } from '../../../src/editor/canvas/to-flow';
import { corpus } from '../../support/corpus';

const example = corpus().find((f) => f.name === 'auth-jwt-scopes')!;
const opts = { collapsed: [], selection: [], runStates: {}, search: '', positions: {} };

/** The codes of the preview whose outcome ends at `end` (or not, with `not`). */
function codesEnding(p: AuthPreview, test: (end: string) => boolean): string[] {
  return p.authStates[0].outcomes.filter((o) => test(o.ends.state)).map((o) => o.code);
}

describe('auth outcomes on edges', () => {
  it('maps every outcome onto the edges its path takes, OK included', async () => {
    const preview = await previewAuthText(example.text, example.rel);
    const all = preview.authStates[0].outcomes.map((o) => o.code);
    expect(all[0]).toBe('OK');
    const map = edgeOutcomes(preview);
    expect(map.get(stepKey('validateJwt', 'checkScopes'))?.codes).toEqual(all);
    const denied = codesEnding(preview, (e) => e === 'scopeDenied');
    expect(denied).not.toContain('OK');
    expect(map.get(stepKey('checkScopes', 'scopeDenied'))).toMatchObject({ codes: denied, failureOnly: true, badge: `401 · ${denied.length}` });
    expect(map.get(stepKey('checkScopes', 'fetchUser'))).toMatchObject({ codes: ['OK'], failureOnly: false, badge: 'OK' });
    expect(map.get(stepKey('validateJwt', 'checkScopes'))?.badge).toBe(`OK/401 · ${all.length}`);
    expect(map.get(stepKey('checkScopes', 'scopeDenied'))?.detail.split('\n')[0]).toBe(`${denied[0]} (401)`);
  });

  it('a predicate edit moves the outcomes to the other branch', async () => {
    const edited = example.text.replace('contains "read:users"', 'contains "write:users"');
    const map = edgeOutcomes(await previewAuthText(edited, example.rel));
    expect(map.get(stepKey('checkScopes', 'fetchUser'))).toBeUndefined();
    expect(map.get(stepKey('checkScopes', 'scopeDenied'))?.codes[0]).toBe('OK');
    expect(map.get(stepKey('checkScopes', 'scopeDenied'))?.failureOnly).toBe(false);
  });

  it('puts the codes on every canvas edge as data-auth-outcomes, failure-only edges marked, and keeps edge objects while nothing changes', async () => {
    const view = analyzeForEditor(example.text, example.rel).view!;
    const authOutcomes = edgeOutcomes(await previewAuthText(example.text, example.rel));
    const edges = toFlow(view, quickLayout(view), { ...opts, authOutcomes }).edges;
    const byStep = (s: string, t: string) => edges.find((e) => e.source === s && e.target === t)!;
    const attr = (s: string, t: string) => (byStep(s, t).domAttributes as Record<string, string>)['data-auth-outcomes'];
    expect(attr('checkScopes', 'fetchUser')).toBe('OK');
    expect(attr('checkScopes', 'scopeDenied')).toBe(authOutcomes.get('checkScopes>scopeDenied')!.codes.join(' '));
    expect(byStep('checkScopes', 'scopeDenied').className).toContain('auth-fail');
    expect(byStep('checkScopes', 'fetchUser').className).toContain('auth-ok');
    // Every edge carries the hook: empty where no outcome goes.
    expect(attr('decide', 'done')).toBe('OK');
    expect(attr('decide', 'upstreamFailed')).toBe('');
    // A new preview with the same outcomes gives React Flow the same edge objects back.
    const again = edgeOutcomes(await previewAuthText(example.text, example.rel));
    expect(reuseEdges(edges, toFlow(view, quickLayout(view), { ...opts, authOutcomes: again }).edges)).toBe(edges);
  });
});
