/**
 * One writer per journey across the tabs of the browser. Two tabs of the app restore the same saved
 * journeys; if both autosaved, each keystroke in one would silently replace the other's work. Each
 * tab asks for a Web Lock per journey without waiting (`ifAvailable`): the tab that gets it saves,
 * the other one shows that its edits are not saved until the person takes the journey over
 * (`steal`, which hands the first tab the read-only role in turn). Closing a tab frees its locks.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';

export type JourneyRole = 'pending' | 'writer' | 'reader';

/** The part of `navigator.locks` used here (a fake one in tests). */
export interface LockRequester {
  request(name: string, options: { ifAvailable?: boolean; steal?: boolean }, cb: (lock: unknown) => unknown): Promise<unknown>;
}

export interface JourneyLocks {
  /** The role of this tab for each journey it has open. */
  roles: StoreApi<Record<string, JourneyRole>>;
  /** Asks to be the writer of `docId` (no-op when already asked). */
  claim(docId: string): void;
  /** Becomes the writer of `docId` even though another tab is: that tab stops saving it. */
  takeOver(docId: string): void;
  /** Gives up `docId` (its tab was closed here). */
  release(docId: string): void;
}

export const lockName = (docId: string) => `journey-studio:journey:${docId}`;

/** `locks`: the browser's (browserLocks()); without one, this tab writes every journey. */
export function createJourneyLocks(locks: LockRequester | undefined): JourneyLocks {
  const roles = createStore<Record<string, JourneyRole>>(() => ({}));
  const held = new Map<string, () => void>();
  const setRole = (docId: string, role: JourneyRole | undefined) =>
    roles.setState((r) => {
      const next = { ...r };
      if (role) next[docId] = role;
      else delete next[docId];
      return next;
    }, true);
  const hold = (docId: string, options: { ifAvailable?: boolean; steal?: boolean }) => {
    void locks!
      .request(lockName(docId), options, (lock) => {
        if (!roles.getState()[docId]) return; // released here meanwhile
        if (!lock) return void setRole(docId, 'reader');
        setRole(docId, 'writer');
        // Held until released here, or stolen by another tab (the request then rejects).
        return new Promise<void>((resolve) => held.set(docId, resolve));
      })
      .catch(() => {
        held.delete(docId);
        if (roles.getState()[docId]) setRole(docId, 'reader');
      });
  };
  return {
    roles,
    claim(docId) {
      if (roles.getState()[docId]) return;
      if (!locks) return void setRole(docId, 'writer');
      setRole(docId, 'pending');
      hold(docId, { ifAvailable: true });
    },
    takeOver(docId) {
      if (!locks || roles.getState()[docId] === 'writer') return;
      hold(docId, { steal: true });
    },
    release(docId) {
      held.get(docId)?.();
      held.delete(docId);
      setRole(docId, undefined);
    },
  };
}

export function browserLocks(): LockRequester | undefined {
  return typeof navigator !== 'undefined' && 'locks' in navigator ? (navigator.locks as unknown as LockRequester) : undefined;
}
