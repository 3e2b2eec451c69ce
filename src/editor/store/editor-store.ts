/**
 * One editor instance's store (document / history / ui / run slices). Created
 * by a factory, provided by context. History is text snapshots (zundo) so
 * Ctrl+Z means the same in the canvas and the code pane.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { temporal, type TemporalState } from 'zundo';
import type { EditorAnalysis, EditorDiagnostic } from '../analysis';
import type { GraphView } from '../graph-view';
import type { QuickView } from '../quick-view';

/** Keystrokes closer together than this are one undo step. */
export const COALESCE_MS = 800;

export interface EditorState {
  // document
  docId: string;
  fileName: string;
  text: string;
  /** Last good graph: kept while the text does not parse. */
  view: GraphView | undefined;
  diagnostics: EditorDiagnostic[];
  /** True while the current text does not parse. */
  broken: boolean;
  analyzedText: string | undefined;
  analysisMs: number;
  /** `[api, openApiRef]` per declared API, from the last full analysis (the same array while they do not change). */
  apiRefs: [string, string][];
  /** Text at the last export; a close warning fires when `text` differs. */
  exportedText: string;
  // ui
  selection: string[];
  /** Line to reveal in the code pane; `nonce` makes repeated reveals fire. */
  reveal: { line: number; column: number; nonce: number } | undefined;
  search: string;
  collapsed: string[];
  /** Manual node positions (editor-only data: IndexedDB, never the file). */
  positions: Record<string, { x: number; y: number }>;
  /** The stored positions were read (from IndexedDB): from then on every placement is stored too. */
  positionsReady: boolean;
  /** Where states about to be added should go (by qualified id): near a state, or at a drop point. */
  placeHints: Record<string, { near?: string; before?: string; at?: { x: number; y: number } }>;
  /** Bumped when a person's action added states: the canvas brings the newest placed one into view. */
  revealNew: number;
  /** A short message for the user (a refused connection, a failed command). */
  notice: { text: string; nonce: number } | undefined;
  // run (simulation overlays, filled by the simulator panel)
  runStates: Record<string, 'active' | 'visited'>;
  /** Short per-state notes from the last suite (auth outcomes exercised on auth nodes). */
  runBadges: Record<string, string>;
  // actions
  setText(text: string, opts?: { coalesce?: boolean }): void;
  setAnalysis(a: EditorAnalysis): void;
  /** First-stage result: the graph only (diagnostics follow with `setAnalysis`). */
  setView(q: QuickView): void;
  select(ids: string[]): void;
  revealLine(line: number, column?: number): void;
  setSearch(q: string): void;
  toggleCollapsed(groupId: string): void;
  markExported(): void;
  setRunStates(s: Record<string, 'active' | 'visited'>): void;
  setRunBadges(b: Record<string, string>): void;
  placeNode(id: string, at: { x: number; y: number }): void;
  setPositions(p: Record<string, { x: number; y: number }>): void;
  /** Stores several placements at once (one save). */
  placeNodes(p: Record<string, { x: number; y: number }>): void;
  /** The stored positions were loaded: merge them under the current ones. */
  positionsLoaded(saved: Record<string, { x: number; y: number }>): void;
  /** Asks that a state about to appear be placed near `hint.near` (or at `hint.at`), and brought into view. */
  hintPlacement(qid: string, hint: { near?: string; before?: string; at?: { x: number; y: number } }): void;
  notify(text: string): void;
  /** Ends a typing burst so the next keystroke starts a new undo step. */
  endBurst(): void;
}

export type EditorStore = StoreApi<EditorState> & { temporal: StoreApi<TemporalState<{ text: string }>> };

export interface EditorInit {
  docId: string;
  fileName: string;
  text: string;
  exportedText?: string;
  now?: () => number;
}

/** Creates a store for one open journey; pure apart from the injected clock. */
export function createEditorStore(init: EditorInit): EditorStore {
  const now = init.now ?? (() => Date.now());
  let lastCoalesced = -Infinity;
  const store = createStore<EditorState>()(
    temporal(
      (set, get) => ({
        docId: init.docId,
        fileName: init.fileName,
        text: init.text,
        view: undefined,
        diagnostics: [],
        broken: false,
        analyzedText: undefined,
        analysisMs: 0,
        apiRefs: [],
        exportedText: init.exportedText ?? init.text,
        selection: [],
        reveal: undefined,
        search: '',
        collapsed: [],
        runStates: {},
        runBadges: {},
        positions: {},
        positionsReady: false,
        placeHints: {},
        revealNew: 0,
        notice: undefined,
        setText(text, opts) {
          if (text === get().text) return;
          const t = now();
          const t2 = (store as unknown as EditorStore).temporal.getState();
          // Typing bursts become one step: record the state before the burst only.
          const merge = opts?.coalesce && t - lastCoalesced < COALESCE_MS && t2.pastStates.length > 0;
          lastCoalesced = opts?.coalesce ? t : -Infinity;
          if (merge) {
            t2.pause();
            set({ text });
            t2.resume();
          } else set({ text });
        },
        setAnalysis(a) {
          if (a.text !== get().text) return;
          set({
            analyzedText: a.text,
            diagnostics: a.diagnostics,
            broken: !a.view,
            view: a.view ?? get().view,
            analysisMs: a.ms,
            // While the text does not parse, the last known APIs stay listed.
            ...(a.view && !sameRefs(a.apiRefs, get().apiRefs) ? { apiRefs: a.apiRefs } : {}),
          });
        },
        setView(q) {
          if (q.text !== get().text) return;
          set(q.view ? { view: q.view, broken: false } : { broken: true });
        },
        select: (ids) => set({ selection: ids }),
        revealLine: (line, column = 1) => set({ reveal: { line, column, nonce: (get().reveal?.nonce ?? 0) + 1 } }),
        setSearch: (search) => set({ search }),
        toggleCollapsed: (id) => {
          const c = get().collapsed;
          set({ collapsed: c.includes(id) ? c.filter((x) => x !== id) : [...c, id] });
        },
        markExported: () => set({ exportedText: get().text }),
        setRunStates: (runStates) => set({ runStates }),
        setRunBadges: (runBadges) => set({ runBadges }),
        placeNode: (id, at) => set({ positions: { ...get().positions, [id]: at } }),
        setPositions: (positions) => set({ positions }),
        placeNodes: (p) => set({ positions: { ...get().positions, ...p } }),
        positionsLoaded: (saved) => set({ positions: { ...saved, ...get().positions }, positionsReady: true }),
        hintPlacement: (qid, hint) => set({ placeHints: { ...get().placeHints, [qid]: hint }, revealNew: get().revealNew + 1 }),
        notify: (text) => set({ notice: { text, nonce: (get().notice?.nonce ?? 0) + 1 } }),
        endBurst: () => {
          lastCoalesced = -Infinity;
        },
      }),
      {
        partialize: (s) => ({ text: s.text }),
        equality: (a, b) => a.text === b.text,
        limit: 500,
      },
    ),
  ) as unknown as EditorStore;
  return store;
}

/** Undo one step of the shared history; no-op when there is none. */
export function undo(store: EditorStore): void {
  store.getState().endBurst();
  store.temporal.getState().undo();
}

/** Redo one step of the shared history; no-op when there is none. */
export function redo(store: EditorStore): void {
  store.getState().endBurst();
  store.temporal.getState().redo();
}

function sameRefs(a: readonly [string, string][], b: readonly [string, string][]): boolean {
  return a.length === b.length && a.every(([api, ref], i) => b[i]![0] === api && b[i]![1] === ref);
}
