/** Adding a state from the palette through `state.add`, placed where it was dropped (inside a group box: in that scope). */
import type { PaletteItem } from '../palette-items';
import type { EditorStore } from '../store/editor-store';
import { liteAnalysis, runCommand } from '../commands';

/** A group box on the canvas, in flow coordinates (`id` is the group id: a parallel qid or `sub:<id>`). */
export interface DropBox {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Where a drop lands: the scope id for `state.add`, and the position relative to the box it fell in. */
export interface DropTarget {
  scope?: string;
  at: { x: number; y: number };
}

/**
 * The scope under a drop point: the innermost group box containing it; for a
 * parallel, the branch of the nearest member state (else its first branch).
 */
export function dropTarget(
  store: EditorStore,
  boxes: readonly DropBox[],
  states: readonly { qid: string; x: number; y: number }[],
  at: { x: number; y: number },
): DropTarget {
  const inside = boxes.filter((b) => at.x >= b.x && at.x <= b.x + b.w && at.y >= b.y && at.y <= b.y + b.h);
  const box = inside.sort((a, b) => a.w * a.h - b.w * b.h)[0];
  if (!box) return { at };
  const rel = { x: at.x - box.x, y: at.y - box.y };
  if (box.id.startsWith('sub:')) return { scope: `subjourney:${box.id.slice(4)}`, at: rel };
  const parallel = liteAnalysis(store).model.states.find((s) => s.qid === box.id);
  const branches = parallel?.branches ?? [];
  if (!branches.length) return { at };
  const near = states
    .filter((s) => s.qid.startsWith(`${box.id}/`))
    .sort((a, b) => Math.hypot(a.x - at.x, a.y - at.y) - Math.hypot(b.x - at.x, b.y - at.y))[0];
  const name = near?.qid.slice(box.id.length + 1).split('/')[0];
  const branch = branches.find((b) => b.id === `branch:${box.id}/${name}`) ?? branches[0];
  return { scope: branch.id, at: rel };
}

/** Adds the item's state to `scope` (default top); returns the new qualified id or an error. Selects the new state. */
export function addFromPalette(
  store: EditorStore,
  item: PaletteItem,
  at: { x: number; y: number } | undefined,
  scope?: string,
): { id: string } | { error: string } {
  const s = store.getState();
  const model = liteAnalysis(store).model;
  const sc = model.scopes.find((x) => x.id === (scope ?? 'top'));
  const prefix = sc?.prefix ?? '';
  // Nothing is wired for the person: a new choice starts with no branches (CHOICE-001 asks for them).
  const res = runCommand(store, 'state.add', {
    type: item.type,
    taskKind: item.taskKind,
    ...(scope && scope !== 'top' ? { scope } : {}),
  });
  if (!res.ok) {
    s.notify(res.error);
    return { error: res.error };
  }
  const id = res.selected ? prefix + res.selected : '';
  // Where it was dropped, else next to the selected state of its scope (the canvas finds the free spot).
  const near = s.selection.find((q) => q.startsWith(prefix) && !q.slice(prefix.length).includes('/'));
  if (id) store.getState().hintPlacement(id, at ? { at } : near ? { near } : {});
  store.getState().select(id ? [id] : []);
  return { id };
}

