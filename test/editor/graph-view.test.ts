import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/core/source';
import { buildModel } from '../../src/core/model/build-model';
import { toGraphView, shorten, stateAtPath } from '../../src/editor/graph-view';
import { quickLayout } from '../../src/editor/canvas/quick-layout';
import { toFlow } from '../../src/editor/canvas/to-flow';
import { toElk, fromElk } from '../../src/editor/canvas/elk-graph';
import { corpus } from '../support/corpus';

const files = corpus();

function viewOf(text: string, name: string) {
  const source = parseSource(text, name);
  const model = buildModel(source);
  return { model, view: toGraphView(model, source.lines, []) };
}

describe('canvas view of the 46 shared journeys', () => {
  it.each(files.map((f) => [f.rel, f] as const))('%s: one node per state, one edge per resolvable transition', (_rel, f) => {
    const { model, view } = viewOf(f.text, f.rel);
    expect(view.nodes.map((n) => n.qid)).toEqual(model.states.map((s) => s.qid));
    const qids = new Set(view.nodes.map((n) => n.qid));
    const resolvable = model.states.flatMap((s) => s.transitions.filter((t) => qids.has(s.scope.prefix + t.target)));
    expect(view.edges).toHaveLength(resolvable.length);
    // Every group member sits in a group that exists, and every state has a box.
    const groups = new Set(view.groups.map((g) => g.id));
    for (const n of view.nodes) if (n.parent) expect(groups.has(n.parent)).toBe(true);
    const layout = quickLayout(view);
    for (const n of view.nodes) expect(layout.nodes.has(n.qid)).toBe(true);
  });

  it('every node carries the CONTRACTS §5 hooks on the React Flow node', () => {
    const f = files.find((x) => x.name === 'auth-jwt-scopes');
    if (!f) throw new Error('fixture missing');
    const { view } = viewOf(f.text, f.rel);
    const flow = toFlow(view, quickLayout(view), { collapsed: [], selection: [], runStates: { fetchUser: 'visited' }, search: '', positions: {} });
    const jwt = flow.nodes.find((n) => n.id === 'validateJwt');
    expect(jwt?.domAttributes).toMatchObject({ 'data-state-id': 'validateJwt', 'data-state-type': 'task', 'data-task-kind': 'jwtValidate:v1' });
    expect(flow.nodes.find((n) => n.id === 'fetchUser')?.domAttributes).toMatchObject({ 'data-run-state': 'visited' });
    const choiceEdges = flow.edges.filter((e) => e.source === 'checkScopes');
    expect(choiceEdges.map((e) => e.label)).toEqual(['(auth.jwt.claims.scope default "") cont…', 'default']);
  });

  it('parallel branches become groups with qualified ids, and collapsing hides their states', () => {
    const f = files.find((x) => viewOf(x.text, x.rel).view.groups.some((g) => g.kind === 'parallel'));
    if (!f) throw new Error('no parallel example');
    const { view } = viewOf(f.text, f.rel);
    const group = view.groups.find((g) => g.kind === 'parallel');
    if (!group) throw new Error('no group');
    expect(group.members.length).toBeGreaterThan(0);
    expect(group.members.every((m) => m.startsWith(`${group.id}/`))).toBe(true);
    const flow = toFlow(view, quickLayout(view), { collapsed: [group.id], selection: [], runStates: {}, search: '', positions: {} });
    for (const m of group.members) expect(flow.nodes.find((n) => n.id === m)?.hidden).toBe(true);
    // The parallel state leads to its box, collapsed or not, by a line nobody can select or delete.
    const line = flow.edges.find((e) => e.id === `branches:${group.id}`);
    expect(line).toMatchObject({ source: group.id, target: `group:${group.id}`, selectable: false, deletable: false });
  });

  it('ELK graph: compound nodes for groups, and positions read back', () => {
    const f = files.find((x) => viewOf(x.text, x.rel).view.groups.length > 0);
    if (!f) throw new Error('no grouped example');
    const { view } = viewOf(f.text, f.rel);
    const elk = toElk(view);
    const group = elk.children?.find((c) => c.id.startsWith('group:'));
    expect(group?.children?.length).toBeGreaterThan(0);
    const back = fromElk({ ...elk, children: elk.children?.map((c) => ({ ...c, x: 5, y: 7 })) });
    expect(back.groups.size + back.nodes.size).toBeGreaterThan(0);
  });

  it('ELK leaves the same room between layers inside a parallel group as outside it (for edge labels and arrows)', async () => {
    const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
    const f = files.find((x) => x.name === 'payment-reminder-with-timeout')!;
    const { view } = viewOf(f.text, f.rel);
    const layout = fromElk(await new ELK().layout(toElk(view)));
    const gap = (from: string, to: string) => layout.nodes.get(to)!.y - (layout.nodes.get(from)!.y + layout.nodes.get(from)!.h);
    expect(gap('sendReminder', 'waitOrTimeout')).toBeGreaterThanOrEqual(60);
    // Inside the group: a choice and the state its predicate leads to.
    const branch = 'waitOrTimeout/waitBranch/';
    expect(gap(`${branch}routeWaitForPayment`, `${branch}paymentReceived`)).toBeGreaterThanOrEqual(60);
  });

  it('a subjourney call leads to the subjourney it calls, on the canvas and in the layout', () => {
    const f = files.find((x) => x.name === 'subjourney-local-reuse')!;
    const { view } = viewOf(f.text, f.rel);
    expect(view.groups.find((g) => g.id === 'sub:computeTotals')?.callers).toEqual(['callComputeTotals']);
    const flow = toFlow(view, quickLayout(view), { collapsed: [], selection: [], runStates: {}, search: '', positions: {} });
    const calls = flow.edges.filter((e) => e.id.startsWith('calls:')).map((e) => `${e.source}>${e.target}`);
    expect(calls.sort()).toEqual(['callComputeTotals>group:sub:computeTotals', 'callProfileEnrichment>group:sub:enrichProfile', 'callRiskCheck>group:sub:riskCheck']);
    expect(toElk(view).edges?.filter((e) => e.id.startsWith('calls:'))).toHaveLength(3);
  });

  it('predicate labels are readable one-liners', () => {
    expect(shorten('context.api.ok == true\n  and context.api.status == 200')).toBe('api.ok == true and api.status == 200');
    expect(shorten('x'.repeat(60))).toHaveLength(40);
  });

  it('a diagnostic path finds the innermost state', () => {
    const f = files.find((x) => x.name === 'auth-jwt-scopes');
    if (!f) throw new Error('fixture missing');
    const { view } = viewOf(f.text, f.rel);
    expect(stateAtPath(view, 'spec.states.checkScopes.choices[0].next')?.qid).toBe('checkScopes');
    expect(stateAtPath(view, 'spec.output')).toBeUndefined();
  });
});
