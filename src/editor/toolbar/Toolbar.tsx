/** The top bar: new / open / export, undo / redo, layout, search, save status. */
import { useStore } from 'zustand';
import { useEditor, useEditorStore } from '../store/editor-context';
import { redo, undo } from '../store/editor-store';
import { FileControls } from './FileControls';
import type { WorkspaceStore } from '../workspace/workspace-store';
import { ExportMenu } from './ExportMenu';
import { StateSearch } from './StateSearch';
import { ShortcutsHelp } from './ShortcutsHelp';
import { ShareButton } from '../share/ShareButton';
import { openScenarioFile } from '../sim/open-scenario';
import { FilePicker } from '../files/FilePicker';

export interface ToolbarProps {
  workspace: WorkspaceStore;
  saveState: SaveState;
  onRelayout: () => void;
}

/** While the YAML does not parse: the canvas keeps the last graph that did, if there ever was one. */
export function brokenText(hadGraph: boolean): string {
  return hadGraph ? 'YAML does not parse — canvas shows the last good graph' : 'YAML does not parse — nothing to draw until it does';
}

/** The toolbar of the active journey. */
/** 'not-saved': another tab of the app is this journey's writer. */
export type SaveState = 'saved' | 'saving' | 'not-saved';
const SAVE_TEXT: Record<SaveState, string> = { saved: 'Saved', saving: 'Saving…', 'not-saved': 'Not saved here (open in another tab)' };

export function Toolbar({ workspace, saveState, onRelayout }: ToolbarProps) {
  const store = useEditorStore();
  // The history is its own store: a redo step appears when an undo changes nothing else the toolbar reads.
  const canUndo = useStore(store.temporal, (h) => h.pastStates.length > 0);
  const canRedo = useStore(store.temporal, (h) => h.futureStates.length > 0);
  const analysisMs = useEditor((s) => s.analysisMs);
  const broken = useEditor((s) => s.broken);
  const BROKEN = brokenText(useEditor((s) => s.view !== undefined));
  const saved = `${SAVE_TEXT[saveState]} · checked in ${Math.round(analysisMs)} ms`;
  const status = broken ? `${BROKEN} · ${saved}` : saved;
  return (
    <header className="toolbar">
      <h1 className="app-title">Journey Studio</h1>
      <FileControls workspace={workspace} />
      <FilePicker className="button" testId="open-scenario" onFiles={([file]) => void openScenarioFile(store, file!)}>
        Scenario…
      </FilePicker>
      <ExportMenu />
      <ShareButton workspace={workspace} />
      <button data-testid="undo" onClick={() => undo(store)} disabled={!canUndo} aria-label="Undo" title="Undo (Ctrl+Z)">
        <span aria-hidden>↶</span>
      </button>
      <button data-testid="redo" onClick={() => redo(store)} disabled={!canRedo} aria-label="Redo" title="Redo (Ctrl+Y)">
        <span aria-hidden>↷</span>
      </button>
      <button data-testid="auto-layout" onClick={onRelayout} title="Lay out the whole diagram again">
        Auto-layout
      </button>
      <StateSearch />
      <ShortcutsHelp />
      <span className="status" data-testid="save-status" data-state={saveState} title={status}>
        {broken ? <span className="status-broken">{BROKEN} · </span> : null}
        {saved}
      </span>
    </header>
  );
}
