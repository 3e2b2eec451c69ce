/** Keeps a store's analysis in step with its text: in a Web Worker, inline where workers are missing. */
import { useEffect } from 'react';
import type { EditorStore } from './store/editor-store';
import { analyzeForEditor } from './analysis';
import type { AnalysisReply, AnalysisRequest } from './analysis-protocol';

/** Subscribes the store to its own text and feeds back views and diagnostics. */
export function useAnalysis(store: EditorStore): void {
  useEffect(() => {
    let seq = 0;
    let worker: Worker | undefined;
    try {
      worker = new Worker(new URL('../workers/analysis.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      worker = undefined;
    }
    if (worker) {
      worker.onmessage = (e: MessageEvent<AnalysisReply>) => {
        const m = e.data;
        if (m.stage === 'view') store.getState().setView(m.result);
        else store.getState().setAnalysis(m.result);
      };
    }
    const run = (text: string) => {
      const fileName = store.getState().fileName;
      if (worker) worker.postMessage({ seq: ++seq, text, fileName } satisfies AnalysisRequest);
      else store.getState().setAnalysis(analyzeForEditor(text, fileName));
    };
    run(store.getState().text);
    const unsub = store.subscribe((s, prev) => {
      if (s.text !== prev.text) run(s.text);
    });
    return () => {
      unsub();
      worker?.terminate();
    };
  }, [store]);
}
