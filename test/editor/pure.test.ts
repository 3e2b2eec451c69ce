import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { minimalReplacement } from '../../src/editor/text-diff';
import { applyFixText } from '../../src/editor/fixes';
import { navigate, viaOfHandle } from '../../src/editor/canvas/keyboard-nav';
import { historyKey } from '../../src/editor/use-undo-keys';
import { TEMPLATES } from '../../src/editor/files/templates';
import { analyzeForEditor } from '../../src/editor/analysis';
import { restoreOrder } from '../../src/editor/files/persist';
import { looksLikeJourney, pastedName } from '../../src/editor/files/open-files';
import { exportName } from '../../src/editor/files/download';
import { diagramSvg } from '../../src/editor/canvas/diagram-svg';
import { quickLayout } from '../../src/editor/canvas/quick-layout';
import { keepFirst, shapeKey } from '../../src/editor/canvas/use-layout';
import { corpus } from '../support/corpus';

const example = corpus().find((f) => f.name === 'auth-jwt-scopes');
if (!example) throw new Error('fixture missing');
const analysis = analyzeForEditor(example.text, example.rel);
const view = analysis.view;
if (!view) throw new Error('example does not parse');

describe('pure editor logic', () => {
  it('the code pane applies external edits as one minimal replacement (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const r = minimalReplacement(a, b);
        expect(a.slice(0, r.start) + r.text + a.slice(r.end)).toBe(b);
      }),
    );
    expect(minimalReplacement('next: a\n', 'next: bb\n')).toEqual({ start: 6, end: 7, text: 'bb' });
  });

  it('quick fixes apply their edits to the text; overlapping edits are refused', () => {
    expect(applyFixText('abcdef', { title: 't', edits: [{ span: { start: 0, end: 1 }, text: 'X' }, { span: { start: 4, end: 6 }, text: '' }] })).toBe('Xbcd');
    expect(applyFixText('abc', { title: 't', edits: [{ span: { start: 0, end: 2 }, text: '' }, { span: { start: 1, end: 3 }, text: '' }] })).toBeUndefined();
  });

  it('every quick fix the corpus offers applies cleanly', () => {
    for (const f of corpus()) {
      const a = analyzeForEditor(f.text, f.rel);
      for (const d of a.diagnostics) if (d.fix) expect(applyFixText(f.text, d.fix), `${f.rel} ${d.code}`).toBeTypeOf('string');
    }
  });

  it('arrow keys follow transitions; Home goes to the start', () => {
    expect(navigate(view, undefined, 'Home')).toBe('validateJwt');
    expect(navigate(view, 'validateJwt', 'ArrowDown')).toBe('checkScopes');
    expect(navigate(view, 'checkScopes', 'ArrowUp')).toBe('validateJwt');
    expect(navigate(view, 'checkScopes', 'ArrowRight')).toBe('fetchUser');
    expect(navigate(view, 'done', 'ArrowDown')).toBe('done');
    expect(viaOfHandle('onTimeout')).toBe('onTimeout');
    expect(viaOfHandle(null)).toBe('next');
  });

  it('Ctrl+Z / Ctrl+Y / Ctrl+Shift+Z map to the shared history', () => {
    const k = (key: string, shiftKey = false) => historyKey({ key, ctrlKey: true, metaKey: false, shiftKey });
    expect(k('z')).toBe('undo');
    expect(k('Z', true)).toBe('redo');
    expect(k('y')).toBe('redo');
    expect(historyKey({ key: 'z', ctrlKey: false, metaKey: false, shiftKey: false })).toBeUndefined();
  });

  it.each(TEMPLATES.map((t) => [t.title, t] as const))('template %s validates without errors or warnings', (_t, t) => {
    const a = analyzeForEditor(t.text, t.fileName);
    expect(a.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(a.view?.nodes.length).toBeGreaterThan(1);
  });

  it('the auth-guarded webhook template guards its step with an API key check', () => {
    const t = TEMPLATES.find((x) => x.id === 'webhook');
    const a = analyzeForEditor(t?.text ?? '', 'x.journey.yaml');
    expect(a.view?.nodes.map((n) => n.taskKind).filter(Boolean)).toEqual(['apiKeyValidate:v1']);
    expect(a.view?.nodes.some((n) => n.type === 'webhook')).toBe(true);
  });

  it('restores documents in the saved workspace order', () => {
    const d = (id: string) => ({ id, fileName: `${id}.journey.yaml`, text: '', exportedText: '' });
    expect(restoreOrder({ order: ['b', 'a'], activeId: 'a' }, [d('a'), d('c'), d('b')]).map((x) => x.id)).toEqual(['b', 'a', 'c']);
  });

  it('pasted journey text is recognised and named after metadata.name', () => {
    expect(looksLikeJourney(example.text)).toBe(true);
    expect(looksLikeJourney('hello: world')).toBe(false);
    expect(pastedName(example.text)).toBe('auth-jwt-scopes.journey.yaml');
    expect(exportName('auth-jwt-scopes.journey.yaml', '.openapi.yaml')).toBe('auth-jwt-scopes.openapi.yaml');
  });

  it('the SVG export draws every state and escapes text', () => {
    const layout = quickLayout(view);
    const svg = diagramSvg(view, layout);
    for (const n of view.nodes) expect(svg).toContain(`data-state-id="${n.qid}"`);
    expect(svg).toContain('&quot;');
    expect(svg.startsWith('<svg')).toBe(true);
  });

  it('layout keeps the first place of a state and changes shape key only on graph changes', () => {
    const into = new Map([['a', { x: 1, y: 1, w: 1, h: 1 }]]);
    expect(keepFirst(into, new Map([['a', { x: 9, y: 9, w: 1, h: 1 }], ['b', { x: 2, y: 2, w: 1, h: 1 }]]))).toBe(true);
    expect(into.get('a')?.x).toBe(1);
    const edited = analyzeForEditor(example.text.replace('"admin"', '"root"'), example.rel).view;
    expect(shapeKey(edited)).toBe(shapeKey(view));
    const rewired = analyzeForEditor(example.text.replace('next: decide', 'next: done'), example.rel).view;
    expect(shapeKey(rewired)).not.toBe(shapeKey(view));
  });
});

