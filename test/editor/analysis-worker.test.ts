/**
 * The view worker's start-up warm-up must never make a journey wait: a request that arrives
 * while it runs is answered after at most one warm-up read, and the warm-up still finishes.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisReply } from '../../src/editor/analysis-protocol';

const EXAMPLE = readFileSync('test/fixtures/examples/technical/auth-jwt-scopes/auth-jwt-scopes.journey.yaml', 'utf8');
const replies: AnalysisReply[] = [];
const worker = { postMessage: (m: AnalysisReply) => replies.push(m), onmessage: undefined as ((e: { data: unknown }) => void) | undefined };
const send = (data: unknown) => worker.onmessage!({ data });
const until = async (done: () => boolean) => {
  for (let i = 0; i < 2000 && !done(); i++) await new Promise((r) => setTimeout(r, 1));
  expect(done()).toBe(true);
};

describe('analysis worker', () => {
  beforeAll(async () => {
    (globalThis as { self?: unknown }).self = worker;
    await import('../../src/workers/analysis.worker');
  });
  afterAll(() => {
    delete (globalThis as { self?: unknown }).self;
  });

  it('answers a journey opened during the warm-up before the warm-up ends, and then reports the warm-up done', async () => {
    send({ mode: 'warm-up', text: EXAMPLE, reads: 40 });
    // Let the warm-up start, then open a journey in the middle of it.
    await new Promise((r) => setTimeout(r, 5));
    send({ docId: 'd1', seq: 1, mode: 'view', text: EXAMPLE, fileName: 'auth-jwt-scopes.journey.yaml' });
    await until(() => replies.some((m) => m.stage === 'warm'));
    const stages = replies.map((m) => m.stage);
    expect(stages.indexOf('view')).toBeGreaterThanOrEqual(0);
    expect(stages.indexOf('view')).toBeLessThan(stages.indexOf('warm'));
    const view = replies.find((m) => m.stage === 'view');
    expect(view?.stage === 'view' && view.result.view?.nodes.map((n) => n.qid)).toContain('validateJwt');
    expect(stages.filter((s) => s === 'warm')).toHaveLength(1);
  });
});
