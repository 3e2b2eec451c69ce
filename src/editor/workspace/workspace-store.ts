/**
 * The open journeys of one window: each has its own editor store (and so its
 * own undo history); one of them is active. Created by a factory.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { createEditorStore, type EditorStore } from '../store/editor-store';
import { withApiDocument, type ApiDocument } from '../files/api-library';

export interface OpenDoc {
  id: string;
  store: EditorStore;
}

export interface SavedDoc {
  id: string;
  fileName: string;
  text: string;
  exportedText: string;
}

export interface WorkspaceState {
  docs: OpenDoc[];
  activeId: string | undefined;
  /** Opens a journey as a new document and makes it active; returns its id. */
  open(fileName: string, text: string, opts?: { id?: string; exportedText?: string; activate?: boolean }): string;
  close(id: string): void;
  activate(id: string): void;
  /** OpenAPI documents the journeys' `openApiRef`s are checked against (by file name). */
  apis: ApiDocument[];
  /** Adds an OpenAPI document, replacing one of the same file name. */
  addApi(doc: ApiDocument): void;
  removeApi(name: string): void;
  /** A message for when no journey is open to show it (a refused file on the empty workspace). */
  notice: { text: string; nonce: number } | undefined;
  notify(text: string): void;
}

export type WorkspaceStore = StoreApi<WorkspaceState>;

/** Creates an empty workspace; `newId` is injected so tests are deterministic. */
export function createWorkspaceStore(newId: () => string): WorkspaceStore {
  return createStore<WorkspaceState>()((set, get) => ({
    docs: [],
    activeId: undefined,
    open(fileName, text, opts = {}) {
      const id = opts.id ?? newId();
      const store = createEditorStore({ docId: id, fileName, text, exportedText: opts.exportedText });
      set({ docs: [...get().docs, { id, store }], activeId: opts.activate === false ? (get().activeId ?? id) : id });
      return id;
    },
    close(id) {
      const docs = get().docs.filter((d) => d.id !== id);
      const activeId = get().activeId === id ? docs[docs.length - 1]?.id : get().activeId;
      set({ docs, activeId });
    },
    activate(id) {
      if (get().docs.some((d) => d.id === id)) set({ activeId: id });
    },
    apis: [],
    addApi(doc) {
      const same = get().apis.find((d) => d.name === doc.name);
      if (same?.text !== doc.text) set({ apis: withApiDocument(get().apis, doc) });
    },
    removeApi(name) {
      if (get().apis.some((d) => d.name === name)) set({ apis: get().apis.filter((d) => d.name !== name) });
    },
    notice: undefined,
    notify: (text) => set({ notice: { text, nonce: (get().notice?.nonce ?? 0) + 1 } }),
  }));
}

/** The active document, if any; pure. */
export function activeDoc(s: WorkspaceState): OpenDoc | undefined {
  return s.docs.find((d) => d.id === s.activeId);
}

/** Snapshot of a document for persistence; pure. */
export function toSaved(doc: OpenDoc): SavedDoc {
  const s = doc.store.getState();
  return { id: doc.id, fileName: s.fileName, text: s.text, exportedText: s.exportedText };
}

/** Documents whose current text was never exported; pure. */
export function unexported(s: WorkspaceState): OpenDoc[] {
  return s.docs.filter((d) => {
    const st = d.store.getState();
    return st.text !== st.exportedText;
  });
}
