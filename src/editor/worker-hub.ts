/**
 * The app's Web Workers (graph views, full analysis, ELK layout), started once and shared by
 * every open journey: starting a worker costs more than a small analysis.
 * A small journey's view after an edit is read on the main thread instead
 * (see main-thread-views). Falls back to inline work where workers are unavailable.
 */
import { createContext, useContext } from 'react';
import type { EditorAnalysis } from './analysis';
import { analyzeForEditor } from './analysis';
import type { AnalysisReply, AnalysisRequest, ApisRequest, WarmUpRequest } from './analysis-protocol';
import { libraryResolver, type ApiDocument } from './files/api-library';
import { DEFAULT_JOURNEY } from './default-journey';
import type { QuickView } from './quick-view';
import type { GraphView } from './graph-view';
import type { Layout } from './canvas/quick-layout';
import type { LayoutReply, LayoutRequest } from './canvas/layout-protocol';
import { MainThreadViews } from './main-thread-views';

export interface AnalysisSink {
  view(q: QuickView): void;
  full(a: EditorAnalysis): void;
}

export interface WorkerHub {
  analyze(docId: string, text: string, fileName: string, sink: AnalysisSink): void;
  layout(view: GraphView): Promise<Layout | undefined>;
  /** The workspace's OpenAPI documents changed: every open journey is checked again against them. */
  setApis(docs: ApiDocument[]): void;
  /** A journey was closed: nothing more is analysed or delivered for it. */
  forget(docId: string): void;
  dispose(): void;
}

/**
 * Reads of the built-in example the view worker makes once the app is idle after start-up (well
 * under a second of one core, once, each read yielding to real work): the first 1,000-state journey
 * opened then reaches the canvas ~300 ms sooner (bench/editor.bench.ts: 1,140 → 720–930 ms).
 */
const WARM_UP_READS = 300;

/** Quiet time after the last edit before the full rule set runs. */
export const FULL_DELAY_MS = 250;

