/** A new state goes in free space next to its anchor; placed states never move. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/core/validate/validate';
import { runCommand } from '../../src/core/commands/registry';
import { toGraphView, type GraphView } from '../../src/editor/graph-view';
import { quickLayout, NODE_H, NODE_W, type Box } from '../../src/editor/canvas/quick-layout';
import { freeSpot, overlaps, placeNew, PLACE_GAP } from '../../src/editor/canvas/placement';
import { placeAll } from '../../src/editor/canvas/use-placement';
import { revealDelta } from '../../src/editor/canvas/reveal';

const path = 'test/fixtures/examples/technical/auth-jwt-scopes/auth-jwt-scopes.journey.yaml';
const base = readFileSync(path, 'utf8');
const viewOf = (text: string): GraphView => {
  const a = analyze(text, 'a.journey.yaml');
  return toGraphView(a.model, a.source.lines, a.diagnostics);
};
const edit = (text: string, name: Parameters<typeof runCommand>[0], args: never): string => {
  const r = runCommand(name, text, args);
  if ('error' in r) throw new Error(r.error);
  return r.text;
};
const box = (x: number, y: number): Box => ({ x, y, w: NODE_W, h: NODE_H });
const noOverlap = (boxes: Box[]) => {
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i], boxes[j])).toBe(false);
};

describe('freeSpot', () => {
  it('goes below a state when there is room', () => {
    expect(freeSpot(box(0, 0), [box(0, 0)])).toEqual({ x: 0, y: NODE_H + PLACE_GAP });
  });

  it('goes beside when below is taken, and never over a box', () => {
    const occupied = [box(0, 0), box(0, 100), box(0, 200)];
    const p = freeSpot(occupied[0], occupied);
    expect(p).toEqual({ x: NODE_W + PLACE_GAP, y: 0 });
    noOverlap([...occupied, { ...p, w: NODE_W, h: NODE_H }]);
  });

  it('stays near its anchor in a crowded diagram, deterministically', () => {
    const occupied: Box[] = [];
    for (let i = 0; i < 5; i++) for (let j = 0; j < 5; j++) occupied.push(box(i * 230, j * 98));
    const a = freeSpot(occupied[12], occupied);
    expect(freeSpot(occupied[12], occupied)).toEqual(a);
    noOverlap([...occupied, { ...a, w: NODE_W, h: NODE_H }]);
    expect(Math.hypot(a.x - occupied[12].x, a.y - occupied[12].y)).toBeLessThan(800);
  });

  it('centres a box on a free drop point, and moves it off a taken one', () => {
    expect(freeSpot({ x: 500, y: 500 }, [box(0, 0)])).toEqual({ x: 500 - NODE_W / 2, y: 500 - NODE_H / 2 });
    const p = freeSpot({ x: 95, y: 29 }, [box(0, 0)]);
    expect(overlaps({ ...p, w: NODE_W, h: NODE_H }, box(0, 0))).toBe(false);
  });
});

describe('placeNew / placeAll', () => {
  const before = viewOf(base);
  const layout = quickLayout(before);
  const stored = Object.fromEntries([...layout.nodes].map(([q, b]) => [q, { x: b.x, y: b.y }]));

  it('a state added with the start selected goes next to it, over nothing', () => {
    const after = viewOf(edit(base, 'state.add', { type: 'task' } as never));
    const { added, positions } = placeAll(after, before, quickLayout(after), stored, { newTask: { near: 'validateJwt' } });
    const b = { ...added.newTask, w: NODE_W, h: NODE_H };
    noOverlap(after.nodes.map((n) => ({ ...positions[n.qid], w: NODE_W, h: NODE_H })));
    const start = layout.nodes.get('validateJwt')!;
    expect(Math.hypot(b.x - start.x, b.y - start.y)).toBeLessThan(2.5 * (NODE_W + PLACE_GAP));
    // Placed states did not move.
    for (const n of before.nodes) expect(positions[n.qid]).toEqual(stored[n.qid]);
  });

  it('a typed state pointed to by another goes near it', () => {
    const text = edit(base, 'state.insert', { type: 'transform', from: 'fetchUser', via: 'next' } as never);
    const after = viewOf(text);
    const { added, positions } = placeAll(after, before, quickLayout(after), stored, {});
    expect(Object.keys(added)).toEqual(['newTransform']);
    noOverlap(after.nodes.map((n) => ({ ...positions[n.qid], w: NODE_W, h: NODE_H })));
    const from = layout.nodes.get('fetchUser')!;
    expect(Math.hypot(added.newTransform.x - from.x, added.newTransform.y - from.y)).toBeLessThan(2.5 * (NODE_W + PLACE_GAP));
  });

  it('a chain of new states grows from where it is attached, each on free space', () => {
    const after = viewOf(
      edit(edit(base, 'state.insert', { type: 'timer', from: 'validateJwt', via: 'next' } as never), 'state.insert', { type: 'wait', from: 'newTimer', via: 'next' } as never),
    );
    const placed = new Map([...layout.nodes]);
    const out = placeNew(after, placed, new Map());
    expect([...out.keys()].sort()).toEqual(['newTimer', 'newWait']);
    noOverlap([...placed.values(), ...out.values()]);
  });

  it("a new parallel's branches box goes on free space, its states kept inside it", () => {
    const after = viewOf(edit(base, 'state.insert', { type: 'parallel', from: 'fetchUser', via: 'next' } as never));
    const lay = quickLayout(after);
    const { added, positions } = placeAll(after, before, lay, stored, { newParallel: { near: 'fetchUser' } });
    const g = added['group:newParallel'];
    expect(g).toBeDefined();
    const size = lay.groups.get('newParallel')!;
    const top = after.nodes.filter((n) => !n.parent).map((n) => ({ ...positions[n.qid], w: NODE_W, h: NODE_H }));
    for (const b of top) expect(overlaps({ ...g, w: size.w, h: size.h }, b)).toBe(false);
    expect(added['newParallel/a/aDone']).toEqual({ x: lay.nodes.get('newParallel/a/aDone')!.x, y: lay.nodes.get('newParallel/a/aDone')!.y });
  });

  it('a rename keeps the place; the first layout is taken whole', () => {
    const renamed = viewOf(base.replace(/\bfetchUser\b/g, 'loadUser'));
    expect(placeAll(renamed, before, quickLayout(renamed), stored, {}).added).toEqual({ loadUser: stored.fetchUser });
    expect(Object.keys(placeAll(before, undefined, layout, {}, {}).added).sort()).toEqual(before.nodes.map((n) => n.qid).sort());
  });
});

describe('revealDelta', () => {
  const size = { width: 600, height: 400 };
  it('does not pan for a state in view', () => {
    expect(revealDelta({ x: 200, y: 100, w: 190, h: 58 }, size, { width: 150, height: 100 })).toEqual({ dx: 0, dy: 0 });
  });
  it('pans a state off the bottom into view, clear of the minimap', () => {
    const { dx, dy } = revealDelta({ x: 400, y: 500, w: 190, h: 58 }, size, { width: 150, height: 100 });
    expect(400 + dx + 190).toBeLessThanOrEqual(600);
    expect(500 + dy + 58).toBeLessThanOrEqual(400 - 15 - 100 - 12);
  });
});
