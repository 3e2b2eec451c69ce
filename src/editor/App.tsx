/**
 * The editor shell: a workspace of open journeys (restored from IndexedDB),
 * and for the active one the toolbar, palette, canvas, code pane, inspector
 * and the bottom dock.
 */
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { ReactFlowProvider } from '@xyflow/react';
import { EditorContext } from './store/editor-context';
import type { EditorStore } from './store/editor-store';
import { useAnalysis } from './use-analysis';
import { useUndoKeys } from './use-undo-keys';
import { createWorkerHub, useWorkerHub, WorkerHubContext } from './worker-hub';
import { Canvas } from './canvas/Canvas';
import { CodeArea } from './layout/CodeArea';
import { usePaneKeys } from './layout/PaneToggle';
import { releaseJourneyModel } from './panels/journey-editor';
import { forgetViewport } from './canvas/viewports';
import { PanelArea } from './PanelArea';
import { Splitter } from './Splitter';
import { Toolbar, type SaveState } from './toolbar/Toolbar';
import { FileControls } from './toolbar/FileControls';
import { Tabs } from './workspace/Tabs';
import { Notice, WorkspaceNotice } from './Notice';
import { DEFAULT_JOURNEY } from './default-journey';
import { activeDoc, createWorkspaceStore, unexported, type WorkspaceStore } from './workspace/workspace-store';
import { indexedDbPersistence, restoreOrder, type Persistence } from './files/persist';
import { useAutosave } from './files/use-autosave';
import { browserLocks, createJourneyLocks, type JourneyLocks } from './files/journey-locks';
import { TabLockNotice } from './files/TabLockNotice';
import { usePositions } from './files/use-positions';
import { looksLikeJourney, openFiles, pastedName } from './files/open-files';
import { openShareLink, pendingShare } from './share/open-shared';
import { addExampleApis } from './files/example-apis';
import { WorkspaceContext } from './workspace/workspace-context';

/** The application root. */
export function App() {
  const [persistence] = useState<Persistence>(() => indexedDbPersistence());
  // Held as long as the page: the locks say which journeys this tab saves.
  const [locks] = useState<JourneyLocks>(() => createJourneyLocks(browserLocks()));
  const [workspace, setWorkspace] = useState<WorkspaceStore | undefined>();
  useEffect(() => {
    let live = true;
    void restore(persistence).then((ws) => live && setWorkspace(ws));
    return () => {
      live = false;
    };
  }, [persistence]);
  // Lives as long as the page: not disposed on unmount (StrictMode remounts would kill shared workers).
  const [hub] = useState(() => createWorkerHub());
  if (!workspace) return <div className="loading">Restoring your journeys…</div>;
  return (
    <WorkerHubContext.Provider value={hub}>
      <Workspace workspace={workspace} persistence={persistence} locks={locks} />
    </WorkerHubContext.Provider>
  );
}

/** Reopens what was open before the reload (or crash); the default example on first visit. */
async function restore(p: Persistence): Promise<WorkspaceStore> {
  // Read before any await: StrictMode runs this twice, and the first run clears the fragment.
  const shared = pendingShare(location.hash);
  const ws = createWorkspaceStore(() => crypto.randomUUID());
  const { meta, docs, apis } = await p.loadWorkspace().catch(() => ({ meta: undefined, docs: [], apis: [] }));
  for (const a of apis) ws.getState().addApi(a);
  for (const d of restoreOrder(meta, docs)) ws.getState().open(d.fileName, d.text, { id: d.id, exportedText: d.exportedText });
  if (meta?.activeId) ws.getState().activate(meta.activeId);
  if (shared) await openShareLink(ws, shared);
  if (!ws.getState().docs.length) {
    ws.getState().open(DEFAULT_JOURNEY.fileName, DEFAULT_JOURNEY.text);
    void addExampleApis(ws, DEFAULT_JOURNEY.text);
  }
  return ws;
}

