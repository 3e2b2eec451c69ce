/**
 * The view worker's start-up warm-up must never make a journey wait or compete with it: a
 * request that arrives while it runs ends it and is answered after at most one warm-up read.
 * The full-analysis worker checks operationRefs against the OpenAPI documents it was last sent.
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

  it('checks operationRefs against the OpenAPI documents it was sent', async () => {
    const journey = readFileSync('test/fixtures/examples/technical/http-compensation/http-compensation.journey.yaml', 'utf8');
    const billing = readFileSync('test/fixtures/examples/apis/billing.openapi.yaml', 'utf8');
    const codes = async (seq: number) => {
      replies.length = 0;
      send({ docId: 'd2', seq, mode: 'full', text: journey, fileName: 'http-compensation.journey.yaml' });
      await until(() => replies.some((m) => m.stage === 'full'));
      const full = replies.find((m) => m.stage === 'full');
      return full?.stage === 'full' ? full.result.diagnostics.map((d) => `${d.code}@${d.line}`).filter((c) => /^(CAT-003|OPENAPI-001)/.test(c)) : [];
    };
    // Nothing open yet: nothing to report (a document not open is not a problem of the journey).
    expect(await codes(1)).toEqual([]);
    send({ mode: 'apis', docs: [{ name: 'billing.openapi.yaml', text: billing }] });
    expect(await codes(2)).toEqual(['CAT-003@29', 'CAT-003@72']);
    // A document that is not OpenAPI at all is an info note at the ref.
    send({ mode: 'apis', docs: [{ name: 'billing.openapi.yaml', text: 'openapi: 3.1.0\n' }] });
    expect(await codes(3)).toEqual(['OPENAPI-001@15']);
    send({ mode: 'apis', docs: [] });
    expect(await codes(4)).toEqual([]);
  });
});
