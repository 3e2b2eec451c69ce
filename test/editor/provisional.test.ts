/** While typing, renamed and new states appear next to their neighbours instead of jumping. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/core/validate/validate';
import { toGraphView, type GraphView } from '../../src/editor/graph-view';
import { quickLayout } from '../../src/editor/canvas/quick-layout';
import { provisionalBoxes } from '../../src/editor/canvas/provisional';

const path = 'test/fixtures/examples/technical/approval-loop/approval-loop.journey.yaml';
const base = readFileSync(path, 'utf8');
const viewOf = (text: string): GraphView => {
  const a = analyze(text, 'a.journey.yaml');
  return toGraphView(a.model, a.source.lines, a.diagnostics);
};

describe('provisional placement', () => {
  const before = viewOf(base);
  const placed = quickLayout(before).nodes;

  it('a renamed state keeps the old place', () => {
    const renamed = viewOf(base.replace(/\bincrementAttempts\b/g, 'bumpAttempts'));
    const { boxes, renamed: isRename } = provisionalBoxes(before, renamed, placed);
    expect(isRename).toBe(true);
    expect(boxes.get('bumpAttempts')).toEqual(placed.get('incrementAttempts'));
  });

  it('a new state goes below the state that leads to it', () => {
    const added = viewOf(
      base.replace('          next: approved\n', '          next: audit\n').replace('  states:\n', '  states:\n    audit:\n      type: transform\n      transform:\n        mapper:\n          lang: dataweave\n          expr: context\n        target:\n          kind: context\n      next: approved\n'),
    );
    const { boxes, renamed } = provisionalBoxes(before, added, placed);
    expect(renamed).toBe(false);
    const decide = [...added.edges].find((e) => e.target === 'audit')!.source;
    const b = placed.get(decide)!;
    expect(boxes.get('audit')).toEqual({ ...b, y: b.y + b.h + 40 });
  });

  it('nothing new, nothing provisional', () => {
    expect(provisionalBoxes(before, viewOf(base), placed).boxes.size).toBe(0);
  });
});
