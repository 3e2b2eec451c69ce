/** The debugger's timeline: frame-by-frame runs, step back, continue with submissions and clock advances. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DebugSession, MAX_FRAMES_PER_CONTINUATION } from '../../../src/engine/debug-session';

const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'examples', 'business', 'ecommerce-order-split-shipment');
const journey = readFileSync(join(dir, 'ecommerce-order-split-shipment.journey.yaml'), 'utf8');
const scenarios = readFileSync(join(dir, 'ecommerce-order-split-shipment.scenario.yaml'), 'utf8');

async function session(name = 'fulfilled') {
  const created = await DebugSession.create(journey, scenarios, name);
  if (!created.ok) throw new Error(created.message);
  await created.session.start();
  return created.session;
}

describe('debug session', () => {
  it('records one frame per state and rests at the first wait', async () => {
    const s = await session();
    const labels = s.summaries().map((f) => f.label);
    expect(labels[0]).toBe('start');
    expect(labels).toContain('createOrder');
    const last = s.view(s.frames.length - 1)!;
    expect(last.phase).toBe('RUNNING');
    expect(last.waiting.map((w) => w.stepId)).toEqual(['waitForConfirmation']);
    expect(last.waiting[0].schema).toMatchObject({ type: 'object' });
    // stepping back shows the earlier moment, with less visited
    const earlier = s.view(1)!;
    expect(earlier.visited.length).toBeLessThan(last.visited.length);
  });

  it('a bad API key loops back to the webhook, a good one goes on', async () => {
    const s = await session();
    await s.submit(s.frames.length - 1, 'waitForConfirmation', { decision: 'proceed' });
    let v = s.view(s.frames.length - 1)!;
    expect(v.waiting.map((w) => w.stepId)).toEqual(['waitForFulfillment']);
    const body = { orderId: 'ord-1', overallStatus: 'FULFILLED' };
    await s.submit(s.frames.length - 1, 'waitForFulfillment', body, { headers: { 'X-Fulfillment-Secret': 'wrong-secret' } });
    v = s.view(s.frames.length - 1)!;
    expect(v.waiting.map((w) => w.stepId)).toEqual(['waitForFulfillment']);
    expect(v.context).toMatchObject({ auth: { apiKey: { problem: { code: 'APIKEY_INVALID', status: 401 } } } });
    await s.submit(s.frames.length - 1, 'waitForFulfillment', body, { headers: { 'X-Fulfillment-Secret': 'wh-secret-1' } });
    v = s.view(s.frames.length - 1)!;
    expect(v.phase).toBe('SUCCEEDED');
    expect(v.outcome.currentState ?? v.visited[v.visited.length - 1]).toBe('completeFulfilled');
    expect(JSON.stringify(v)).not.toContain('wh-secret-1');
  });

  it('continuing from an earlier frame drops the frames after it', async () => {
    const s = await session();
    await s.playScenarioSteps();
    const end = s.frames.length;
    const waitFrame = s.summaries().findIndex((f, i) => i > 0 && s.view(i)!.waiting.some((w) => w.stepId === 'waitForConfirmation'));
    await s.submit(waitFrame, 'waitForConfirmation', { decision: 'cancel' });
    expect(s.frames.length).toBeLessThan(end);
    expect(s.view(s.frames.length - 1)!.phase).toBe('SUCCEEDED');
    expect(s.view(s.frames.length - 1)!.visited).toContain('completeCancelled');
  });

  it('an infinite loop ends with a step-budget frame instead of hanging', async () => {
    const loop = `apiVersion: v1
kind: Journey
metadata:
  name: spin
  version: 0.1.0
spec:
  start: a
  states:
    a:
      type: transform
      transform:
        mapper:
          lang: dataweave
          expr: context
        target:
          kind: context
      next: b
    b:
      type: choice
      choices:
        - when:
            predicate:
              lang: dataweave
              expr: "true"
          next: a
      default: a
`;
    const created = await DebugSession.create(loop, undefined, undefined, { maxSteps: 5000 });
    if (!created.ok) throw new Error(created.message);
    await created.session.start();
    const last = created.session.view(created.session.frames.length - 1)!;
    // a thousand frames can be stepped through; the rest of the runaway loop is one frame
    expect(created.session.frames.length).toBe(MAX_FRAMES_PER_CONTINUATION + 2);
    expect(last.label).toMatch(/^ran on for \d+ more steps$/);
    expect(last.phase).toBe('FAILED');
    expect(JSON.stringify(last.outcome)).toMatch(/[Ss]tep budget exceeded at state '(a|b)'/);
  });
});

describe('scenario from a run', () => {
  it('replays to the same place when run as a scenario', async () => {
    const { runScenarioFile } = await import('../../../src/engine/index');
    const s = await session();
    await s.submit(s.frames.length - 1, 'waitForConfirmation', { decision: 'proceed' });
    await s.submit(s.frames.length - 1, 'waitForFulfillment', { orderId: 'ord-1', overallStatus: 'FULFILLED' }, { headers: { 'X-Fulfillment-Secret': 'wh-secret-1' } });
    const scenario = s.scenarioUpTo(s.frames.length - 1, 'recorded');
    expect(scenario).toMatchObject({ name: 'recorded', expect: { phase: 'SUCCEEDED', currentState: 'completeFulfilled' } });
    expect((scenario.steps as unknown[]).length).toBe(2);
    const { parse, stringify } = await import('yaml');
    const file = parse(scenarios) as { env: unknown };
    const report = await runScenarioFile(journey, stringify({ env: file.env, scenarios: [scenario] }));
    expect(report.scenarios[0].failures).toEqual([]);
    expect(report.scenarios[0].passed).toBe(true);
  });
});
