/**
 * Simulation state of one open journey: its scenario file, the last suite's
 * results and coverage, and the debugger's timeline. Lives beside the editor
 * store (panels mount and unmount as dock tabs switch; the run must not).
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { CoverageData } from '../../engine/coverage';
import type { FrameSummary, FrameView, ScenarioReport } from '../../engine/index';
import type { EditorStore } from '../store/editor-store';
import { SimClient, createSimWorker } from './sim-client';

export interface SuiteState {
  running: boolean;
  done: number;
  total: number;
  current?: string;
  results: ScenarioReport[];
  coverage?: CoverageData;
  error?: string;
  /** Text of the journey the results belong to (stale when the journey changed since). */
  journeyText?: string;
}

export interface DebugState {
  busy: boolean;
  frames: FrameSummary[];
  index: number;
  view?: FrameView;
  /** The frame before `view`, for the context diff. */
  previous?: FrameView;
  scenarioName?: string;
  error?: string;
}

export interface SimState {
  scenarioFileName: string;
  scenarioText: string;
  /** True once the saved/example scenarios were looked up (autosave waits for it). */
  loaded: boolean;
  suite: SuiteState;
  debug: DebugState;
  setScenarios(fileName: string, text: string): void;
  patchSuite(p: Partial<SuiteState>): void;
  patchDebug(p: Partial<DebugState>): void;
}

export type SimStore = StoreApi<SimState> & { client: SimClient };

/** Creates the simulation store of one editor (pure apart from the worker factory). */
export function createSimStore(createWorker: () => Worker = createSimWorker): SimStore {
  const store = createStore<SimState>()((set, get) => ({
    scenarioFileName: 'scenarios.scenario.yaml',
    scenarioText: '',
    loaded: false,
    suite: { running: false, done: 0, total: 0, results: [] },
    debug: { busy: false, frames: [], index: 0 },
    setScenarios: (scenarioFileName, scenarioText) => set({ scenarioFileName, scenarioText, loaded: true }),
    patchSuite: (p) => set({ suite: { ...get().suite, ...p } }),
    patchDebug: (p) => set({ debug: { ...get().debug, ...p } }),
  }));
  return Object.assign(store, { client: new SimClient(createWorker) });
}

// One simulation store per editor store, created on first use and dropped with it.
const stores = new WeakMap<EditorStore, SimStore>();

/** The simulation store that belongs to an editor store. */
export function simStoreFor(editor: EditorStore): SimStore {
  let sim = stores.get(editor);
  if (!sim) {
    sim = createSimStore();
    stores.set(editor, sim);
  }
  return sim;
}
