/**
 * The view worker's start-up warm-up must never make a journey wait or compete with it: a
 * request that arrives while it runs ends it and is answered after at most one warm-up read.
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

  it('warms up by the number of reads asked for, then says so once', async () => {
    replies.length = 0;
    send({ mode: 'warm-up', text: EXAMPLE, reads: 20 });
    await until(() => replies.some((m) => m.stage === 'warm'));
    expect(replies.map((m) => m.stage)).toEqual(['warm']);
  });

  it('a journey opened during the warm-up ends it and is answered at once', async () => {
    replies.length = 0;
    // A warm-up that would run for minutes if real work did not end it.
    send({ mode: 'warm-up', text: EXAMPLE, reads: 1_000_000 });
    await new Promise((r) => setTimeout(r, 5));
    send({ docId: 'd1', seq: 1, mode: 'view', text: EXAMPLE, fileName: 'auth-jwt-scopes.journey.yaml' });
    await until(() => replies.some((m) => m.stage === 'view'));
    expect(replies.map((m) => m.stage)).toEqual(['warm', 'view']);
    const view = replies.find((m) => m.stage === 'view');
    expect(view?.stage === 'view' && view.result.view?.nodes.map((n) => n.qid)).toContain('validateJwt');
  });
});
