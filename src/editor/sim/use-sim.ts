/** Hooks to reach the active journey's simulation store from a panel. */
import { useEffect } from 'react';
import { useStore } from 'zustand';
import { useEditorStore } from '../store/editor-context';
import type { EditorStore } from '../store/editor-store';
import { exampleScenariosFor } from './example-scenarios';
import { loadScenarios, saveScenarios } from './scenario-persist';
import { simStoreFor, type SimState, type SimStore } from './sim-store';

/** The simulation store of the active journey. */
export function useSimStore(): SimStore {
  const editor = useEditorStore();
  const sim = simStoreFor(editor);
  useScenarioPersistence(editor, sim);
  return sim;
}

/** Selects from the active journey's simulation store. */
export function useSim<T>(selector: (s: SimState) => T): T {
  return useStore(useSimStore(), selector);
}

const attached = new WeakSet<SimStore>();

/**
 * Loads the journey's saved scenarios (or the example's own, for built-in
 * examples) once, then autosaves every change. Empty text never overwrites
 * a saved file.
 */
function useScenarioPersistence(editor: EditorStore, sim: SimStore): void {
  useEffect(() => {
    if (attached.has(sim)) return;
    attached.add(sim);
    const { docId, fileName, text } = editor.getState();
    void (async () => {
      const saved = await loadScenarios(docId).catch(() => undefined);
      const found = saved ?? (await exampleScenariosFor(fileName, text));
      if (!sim.getState().loaded) {
        if (found) sim.getState().setScenarios(found.fileName, found.text);
        else sim.setState({ loaded: true });
      }
      sim.subscribe((s, prev) => {
        if (s.scenarioText !== prev.scenarioText) void saveScenarios(docId, { fileName: s.scenarioFileName, text: s.scenarioText });
      });
    })();
  }, [editor, sim]);
}
