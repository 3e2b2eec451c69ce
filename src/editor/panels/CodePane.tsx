/**
 * The YAML code pane: Monaco with monaco-yaml and the DSL schema (completion
 * and hover; the squiggles are the core's diagnostics). The store
 * owns the text and the history: typing goes into the store (one undo step
 * per burst) and Ctrl+Z / Ctrl+Y call the store's undo, so both panes share
 * one history.
 */
import { useEffect, useRef, useState } from 'react';
import type * as Monaco from 'monaco-editor';
import { useEditorStore } from '../store/editor-context';
import { redo, undo } from '../store/editor-store';
import { minimalReplacement } from '../text-diff';
import { loadMonaco, WITHOUT_LANGUAGE_SERVER_PASSES } from './monaco-setup';
import { attachJourneyEditor } from './journey-editor';
import { registerFixProvider } from './monaco-fixes';
import { locatedMarker } from './marker-data';
import { Splitter } from '../Splitter';
import { CODE_KEYS_HINT } from './tab-policy';

const JOURNEY_EDITOR_OPTIONS = {
  automaticLayout: true,
  minimap: { enabled: false },
  fontSize: 12,
  tabSize: 2,
  insertSpaces: true,
  scrollBeyondLastLine: false,
  ariaLabel: `Journey YAML. ${CODE_KEYS_HINT}`,
  quickSuggestions: { other: true, strings: true, comments: false },
  // Monaco's built-in colour swatches scan the whole file in its worker after every change; journeys hold no colours.
  colorDecorators: false,
  // Each of these would have the YAML language worker re-read the whole file on every keystroke.
  ...WITHOUT_LANGUAGE_SERVER_PASSES,
} as const;

/** The code pane: the page's one journey editor (see journey-editor), showing this journey. */
export function CodePane() {
  const store = useEditorStore();
  const host = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let disposed = false;
    const cleanups: Array<() => void> = [];
    void loadMonaco().then((monaco) => {
      if (disposed || !host.current) return;
      const { docId, fileName, text } = store.getState();
      const pane = attachJourneyEditor(
        monaco,
        host.current,
        { docId, fileName, text },
        JOURNEY_EDITOR_OPTIONS,
        { undo: () => undo(store), redo: () => redo(store) },
      );
      const { editor, model } = pane;
      cleanups.push(registerFixProvider(monaco, model, store));
      let external = false;
      let revealed: string | undefined;
      const sub = model.onDidChangeContent(() => {
        if (!external) store.getState().setText(model.getValue(), { coalesce: true });
      });
      const syncFromStore = (text: string) => {
        const current = model.getValue();
        if (current === text) return;
        const r = minimalReplacement(current, text);
        const a = model.getPositionAt(r.start);
        const b = model.getPositionAt(r.end);
        external = true;
        try {
          editor.executeEdits('store', [
            { range: new monaco.Range(a.lineNumber, a.column, b.lineNumber, b.column), text: r.text, forceMoveMarkers: true },
          ]);
        } finally {
          external = false;
        }
      };
      const setMarkers = () => {
        const diags = store.getState().diagnostics;
        monaco.editor.setModelMarkers(model, 'journey', diags.map(locatedMarker));
      };
      setMarkers();
      const unsub = store.subscribe((s, prev) => {
        if (s.text !== prev.text) syncFromStore(s.text);
        if (s.diagnostics !== prev.diagnostics) setMarkers();
        if ((s.selection !== prev.selection || s.view !== prev.view) && s.selection.length === 1 && s.selection[0] !== revealed) {
          // Selecting a state shows its YAML without moving the caret (once its node exists: a new state is analysed later).
          const line = s.view?.nodes.find((n) => n.qid === s.selection[0])?.line;
          if (line) {
            revealed = s.selection[0];
            editor.revealLineInCenterIfOutsideViewport(line);
          }
        } else if (s.selection.length !== 1) revealed = undefined;
        if (s.reveal && s.reveal !== prev.reveal) {
          editor.revealLineInCenter(s.reveal.line);
          editor.setPosition({ lineNumber: s.reveal.line, column: s.reveal.column });
        }
      });
      cleanups.push(() => {
        unsub();
        sub.dispose();
        pane.detach();
      });
      setReady(true);
    });
    return () => {
      disposed = true;
      for (const c of cleanups) c();
    };
  }, [store]);
  return (
    <div className="code-pane" data-testid="code-pane" data-ready={ready ? 'true' : 'false'}>
      <Splitter pane="code" label="Resize the code pane" />
      {ready ? null : <div className="loading">Loading the code editor…</div>}
      <div className="monaco-host" ref={host} />
      {/* Shown while the pane has focus: how a keyboard user gets out of it. */}
      <div className="code-keys-hint" data-testid="code-keys-hint" aria-hidden="true">
        {CODE_KEYS_HINT}
      </div>
    </div>
  );
}

export type { Monaco };
