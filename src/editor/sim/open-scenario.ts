/** Opening a scenario file for the active journey (toolbar input, drag-and-drop). */
import type { EditorStore } from '../store/editor-store';
import { simStoreFor } from './sim-store';

/** Reads `file` and makes it the journey's scenario file (autosaved from then on). */
export async function openScenarioFile(editor: EditorStore, file: File): Promise<void> {
  simStoreFor(editor).getState().setScenarios(file.name, await file.text());
}
