import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEditorStore, undo } from '../../../src/editor/store/editor-store';
import { commitPredicate, predicateOf, retargetChoice } from '../../../src/editor/inspector/expression-actions';
import { runCommand } from '../../../src/editor/commands';
import { addFromPalette, dropTarget } from '../../../src/editor/canvas/add-state';
import { parsePaletteDrop } from '../../../src/editor/palette-items';
import { analyzeForEditor } from '../../../src/editor/analysis';
import { EXAMPLES_DIR } from '../../support/corpus';

const JWT = join(EXAMPLES_DIR, 'technical/auth-jwt-scopes/auth-jwt-scopes.journey.yaml');
const PAR = join(EXAMPLES_DIR, 'technical/payment-reminder-with-timeout/payment-reminder-with-timeout.journey.yaml');
const open = (file: string) => {
  const text = readFileSync(file, 'utf8');
  return { text, store: createEditorStore({ docId: 'd', fileName: 'x.journey.yaml', text }) };
};
const ROUTE = 'waitOrTimeout/waitBranch/routeWaitForPayment';

describe('editing a choice predicate from the inspector', () => {
  it('a block-scalar predicate stays a | block: only its body changes, and one undo restores the bytes', () => {
    const { text, store } = open(PAR);
    const res = commitPredicate(store, ROUTE, 0, 'context.payload.paymentStatus == "SETTLED"');
    expect(res.ok).toBe(true);
    const after = store.getState().text;
    expect(after).toBe(text.replace('context.payload.paymentStatus == "PAID"\n', 'context.payload.paymentStatus == "SETTLED"\n'));
    expect(store.temporal.getState().pastStates).toHaveLength(1);
    undo(store);
    expect(store.getState().text).toBe(text);
  });

  it('a multi-line predicate is written as an indented | block that reads back as typed', () => {
    const { store } = open(JWT);
    const expr = 'context.api.ok == true\n  and context.api.status == 201';
    expect(commitPredicate(store, 'decide', 0, expr).ok).toBe(true);
    expect(store.getState().text).toContain('              expr: |\n                context.api.ok == true\n                  and context.api.status == 201\n');
    expect(predicateOf(store, 'decide', 0)?.expr).toBe(`${expr}\n`);
  });

  it('an unchanged predicate is no edit, and no undo step', () => {
    const { text, store } = open(JWT);
    const cur = predicateOf(store, 'decide', 0)!.expr;
    expect(commitPredicate(store, 'decide', 0, cur.trimEnd()).ok).toBe(true);
    expect(store.getState().text).toBe(text);
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });

  it('a predicate with a syntax error is saved and reported inside the expression span', () => {
    const { store } = open(JWT);
    commitPredicate(store, 'decide', 0, 'context.api.ok == ');
    const span = predicateOf(store, 'decide', 0)!.span;
    const inside = analyzeForEditor(store.getState().text, 'x.journey.yaml').diagnostics.filter(
      (d) => d.span.start >= span.start && d.span.end <= span.end,
    );
    expect(inside.length).toBeGreaterThan(0);
  });
});

describe('retargeting transitions from the inspector', () => {
  it('a choice branch in a parallel branch changes its next in place, as one undo step', () => {
    const { text, store } = open(PAR);
    const res = retargetChoice(store, ROUTE, 0, 'waitOrTimeout/waitBranch/paymentNotCompleted');
    expect(res.ok).toBe(true);
    const after = store.getState().text;
    expect(after.length).toBe(text.length + 'paymentNotCompleted'.length - 'paymentReceived'.length);
    const view = analyzeForEditor(after, 'x.journey.yaml').view!;
    const out = view.edges.filter((e) => e.source === ROUTE).map((e) => `${e.via}>${e.target}`);
    expect(out).toEqual(['choice>waitOrTimeout/waitBranch/paymentNotCompleted', 'default>waitOrTimeout/waitBranch/paymentNotCompleted']);
    undo(store);
    expect(store.getState().text).toBe(text);
  });

  it('a default inside a parallel branch is retargeted in place by its select (transition.connect), one undo step', () => {
    const { text, store } = open(PAR);
    const res = runCommand(store, 'transition.connect', { from: ROUTE, to: 'waitOrTimeout/waitBranch/paymentReceived', via: 'default' });
    expect(res.ok).toBe(true);
    expect(store.getState().text).toBe(text.replace('default: paymentNotCompleted', 'default: paymentReceived'));
    undo(store);
    expect(store.getState().text).toBe(text);
  });

  it('refuses a target in another scope', () => {
    const { text, store } = open(PAR);
    const res = retargetChoice(store, ROUTE, 0, 'waitOrTimeout');
    expect(res.ok).toBe(false);
    expect(store.getState().text).toBe(text);
  });
});

describe('palette drops into group boxes', () => {
  it('a drop inside a parallel box adds the state to the branch of the nearest member, placed relative to the box', () => {
    const { store } = open(PAR);
    const boxes = [{ id: 'waitOrTimeout', x: 100, y: 100, w: 600, h: 400 }];
    const states = [
      { qid: 'waitOrTimeout/waitBranch/waitForPayment', x: 200, y: 150 },
      { qid: 'waitOrTimeout/timeoutBranch/paymentTimer', x: 600, y: 150 },
    ];
    const target = dropTarget(store, boxes, states, { x: 580, y: 300 });
    expect(target).toEqual({ scope: 'branch:waitOrTimeout/timeoutBranch', at: { x: 480, y: 200 } });
    expect(dropTarget(store, boxes, states, { x: 50, y: 50 })).toEqual({ at: { x: 50, y: 50 } });
  });

  it('adds a choice inside a branch, with no edges of its own, and selects it by qualified id', () => {
    const { store } = open(PAR);
    const res = addFromPalette(store, parsePaletteDrop('choice')!, { x: 10, y: 20 }, 'branch:waitOrTimeout/waitBranch');
    expect(res).toEqual({ id: 'waitOrTimeout/waitBranch/newChoice' });
    const view = analyzeForEditor(store.getState().text, 'x.journey.yaml').view!;
    const node = view.nodes.find((n) => n.qid === 'waitOrTimeout/waitBranch/newChoice');
    expect(node?.parent).toBe('waitOrTimeout');
    expect(view.edges.filter((e) => e.source === 'waitOrTimeout/waitBranch/newChoice')).toEqual([]);
    expect(store.getState().selection).toEqual(['waitOrTimeout/waitBranch/newChoice']);
    expect(store.getState().placeHints['waitOrTimeout/waitBranch/newChoice']).toEqual({ at: { x: 10, y: 20 } });
  });
});
