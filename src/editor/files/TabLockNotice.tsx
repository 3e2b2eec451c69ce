/** Says that this tab does not save the journey because another tab does, with the way to take it over. */
import { useStore } from 'zustand';
import type { JourneyLocks } from './journey-locks';

export function TabLockNotice({ locks, docId }: { locks: JourneyLocks; docId: string }) {
  const role = useStore(locks.roles, (r) => r[docId]);
  if (role !== 'reader') return null;
  return (
    <div className="tab-lock-notice" role="alert" data-testid="tab-lock-notice">
      <span>This journey is open in another tab; edits here are not saved.</span>
      <button className="button" data-testid="take-over" onClick={() => locks.takeOver(docId)}>
        Take over
      </button>
    </div>
  );
}
