// The step-level API the in-browser debugger uses: immutable snapshots (step back
// by keeping old ones), submissions, the virtual clock, and internal Problems.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { advanceClock, createRun, prepareRuntime, step, submitStep } from '../../src/engine/index';
import type { Runtime } from '../../src/engine/index';
import { testLanguages } from './helpers/jsonata-lang';

async function runtime(file: string, env: Record<string, unknown> = {}): Promise<Runtime> {
  const rt = await prepareRuntime(readFileSync(join(__dirname, 'fixtures', file), 'utf8'), env, {
    languages: testLanguages,
    journeyFile: file,
  });
  if (!rt) throw new Error(`${file} cannot run`);
  return rt;
}

describe('step-level API', () => {
  it('never mutates a snapshot, so the UI can step back to any of them', async () => {
    const rt = await runtime('approval-flow.journey.yaml');
    const started = await createRun(rt, { body: { orderId: 'o-9' } });
    const frozen = JSON.stringify(started.snapshot);
    expect(started.snapshot.phase).toBe('RUNNING');
    const approved = await submitStep(rt, started.snapshot, 'waitForApproval', {
      decision: 'approve',
    });
    expect(approved.snapshot.visited).toContain('race');
    expect(JSON.stringify(started.snapshot)).toBe(frozen);
    // Going back and choosing differently gives a different future.
    const rejected = await submitStep(rt, started.snapshot, 'waitForApproval', {
      decision: 'reject',
    });
    expect(rejected.snapshot.outcome).toMatchObject({
      phase: 'FAILED',
      error: { code: 'REJECTED' },
    });
    expect(Object.isFrozen(rejected.snapshot)).toBe(true);
  });

  it('runs one state per `run` event', async () => {
    const rt = await runtime('approval-flow.journey.yaml');
    const { snapshot } = await createRun(rt, { body: { orderId: 'o-1' } });
    const accepted = await step(rt, snapshot, {
      type: 'submit',
      stepId: 'waitForApproval',
      body: { decision: 'approve' },
    });
    expect(accepted.snapshot.threads[0]).toMatchObject({ state: 'route', status: 'ready' });
    const one = await step(rt, accepted.snapshot, { type: 'run' });
    expect(one.snapshot.steps).toBe(accepted.snapshot.steps + 1);
    expect(one.snapshot.threads[0]).toMatchObject({ state: 'race', status: 'ready' });
    const two = await step(rt, one.snapshot, { type: 'run' });
    expect(two.snapshot.threads.filter((t) => t.role === 'branch').map((t) => t.branch)).toEqual([
      'shipping',
      'expiry',
    ]);
  });

  it('rejects a submission that fails the input schema and leaves the run in place', async () => {
    const rt = await runtime('approval-flow.journey.yaml');
    const { snapshot } = await createRun(rt, { body: { orderId: 'o-2' } });
    const r = await submitStep(rt, snapshot, 'waitForApproval', { decision: 42 });
    expect(r.effects).toContainEqual(expect.objectContaining({ type: 'rejected', status: 400 }));
    expect(r.snapshot.threads.find((t) => t.role === 'main')).toMatchObject({
      state: 'waitForApproval',
      status: 'waiting',
    });
  });

  it('fires timers in virtual time only', async () => {
    const rt = await runtime('approval-flow.journey.yaml');
    const { snapshot } = await createRun(rt, { body: { orderId: 'o-3' } });
    const early = await advanceClock(rt, snapshot, 59 * 60 * 1000);
    expect(early.snapshot.threads.find((t) => t.role === 'main')).toMatchObject({
      state: 'waitForApproval',
    });
    const late = await advanceClock(rt, early.snapshot, 60 * 1000);
    expect(late.snapshot.threads.find((t) => t.role === 'main')).toMatchObject({
      state: 'remind',
      status: 'sleeping',
    });
    expect(late.snapshot.now - snapshot.now).toBe(3600 * 1000);
  });

  it('turns a missing auth profile into an internal *_CONFIG_* failure', async () => {
    const rt = await runtime('jwt-guard.journey.yaml', { auth: { jwt: {} } });
    const { snapshot } = await createRun(rt, {});
    expect(snapshot.outcome).toMatchObject({
      phase: 'FAILED',
      currentState: 'validateJwt',
      error: { code: 'JWT_CONFIG_PROFILE_MISSING' },
    });
    expect(snapshot.threads[0].context).toEqual({});
  });

  it('fails the run with the internal Problem when a predicate cannot be evaluated', async () => {
    const rt = await runtime('runaway-loop.journey.yaml');
    // `limit` is a string: JSONata refuses `n < "x"` — a predicate runtime error (RT-12).
    const { snapshot } = await createRun(rt, { body: { limit: 'x' } });
    expect(snapshot.outcome).toMatchObject({
      phase: 'FAILED',
      currentState: 'again',
      error: { code: 'urn:journeyforge:error:internal' },
    });
    expect(snapshot.trace.at(-1)?.problem?.detail).toContain("choices[0] predicate of 'again'");
  });
});

describe('timer until', () => {
  it('fires at the instant its mapper computes, on the virtual clock', async () => {
    const journey = [
      'kind: Journey',
      'metadata: { name: until }',
      'spec:',
      '  start: hold',
      '  states:',
      '    hold:',
      '      type: timer',
      '      timer:',
      '        until:',
      '          mapper: { lang: jsonata, expr: context.releaseAt }',
      '      next: done',
      '    done: { type: succeed }',
    ].join('\n');
    const rt = (await prepareRuntime(journey, { now: '2026-01-01T09:00:00Z' }, { languages: testLanguages }))!;
    const { snapshot } = await createRun(rt, { body: { releaseAt: '2026-01-01T12:00:00Z' } });
    const before = await advanceClock(rt, snapshot, (2 * 60 + 59) * 60 * 1000);
    expect(before.snapshot.phase).toBe('RUNNING');
    const after = await advanceClock(rt, before.snapshot, 60 * 1000);
    expect(after.snapshot.outcome).toMatchObject({ phase: 'SUCCEEDED', currentState: 'done' });
    expect(after.effects).toEqual([]);
    expect(before.effects).toEqual([]);
    expect(snapshot.trace.at(-1)).toMatchObject({ state: 'hold', note: 'sleeping until 2026-01-01T12:00:00.000Z' });
  });
});
