/**
 * The simulator worker's calls end by themselves when the worker stays silent too long (a scenario whose
 * expression never finishes): the worker is terminated, the call fails with a message saying why, and the
 * next call gets a fresh worker. Progress messages keep a long but honest suite alive.
 */
import { expect, it } from 'vitest';
import { SimClient, simTimeoutMessage } from '../../../src/editor/sim/sim-client';
import type { SimReply, SimRequest } from '../../../src/editor/sim/sim-protocol';
import { manualClock } from '../support/manual-clock';

class FakeWorker {
  onmessage: ((e: MessageEvent<SimReply>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  received: SimRequest[] = [];
  terminated = false;
  postMessage(m: SimRequest) {
    this.received.push(m);
  }
  terminate() {
    this.terminated = true;
  }
  send(reply: unknown) {
    this.onmessage?.({ data: reply } as MessageEvent<SimReply>);
  }
}

function setup() {
  const workers: FakeWorker[] = [];
  const clock = manualClock();
  const client = new SimClient(
    () => {
      const w = new FakeWorker();
      workers.push(w);
      return w as unknown as Worker;
    },
    10_000,
    clock.timers,
  );
  return { workers, clock, client };
}

it('a scenario run that never answers is ended after 10 s of silence and says why', async () => {
  const { workers, clock, client } = setup();
  const run = client.call({ type: 'frame', index: 0 });
  const failed = run.then(
    () => 'resolved',
    (e: Error) => e.message,
  );
  clock.advance(9_999);
  expect(workers[0]?.terminated).toBe(false);
  clock.advance(1);
  expect(workers[0]?.terminated).toBe(true);
  expect(await failed).toBe(simTimeoutMessage(10_000));
  void client.call({ type: 'frame', index: 0 }).catch(() => undefined);
  expect(workers).toHaveLength(2);
  client.dispose();
});

it('progress keeps a long suite alive; the limit is silence, not total time', async () => {
  const { workers, clock, client } = setup();
  const suite = client.call({ type: 'suite', journeyText: 'j', scenarioText: 's', fileName: 'x.journey.yaml' });
  const id = workers[0]!.received[0]!.id;
  for (let i = 0; i < 5; i++) {
    clock.advance(8_000);
    workers[0]!.send({ type: 'progress', id, done: i + 1, total: 6 });
  }
  expect(workers[0]?.terminated).toBe(false);
  workers[0]!.send({ type: 'suiteResult', id, scenarios: [] });
  expect((await suite).type).toBe('suiteResult');
  clock.advance(20_000);
  expect(workers[0]?.terminated).toBe(false);
  client.dispose();
});
