/** Keeps a store's analysis in step with its text, through the shared analysis worker. */
import { useLayoutEffect } from 'react';
import type { EditorStore } from './store/editor-store';
import { useWorkerHub } from './worker-hub';

/** Subscribes the store to its own text and feeds back views and diagnostics. */
export function useAnalysis(store: EditorStore): void {
  const hub = useWorkerHub();
  // A layout effect: the worker starts reading a just-opened journey before the browser paints
  // the new editor around it, not after (passive effects wait for that paint).
  useLayoutEffect(() => {
    const sink = { view: store.getState().setView, full: store.getState().setAnalysis };
    const run = (text: string) => hub.analyze(store.getState().docId, text, store.getState().fileName, sink);
    run(store.getState().text);
    return store.subscribe((s, prev) => {
      if (s.text !== prev.text) run(s.text);
    });
  }, [store, hub]);
}
