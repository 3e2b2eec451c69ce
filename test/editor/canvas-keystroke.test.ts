import { describe, expect, it } from 'vitest';
import { analyzeForEditor } from '../../src/editor/analysis';
import { quickView } from '../../src/editor/quick-view';
import { reuseEdges, reuseNodes, toFlow, withProblemsOf } from '../../src/editor/canvas/to-flow';
import { quickLayout } from '../../src/editor/canvas/quick-layout';
import { generateJourney } from '../../bench/generate-journey';

const text = generateJourney(12);
const full = analyzeForEditor(text, 'g.journey.yaml').view!;
const opts = { collapsed: [], selection: [], runStates: {}, search: '', positions: {} };

describe('canvas while typing', () => {
  it('the fixture has problems on some states (else the tests below prove nothing)', () => {
    expect(full.nodes.filter((n) => n.problem).length).toBeGreaterThan(3);
  });

  it('a quick view keeps the problems of the last analysed view, state by state', () => {
    const typed = text.replace('    s5:', '    s5x:');
    const quick = quickView(typed, 'g.journey.yaml').view!;
    expect(quick.nodes.every((n) => !n.problem)).toBe(true);
    const shown = withProblemsOf(quick, full);
    for (const n of shown.nodes) {
      const before = full.nodes.find((m) => m.qid === n.qid);
      expect(n.problem).toBe(before?.problem);
    }
    // A state the analysis has not seen yet has none; the quick view itself is not changed.
    expect(shown.nodes.find((n) => n.qid === 's5x')?.problem).toBeUndefined();
    expect(quick.nodes.every((n) => !n.problem)).toBe(true);
  });

  it('gives the view itself back when nothing differs', () => {
    expect(withProblemsOf(full, full)).toBe(full);
    expect(withProblemsOf(full, undefined)).toBe(full);
    const again = analyzeForEditor(text, 'g.journey.yaml').view!;
    expect(withProblemsOf(again, full)).toBe(again);
  });

  it('a keystroke re-renders no node it did not touch (quick view after a full one)', () => {
    const layout = quickLayout(full);
    const before = toFlow(full, layout, opts).nodes;
    const quick = quickView(
      text.replace('profile: default', 'profile: defaultx'),
      'g.journey.yaml',
    ).view!;
    const after = reuseNodes(before, toFlow(withProblemsOf(quick, full), layout, opts).nodes);
    expect(after).toBe(before);
  });

  it('renaming a state redraws only the edges that touch it; the rest keep their objects', () => {
    const layout = quickLayout(full);
    const before = toFlow(full, layout, opts).edges;
    const renamed = quickView(text.replaceAll(/\bs5\b/g, 's5x'), 'g.journey.yaml').view!;
    const after = reuseEdges(before, toFlow(renamed, quickLayout(renamed), opts).edges);
    const touching = after.filter((e) => e.source === 's5x' || e.target === 's5x');
    expect(touching.length).toBeGreaterThan(0);
    for (const e of after) {
      const old = before.find((b) => b.id === e.id);
      if (touching.includes(e)) expect(old).toBeUndefined();
      else expect(e).toBe(old);
    }
    // Same id, another target: the new object is taken (every field is compared, not just the id).
    const retargeted = before.map((e, i) => (i === 0 ? { ...e, target: 's9' } : e));
    const kept = reuseEdges(before, retargeted);
    expect(kept[0]).toBe(retargeted[0]);
    expect(kept[0].target).toBe('s9');
    expect(reuseEdges(before, toFlow(full, layout, opts).edges)).toBe(before);
  });

  it('edges of the same kind share their data object (React Flow memoises the edge drawing on it)', () => {
    const a = toFlow(full, quickLayout(full), opts).edges;
    const b = toFlow(full, quickLayout(full), opts).edges;
    expect(a[0]).not.toBe(b[0]);
    expect(a[0].data).toBe(b[0].data);
    expect(a.map((e) => e.data)).toEqual(b.map((e) => e.data));
  });
});