/** Starts the shared workers (browser only). */
export function createWorkerHub(): WorkerHub {
  let seq = 0;
  const sinks = new Map<string, { seq: number; sink: AnalysisSink; fileName: string; text: string }>();
  let apis: ApiDocument[] = [];
  const local = new MainThreadViews();
  const fullTimers = new Map<string, ReturnType<typeof setTimeout>>();
  const layouts = new Map<number, (l: Layout | undefined) => void>();
  /** Journeys just opened: their full analysis waits for the canvas's view (see `analyze`). */
  const opened = new Set<string>();
  const afterView = new Map<string, { seq: number; start: () => void }>();
  let warmUpAsked = false;
  // Started on first use, so a hub React creates and discards costs nothing.
  let views: Worker | undefined | null = null;
  let analysis: Worker | undefined | null = null;
  let layout: Worker | undefined | null = null;
  const viewWorker = () => (views === null ? (views = startAnalysis()) : views);
  const analysisWorker = () => (analysis === null ? (analysis = startAnalysis()) : analysis);
  const layoutWorker = () => (layout === null ? (layout = startLayout()) : layout);
  function startAnalysis(): Worker | undefined {
    const w = start(() => new Worker(new URL('../workers/analysis.worker.ts', import.meta.url), { type: 'module' }));
    if (w) w.onmessage = (e: MessageEvent<AnalysisReply>) => {
      const m = e.data;
      if (m.stage === 'warm') {
        document.documentElement.dataset.parserWarm = 'true';
        return;
      }
      const s = sinks.get(m.docId);
      if (!s || s.seq !== m.seq) return;
      if (m.stage === 'view') {
        s.sink.view(m.result);
        if (!local.primed(m.docId)) whenIdle(() => local.prime(m.docId, m.result.text, s.fileName));
        if (!warmUpAsked && w === views) {
          warmUpAsked = true;
          whenIdle(() => w.postMessage({ mode: 'warm-up', text: DEFAULT_JOURNEY.text, reads: WARM_UP_READS } satisfies WarmUpRequest));
        }
        const pending = afterView.get(m.docId);
        if (pending?.seq === m.seq) {
          afterView.delete(m.docId);
          pending.start();
        }
      } else s.sink.full(m.result);
    };
    return w;
  }
  function startLayout(): Worker | undefined {
    const w = start(() => new Worker(new URL('../workers/layout.worker.ts', import.meta.url), { type: 'module' }));
    if (w) {
      w.onmessage = (e: MessageEvent<LayoutReply>) => {
        const r = e.data;
        layouts.get(r.seq)?.('layout' in r ? r.layout : undefined);
        layouts.delete(r.seq);
      };
    }
    return w;
  }
  return {
    analyze(docId, text, fileName, sink) {
      const mine = ++seq;
      sinks.set(docId, { seq: mine, sink, fileName, text });
      const views = viewWorker();
      const analysis = analysisWorker();
      if (views && analysis) {
        const here = local.view(docId, text, fileName);
        if (here) sink.view(here);
        else views.postMessage({ docId, seq: mine, mode: 'view', text, fileName } satisfies AnalysisRequest);
        // Full validation waits for a pause in typing: on two shared cores it would slow the canvas down.
        clearTimeout(fullTimers.get(docId));
        afterView.delete(docId);
        const startFull = () =>
          fullTimers.set(
            docId,
            setTimeout(() => analysis.postMessage({ docId, seq: mine, mode: 'full', text, fileName } satisfies AnalysisRequest), FULL_DELAY_MS),
          );
        // A journey just opened is read from scratch by both workers: the canvas's reading goes first.
        // A later edit supersedes this and times its own full analysis from the keystroke.
        if (opened.has(docId)) startFull();
        else {
          opened.add(docId);
          afterView.set(docId, { seq: mine, start: startFull });
        }
      } else sink.full(analyzeForEditor(text, fileName, undefined, libraryResolver(apis)));
    },
    setApis(docs) {
      if (docs === apis || (docs.length === 0 && apis.length === 0)) return;
      apis = docs;
      const analysis = analysisWorker();
      if (!analysis) return;
      analysis.postMessage({ mode: 'apis', docs } satisfies ApisRequest);
      // The newest text of each journey again, under the same sequence number: its answer is still current.
      for (const [docId, s] of sinks)
        analysis.postMessage({ docId, seq: s.seq, mode: 'full', text: s.text, fileName: s.fileName } satisfies AnalysisRequest);
    },
    layout(view) {
      const layout = layoutWorker();
      if (!layout) return Promise.resolve(undefined);
      const mine = ++seq;
      return new Promise((resolve) => {
        layouts.set(mine, resolve);
        layout.postMessage({ seq: mine, view } satisfies LayoutRequest);
      });
    },
    forget(docId) {
      sinks.delete(docId);
      clearTimeout(fullTimers.get(docId));
      fullTimers.delete(docId);
      afterView.delete(docId);
      opened.delete(docId);
    },
    dispose() {
      views?.terminate();
      analysis?.terminate();
      layout?.terminate();
      views = analysis = layout = undefined;
    },
  };
}

/** Runs `fn` when the main thread is idle (or within two seconds). */
function whenIdle(fn: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fn, { timeout: 2000 });
  else setTimeout(fn, 200);
}

function start(make: () => Worker): Worker | undefined {
  try {
    return typeof Worker === 'undefined' ? undefined : make();
  } catch {
    return undefined;
  }
}

/** The shared workers of the app. */
export const WorkerHubContext = createContext<WorkerHub | null>(null);

/** The shared workers; throws only on a programming error (no provider). */
export function useWorkerHub(): WorkerHub {
  const hub = useContext(WorkerHubContext);
  if (!hub) throw new Error('useWorkerHub outside <WorkerHubContext.Provider>');
  return hub;
}
