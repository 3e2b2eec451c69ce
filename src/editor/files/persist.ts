/**
 * Autosave: every open journey, the workspace order and the node positions
 * live in IndexedDB, so a reload or a crash loses nothing. Positions are
 * editor-only data and never go into the journey file.
 */
import { openDB, type IDBPDatabase } from 'idb';
import type { SavedDoc } from '../workspace/workspace-store';
import type { ApiDocument } from './api-library';

const DB_NAME = 'journey-studio';
const VERSION = 1;

export type Positions = Record<string, { x: number; y: number }>;

export interface WorkspaceMeta {
  order: string[];
  activeId: string | undefined;
}

/** The persistence port the app uses (an in-memory one in tests). */
export interface Persistence {
  loadWorkspace(): Promise<{ meta: WorkspaceMeta | undefined; docs: SavedDoc[]; apis: ApiDocument[] }>;
  saveDoc(doc: SavedDoc): Promise<void>;
  /** The OpenAPI documents of the workspace (all of them: there are few and they are small). */
  saveApis(apis: readonly ApiDocument[]): Promise<void>;
  deleteDoc(id: string): Promise<void>;
  saveMeta(meta: WorkspaceMeta): Promise<void>;
  loadPositions(docId: string): Promise<Positions>;
  savePositions(docId: string, positions: Positions): Promise<void>;
}

/** IndexedDB persistence; falls back to doing nothing when IndexedDB is unavailable. */
export function indexedDbPersistence(): Persistence {
  let db: Promise<IDBPDatabase | undefined> | undefined;
  // The open database, once known: a write then starts in the same task as the keystroke (or the
  // pagehide) that asked for it, and a transaction started before the page goes away still completes.
  let opened: IDBPDatabase | undefined;
  const get = () =>
    (db ??= typeof indexedDB === 'undefined'
      ? Promise.resolve(undefined)
      : openDB(DB_NAME, VERSION, {
          upgrade(d) {
            d.createObjectStore('docs', { keyPath: 'id' });
            d.createObjectStore('meta');
            d.createObjectStore('positions');
          },
        })
          .then((d) => (opened = d))
          .catch(() => undefined));
  return {
    async loadWorkspace() {
      const d = await get();
      if (!d) return { meta: undefined, docs: [], apis: [] };
      const [meta, docs, apis] = await Promise.all([d.get('meta', 'workspace'), d.getAll('docs'), d.get('meta', 'apis')]);
      return { meta: meta as WorkspaceMeta | undefined, docs: docs as SavedDoc[], apis: Array.isArray(apis) ? (apis as ApiDocument[]) : [] };
    },
    async saveDoc(doc) {
      // A non-empty text always replaces good work: write it now, without the read that only an empty text needs.
      if (opened && doc.text.trim() !== '') {
        await opened.put('docs', doc);
        return;
      }
      const d = await get();
      if (!d) return;
      if (!replacesGoodWork(doc, (await d.get('docs', doc.id)) as SavedDoc | undefined)) return;
      await d.put('docs', doc);
    },
    async deleteDoc(id) {
      const d = await get();
      await Promise.all([d?.delete('docs', id), d?.delete('positions', id)]);
    },
    async saveApis(apis) {
      await (await get())?.put('meta', apis, 'apis');
    },
    async saveMeta(meta) {
      await (await get())?.put('meta', meta, 'workspace');
    },
    async loadPositions(docId) {
      return ((await (await get())?.get('positions', docId)) as Positions | undefined) ?? {};
    },
    async savePositions(docId, positions) {
      await (await get())?.put('positions', positions, docId);
    },
  };
}

/** Orders restored documents by the saved workspace order (unknown ones last); pure. */
export function restoreOrder(meta: WorkspaceMeta | undefined, docs: readonly SavedDoc[]): SavedDoc[] {
  const rank = new Map((meta?.order ?? []).map((id, i) => [id, i]));
  return [...docs].sort((a, b) => (rank.get(a.id) ?? 1e9) - (rank.get(b.id) ?? 1e9));
}

/**
 * Whether `next` may overwrite what is saved: never an empty text over a
 * non-empty one, so a select-all + delete (or a crash mid-edit) cannot wipe
 * the last good work from the autosave. Pure.
 */
export function replacesGoodWork(next: { text: string }, saved: { text: string } | undefined): boolean {
  return next.text.trim() !== '' || !saved || saved.text.trim() === '';
}
