/**
 * One writer per journey across tabs: two tabs sharing a fake Web Locks manager (the browser's
 * semantics of `ifAvailable` and `steal`). The first tab to claim a journey writes it, the second
 * reads; taking over swaps the roles; releasing (the journey closed) frees it.
 */
import { expect, it } from 'vitest';
import { createJourneyLocks, type LockRequester } from '../../src/editor/files/journey-locks';

/** A lock manager shared by "tabs": exclusive locks, `ifAvailable` answers null when held, `steal` aborts the holder. */
function fakeLockManager(): LockRequester {
  const holders = new Map<string, { reject(e: Error): void }>();
  return {
    request(name, options, cb) {
      if (holders.has(name) && options.ifAvailable) return Promise.resolve(cb(null));
      if (holders.has(name) && !options.steal) throw new Error('waiting requests are not used here');
      if (options.steal) holders.get(name)?.reject(Object.assign(new Error('stolen'), { name: 'AbortError' }));
      return new Promise((resolve, reject) => {
        const me = { reject };
        holders.set(name, me);
        void Promise.resolve(cb({ name })).then((v) => {
          if (holders.get(name) === me) holders.delete(name);
          resolve(v);
        });
      });
    },
  };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

it('the first tab writes a journey, the second only reads it until it takes over', async () => {
  const manager = fakeLockManager();
  const a = createJourneyLocks(manager);
  const b = createJourneyLocks(manager);
  a.claim('j1');
  await settle();
  b.claim('j1');
  await settle();
  expect(a.roles.getState()).toEqual({ j1: 'writer' });
  expect(b.roles.getState()).toEqual({ j1: 'reader' });

  b.takeOver('j1');
  await settle();
  expect(b.roles.getState()).toEqual({ j1: 'writer' });
  expect(a.roles.getState()).toEqual({ j1: 'reader' });
});

it('a journey released in one tab can be claimed by a tab that opens it later', async () => {
  const manager = fakeLockManager();
  const a = createJourneyLocks(manager);
  a.claim('j1');
  await settle();
  a.release('j1');
  await settle();
  expect(a.roles.getState()).toEqual({});
  const b = createJourneyLocks(manager);
  b.claim('j1');
  await settle();
  expect(b.roles.getState()).toEqual({ j1: 'writer' });
});

it('without Web Locks (an old browser, a test page) the tab writes every journey', () => {
  const solo = createJourneyLocks(undefined);
  solo.claim('j1');
  expect(solo.roles.getState()).toEqual({ j1: 'writer' });
});