describe('canvas node reuse', () => {
  it('an edit that does not touch a state keeps its node object (no re-render), and keeps measured sizes otherwise', async () => {
    const { toFlow, reuseNodes } = await import('../../src/editor/canvas/to-flow');
    const opts = { collapsed: [], selection: [], runStates: {}, search: '', positions: {} };
    const first = toFlow(view, quickLayout(view), opts).nodes.map((n) => ({ ...n, measured: { width: 190, height: 58 } }));
    const again = reuseNodes(first, toFlow(view, quickLayout(view), { ...opts, selection: ['done'] }).nodes);
    expect(again.find((n) => n.id === 'fetchUser')).toBe(first.find((n) => n.id === 'fetchUser'));
    const done = again.find((n) => n.id === 'done');
    expect(done).not.toBe(first.find((n) => n.id === 'done'));
    expect(done?.selected).toBe(true);
    expect(done?.measured).toEqual({ width: 190, height: 58 });
  });

  it('typing a line above the states re-renders no node', async () => {
    const { toFlow, reuseNodes } = await import('../../src/editor/canvas/to-flow');
    const opts = { collapsed: [], selection: [], runStates: {}, search: '', positions: {} };
    const before = toFlow(view, quickLayout(view), opts);
    const shifted = analyzeForEditor(example.text.replace('spec:\n', 'spec:\n  # a note\n'), example.rel).view!;
    expect(shifted.nodes[0].line).toBe(view.nodes[0].line + 1);
    const after = toFlow(shifted, quickLayout(shifted), opts);
    expect(reuseNodes(before.nodes, after.nodes)).toBe(before.nodes);
  });
});

describe('edge labels', () => {
  const opts = { collapsed: [], selection: [], runStates: {}, search: '', positions: {} };
  type Bend = { pathOptions?: { stepPosition?: number } };

  it("a choice's labelled edges bend at different heights, the one reaching farther first, so their labels do not overlap", async () => {
    const { toFlow } = await import('../../src/editor/canvas/to-flow');
    const layout = quickLayout(view);
    const at = (qid: string, x: number) => ({ ...layout.nodes.get(qid)!, x });
    // scopeDenied far to the left of checkScopes, fetchUser straight below it.
    const placed = { ...layout, nodes: new Map([...layout.nodes, ['checkScopes', at('checkScopes', 400)], ['fetchUser', at('fetchUser', 400)], ['scopeDenied', at('scopeDenied', 0)]]) };
    const { edges } = toFlow(view, placed, opts);
    const bend = (source: string, target: string) =>
      (edges.find((e) => e.source === source && e.target === target) as Bend | undefined)?.pathOptions?.stepPosition;
    expect(bend('checkScopes', 'scopeDenied')).toBe(0);
    expect(bend('checkScopes', 'fetchUser')).toBe(1);
    // An unlabelled edge keeps the default bend halfway.
    expect(bend('validateJwt', 'checkScopes')).toBeUndefined();
  });

  it('laying out the same graph again keeps every edge object (no edge is redrawn on a keystroke)', async () => {
    const { toFlow, reuseEdges } = await import('../../src/editor/canvas/to-flow');
    const before = toFlow(view, quickLayout(view), opts);
    const after = toFlow(view, quickLayout(view), { ...opts, selection: ['done'] });
    expect(after.edges).not.toBe(before.edges);
    expect(reuseEdges(before.edges, after.edges)).toBe(before.edges);
  });
});
