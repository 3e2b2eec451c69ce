/** Delete / duplicate / copy / paste of selected states, each through the core commands. */
import type { Edge } from '@xyflow/react';
import type { EditorStore } from '../store/editor-store';
import { runCommand } from '../commands';

/** Removes states (and every reference to them); several states are still one undo step. */
export function removeStates(store: EditorStore, ids: readonly string[]): void {
  batch(store, () => {
    for (const id of ids) {
      const r = runCommand(store, 'state.remove', { state: id });
      if (!r.ok) store.getState().notify(r.error);
    }
  });
  store.getState().select([]);
}

/** Duplicates states under fresh ids and selects the copies; one undo step. */
export function duplicateStates(store: EditorStore, ids: readonly string[]): string[] {
  const copies: string[] = [];
  batch(store, () => {
    for (const id of ids) {
      const r = runCommand(store, 'state.duplicate', { state: id });
      if (!r.ok) store.getState().notify(r.error);
      else if (r.selected) {
        copies.push(prefixOf(id) + r.selected);
        // The copy goes in free space beside its original, not wherever its transitions suggest.
        store.getState().hintPlacement(prefixOf(id) + r.selected, { near: id });
      }
    }
  });
  if (copies.length) store.getState().select(copies);
  return copies;
}

function prefixOf(qid: string): string {
  const i = qid.lastIndexOf('/');
  return i < 0 ? '' : qid.slice(0, i + 1);
}

/** Runs several commands as one history entry: only the state before the first is recorded. */
export function batch(store: EditorStore, fn: () => void): void {
  const t = store.temporal.getState();
  const before = store.getState().text;
  t.pause();
  try {
    fn();
  } finally {
    t.resume();
  }
  const after = store.getState().text;
  if (after !== before) {
    // Record one step: restore the pre-batch text silently, then set the result tracked.
    t.pause();
    store.setState({ text: before });
    t.resume();
    store.getState().endBurst();
    store.getState().setText(after);
  }
}

/** Removes the transitions drawn by canvas edges; one undo step. */
export function disconnectEdges(store: EditorStore, edges: readonly Edge[]): void {
  batch(store, () => {
    for (const e of edges) {
      const d = e.data as { via?: string; choiceIndex?: number } | undefined;
      const via = d?.via === 'choice' || d?.via === 'default' || d?.via === 'onTimeout' ? d.via : 'next';
      const r = runCommand(store, 'transition.disconnect', { from: e.source, to: e.target, via, choiceIndex: d?.choiceIndex });
      if (!r.ok) store.getState().notify(r.error);
    }
  });
}
