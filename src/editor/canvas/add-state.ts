/** Adding a state from the palette through `state.add`, placed where it was dropped. */
import type { PaletteItem } from '../palette-items';
import type { EditorStore } from '../store/editor-store';
import { runCommand } from '../commands';

/** Adds the item's state to the top scope; returns the new id or an error. Selects the new state. */
export function addFromPalette(
  store: EditorStore,
  item: PaletteItem,
  at: { x: number; y: number } | undefined,
): { id: string } | { error: string } {
  const s = store.getState();
  // A choice needs a target to be valid: point it at the selected state, else at the start.
  const next = item.type === 'choice' ? pickTarget(s.selection, s.view?.nodes.map((n) => n.qid) ?? []) : undefined;
  const res = runCommand(store, 'state.add', { type: item.type, taskKind: item.taskKind, ...(next ? { next } : {}) });
  if (!res.ok) {
    s.notify(res.error);
    return { error: res.error };
  }
  const id = res.selected ?? '';
  if (at && id) s.placeNode(id, at);
  store.getState().select(id ? [id] : []);
  return { id };
}

function pickTarget(selection: readonly string[], ids: readonly string[]): string | undefined {
  const top = ids.filter((id) => !id.includes('/'));
  return selection.find((id) => !id.includes('/')) ?? top[0];
}
