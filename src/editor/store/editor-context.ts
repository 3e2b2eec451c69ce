/** React context for the active editor store, and the selector hook. */
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { EditorState, EditorStore } from './editor-store';

/** The store of the journey being edited. */
export const EditorContext = createContext<EditorStore | null>(null);

/** The active editor store; throws only on a programming error (no provider). */
export function useEditorStore(): EditorStore {
  const store = useContext(EditorContext);
  if (!store) throw new Error('useEditorStore outside <EditorContext.Provider>');
  return store;
}

/** Selects from the active editor store. */
export function useEditor<T>(selector: (s: EditorState) => T): T {
  return useStore(useEditorStore(), selector);
}
