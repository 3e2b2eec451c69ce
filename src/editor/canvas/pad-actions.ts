/**
 * What the context pad and insert-on-edge do, each one core command (one undo
 * step): append a state after the selected one, insert one on a transition,
 * insert a guard before a state. The new states are placed next to where they
 * attach and brought into view (placement hints), and the new one is selected.
 */
import type { PaletteItem } from '../palette-items';
import type { EditorStore } from '../store/editor-store';
import { canRun, liteAnalysis, runCommand } from '../commands';
import type { ConnectVia } from '../../core/commands/types';
import { applyGuard, type GuardName } from '../auth/guard-actions';

/** A transition of a state, as a canvas edge carries it. */
export interface EdgeRef {
  source: string;
  target: string;
  via: string;
  choiceIndex?: number;
}

const prefixOf = (qid: string) => (qid.includes('/') ? qid.slice(0, qid.lastIndexOf('/') + 1) : '');

/** The transition "append" uses: a choice's `default` (never an invented branch), else `next`. */
export function appendVia(store: EditorStore, from: string): ConnectVia {
  const type = liteAnalysis(store).model.states.find((s) => s.qid === from)?.type;
  return type === 'choice' ? 'default' : 'next';
}

function argsFor(item: PaletteItem, from: string, via: ConnectVia, choiceIndex?: number) {
  return { type: item.type, ...(item.taskKind ? { taskKind: item.taskKind } : {}), from, via, ...(choiceIndex !== undefined ? { choiceIndex } : {}) };
}

/** `true` or why `item` cannot be appended after `from`. */
export function canAppend(store: EditorStore, from: string, item: PaletteItem): true | string {
  return canRun(store, 'state.insert', argsFor(item, from, appendVia(store, from)));
}

function done(store: EditorStore, res: ReturnType<typeof runCommand>, prefix: string, hint: { near?: string; before?: string }): string | undefined {
  if (!res.ok) {
    store.getState().notify(res.error);
    return undefined;
  }
  const id = res.selected ? prefix + res.selected : undefined;
  if (id) {
    store.getState().hintPlacement(id, hint);
    store.getState().select([id]);
  }
  return id;
}

/** Appends `item` after `from` (between it and its next, if it has one); selects the new state. */
export function appendState(store: EditorStore, from: string, item: PaletteItem): string | undefined {
  const res = runCommand(store, 'state.insert', argsFor(item, from, appendVia(store, from)));
  return done(store, res, prefixOf(from), { near: from });
}

/** The `via` of an edge as `state.insert` takes it; undefined for dialect transitions it cannot rewrite. */
function viaOf(edge: EdgeRef): ConnectVia | undefined {
  return edge.via === 'next' || edge.via === 'default' || edge.via === 'choice' || edge.via === 'onTimeout' ? edge.via : undefined;
}

/** `true` or why `item` cannot go on this edge. */
export function canInsertOnEdge(store: EditorStore, edge: EdgeRef, item: PaletteItem): true | string {
  const via = viaOf(edge);
  if (!via) return `This transition is written as '${edge.via}'; apply its quick fix first`;
  return canRun(store, 'state.insert', argsFor(item, edge.source, via, edge.choiceIndex));
}

/** Inserts `item` between the two states of an edge; selects the new state. */
export function insertOnEdge(store: EditorStore, edge: EdgeRef, item: PaletteItem): string | undefined {
  const ok = canInsertOnEdge(store, edge, item);
  if (ok !== true) {
    store.getState().notify(ok);
    return undefined;
  }
  const res = runCommand(store, 'state.insert', argsFor(item, edge.source, viaOf(edge)!, edge.choiceIndex));
  return done(store, res, prefixOf(edge.source), { near: edge.source });
}

/** Inserts a guard before `at` with the template's defaults (the `default` profile); the auth task goes above it. */
export function insertGuard(store: EditorStore, name: GuardName, at: string, permission?: string): string | undefined {
  const isApi = liteAnalysis(store).model.kind === 'Api';
  const res = applyGuard(store, name, { at, profile: 'default', claim: 'scope', ...(permission ? { permission } : {}), ...(isApi ? { apiResponses: true } : {}) });
  if (!res.ok) {
    store.getState().notify(res.error);
    return undefined;
  }
  // applyGuard selected the auth task and asked the canvas to place it above `at`.
  return res.selected ? prefixOf(at) + res.selected : undefined;
}
