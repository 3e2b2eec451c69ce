/**
 * A preview whose predicate never finishes (a hostile opened or shared journey) is ended by the
 * client's wall-clock limit: the worker is terminated, the panel gets a message instead of a busy
 * state for ever, and the next request goes to a fresh worker. The worker here is a fake that never
 * answers (or answers when told), and the clock is a manual one.
 */
import { expect, it } from 'vitest';
import { createPreviewClient, previewTimeoutMessage } from '../../../src/editor/auth/preview-client';
import { manualClock } from '../support/manual-clock';
import type { PreviewReply, PreviewRequest } from '../../../src/editor/auth/preview-protocol';

class FakeWorker {
  onmessage: ((e: MessageEvent<PreviewReply>) => void) | null = null;
  received: PreviewRequest[] = [];
  terminated = false;
  postMessage(m: PreviewRequest) {
    this.received.push(m);
  }
  terminate() {
    this.terminated = true;
  }
  answer(seq: number) {
    this.onmessage?.({ data: { seq, error: 'answered' } } as MessageEvent<PreviewReply>);
  }
}

function setup() {
  const workers: FakeWorker[] = [];
  const clock = manualClock();
  const client = createPreviewClient(
    () => {
      const w = new FakeWorker();
      workers.push(w);
      return w as unknown as Worker;
    },
    { limitMs: 5000, timers: clock.timers },
  );
  return { workers, clock, client };
}

it('ends a preview that never answers after 5 s: terminates the worker and reports the timeout', async () => {
  const { workers, clock, client } = setup();
  const reply = client.request('hostile', 'x.journey.yaml');
  clock.advance(4999);
  expect(workers[0]?.terminated).toBe(false);
  clock.advance(1);
  expect(workers[0]?.terminated).toBe(true);
  expect(await reply).toEqual({ error: previewTimeoutMessage(5000) });
  expect(previewTimeoutMessage(5000)).toBe('The auth preview stopped after 5 s (an expression did not finish)');
  // The next request goes to a fresh worker, which answers normally.
  const next = client.request('fine', 'x.journey.yaml');
  expect(workers).toHaveLength(2);
  workers[1]!.answer(workers[1]!.received[0]!.seq);
  expect(await next).toEqual({ error: 'answered' });
  client.dispose();
});

it('a newer request queued behind a hung one is resent to a fresh worker and answered', async () => {
  const { workers, clock, client } = setup();
  const hung = client.request('hostile', 'x.journey.yaml');
  clock.advance(3000);
  const newer = client.request('fine', 'x.journey.yaml');
  clock.advance(2000);
  expect(workers[0]?.terminated).toBe(true);
  expect(await hung).toBeUndefined();
  expect(workers[1]?.received.map((m) => m.text)).toEqual(['fine']);
  workers[1]!.answer(workers[1]!.received[0]!.seq);
  expect(await newer).toEqual({ error: 'answered' });
  client.dispose();
});

it('an answer in time clears the limit (the worker is kept)', async () => {
  const { workers, clock, client } = setup();
  const reply = client.request('fine', 'x.journey.yaml');
  workers[0]!.answer(1);
  expect(await reply).toEqual({ error: 'answered' });
  clock.advance(10_000);
  expect(workers[0]?.terminated).toBe(false);
  client.dispose();
});
