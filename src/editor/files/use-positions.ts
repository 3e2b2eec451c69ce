/** Loads a journey's manual node positions from IndexedDB and saves them when they change. */
import { useEffect } from 'react';
import type { EditorStore } from '../store/editor-store';
import type { Persistence } from './persist';

/** Keeps the store's `positions` in IndexedDB, per journey. */
export function usePositions(store: EditorStore, p: Persistence): void {
  useEffect(() => {
    let live = true;
    const id = store.getState().docId;
    // Until they are read, the canvas stores no placement of its own (it would be taken for the person's).
    void p
      .loadPositions(id)
      .catch(() => ({}))
      .then((saved) => {
        if (live) store.getState().positionsLoaded(saved);
      });
    const unsub = store.subscribe((s, prev) => {
      if (s.positions !== prev.positions) void p.savePositions(id, s.positions);
    });
    return () => {
      live = false;
      unsub();
    };
  }, [store, p]);
}
