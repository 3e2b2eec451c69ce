/** Ctrl+Z / Ctrl+Y (and Ctrl+Shift+Z) outside the code pane: the same shared history Monaco uses. */
import { useEffect } from 'react';
import { redo, undo, type EditorStore } from './store/editor-store';

/** Which history action a key event asks for, if any; pure. */
export function historyKey(e: { key: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean }): 'undo' | 'redo' | undefined {
  if (!(e.ctrlKey || e.metaKey)) return undefined;
  const k = e.key.toLowerCase();
  if (k === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (k === 'y') return 'redo';
  return undefined;
}

/** Binds the history keys on the window for one editor store. */
export function useUndoKeys(store: EditorStore): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const el = e.target as HTMLElement | null;
      // Monaco binds the same keys to the store itself; text inputs keep their own undo.
      if (el?.closest('.monaco-editor,input,textarea')) return;
      const action = historyKey(e);
      if (!action) return;
      e.preventDefault();
      if (action === 'undo') undo(store);
      else redo(store);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
}