function Workspace({ workspace, persistence, locks }: { workspace: WorkspaceStore; persistence: Persistence; locks: JourneyLocks }) {
  const doc = useStore(workspace, activeDoc);
  const autosave = useAutosave(workspace, persistence, locks);
  const role = useStore(locks.roles, (r) => (doc ? r[doc.id] : undefined));
  const saveState = role === 'reader' ? 'not-saved' : autosave;
  useUnloadWarning(workspace);
  useDropAndPaste(workspace);
  useForgetClosedJourneys(workspace);
  useApiLibrary(workspace);
  let shown: ReactNode;
  if (!doc) {
    shown = (
      <div className="app">
        <header className="toolbar">
          <strong>Journey Studio</strong>
          <FileControls workspace={workspace} />
        </header>
        <Tabs workspace={workspace} />
        <p className="hint">No journey open. Open a file, drop one here, or start a new one.</p>
        <WorkspaceNotice workspace={workspace} />
      </div>
    );
  } else
    shown = (
      <>
        <Editor key={doc.id} store={doc.store} workspace={workspace} persistence={persistence} saveState={saveState} />
        <TabLockNotice locks={locks} docId={doc.id} />
      </>
    );
  return <WorkspaceContext.Provider value={workspace}>{shown}</WorkspaceContext.Provider>;
}

/** The analysis worker checks operationRefs against the workspace's OpenAPI documents, kept current. */
function useApiLibrary(ws: WorkspaceStore): void {
  const hub = useWorkerHub();
  const apis = useStore(ws, (s) => s.apis);
  useEffect(() => hub.setApis(apis), [hub, apis]);
}

function Editor(props: { store: EditorStore; workspace: WorkspaceStore; persistence: Persistence; saveState: SaveState }) {
  const { store } = props;
  useAnalysis(store);
  usePositions(store, props.persistence);
  useUndoKeys(store);
  usePaneKeys();
  const relayoutRef = useRef<() => void>(() => undefined);
  const setRelayout = useCallback((fn: () => void) => {
    relayoutRef.current = fn;
  }, []);
  return (
    <EditorContext.Provider value={store}>
      <ReactFlowProvider>
        <div className="app">
          <Toolbar
            workspace={props.workspace}
            saveState={props.saveState}
            onRelayout={() => {
              store.getState().setPositions({});
              relayoutRef.current();
            }}
          />
          <Tabs workspace={props.workspace} />
          <main className="workbench">
            <PanelArea area="left" className="side side-left" />
            <Canvas onRelayout={setRelayout} />
            <CodeArea />
            <div className="side-wrap">
              <Splitter pane="side" label="Resize the side panels" />
              <PanelArea area="right" className="side side-right" />
            </div>
          </main>
          <div className="dock-wrap">
            <Splitter pane="dock" label="Resize the bottom panels" />
            <PanelArea area="bottom" className="dock" />
          </div>
          <Notice />
        </div>
      </ReactFlowProvider>
    </EditorContext.Provider>
  );
}

/** A closed journey's code-editor model, view state, canvas viewport and pending analyses go with it. */
function useForgetClosedJourneys(ws: WorkspaceStore): void {
  const hub = useWorkerHub();
  useEffect(
    () =>
      ws.subscribe((s, prev) => {
        if (s.docs === prev.docs) return;
        const open = new Set(s.docs.map((d) => d.id));
        for (const d of prev.docs)
          if (!open.has(d.id)) {
            releaseJourneyModel(d.id);
            forgetViewport(d.id);
            hub.forget(d.id);
          }
      }),
    [ws, hub],
  );
}

/** Warns before the tab closes while any journey has changes that were never exported. */
function useUnloadWarning(ws: WorkspaceStore): void {
  useEffect(() => {
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (unexported(ws.getState()).length) e.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [ws]);
}

/** Files dropped anywhere outside the canvas open as journeys; pasted journey text too. */
function useDropAndPaste(ws: WorkspaceStore): void {
  useEffect(() => {
    const onDragOver = (e: DragEvent) => {
      if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
    };
    const onDrop = (e: DragEvent) => {
      const files = e.dataTransfer?.files;
      if (!files?.length) return;
      e.preventDefault();
      void openFiles(ws, [...files]);
    };
    const onPaste = (e: ClipboardEvent) => {
      const el = e.target as HTMLElement | null;
      if (el?.closest('input,textarea,.monaco-editor')) return;
      const text = e.clipboardData?.getData('text/plain') ?? '';
      if (!looksLikeJourney(text)) return;
      e.preventDefault();
      ws.getState().open(pastedName(text), text);
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    window.addEventListener('paste', onPaste);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
      window.removeEventListener('paste', onPaste);
    };
  }, [ws]);
}
