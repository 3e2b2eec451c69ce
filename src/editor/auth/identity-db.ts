/**
 * The identity lab (one per workspace) and the preview principal (one per
 * journey) in IndexedDB, in their own database so the workspace schema stays
 * independent. Without IndexedDB (tests, private modes) nothing is saved.
 */
import { openDB, type IDBPDatabase } from 'idb';
import type { LabState } from '../../core/identity/lab-types';
import type { Principal } from '../../core/auth/principal';

const DB_NAME = 'journey-studio-identity';
const LABS = 'labs';
const PRINCIPALS = 'principals';
/** The workspace's lab key (one lab for every open journey). */
const WORKSPACE = 'workspace';

let db: Promise<IDBPDatabase> | undefined;

function open(): Promise<IDBPDatabase> | undefined {
  if (typeof indexedDB === 'undefined') return undefined;
  db ??= openDB(DB_NAME, 1, {
    upgrade(database) {
      database.createObjectStore(LABS);
      database.createObjectStore(PRINCIPALS);
    },
  });
  return db;
}

/** The saved lab of the workspace, if any. */
export async function loadLab(): Promise<LabState | undefined> {
  const d = open();
  return d ? ((await d).get(LABS, WORKSPACE) as Promise<LabState | undefined>) : undefined;
}

/** Saves the workspace's lab. */
export async function saveLab(lab: LabState): Promise<void> {
  const d = open();
  if (d) await (await d).put(LABS, lab, WORKSPACE);
}

/** The principal the preview uses for a journey document, if one was edited. */
export async function loadPrincipal(docId: string): Promise<Principal | undefined> {
  const d = open();
  return d ? ((await d).get(PRINCIPALS, docId) as Promise<Principal | undefined>) : undefined;
}

/** Saves (or, with `undefined`, forgets) a journey's preview principal. */
export async function savePrincipal(docId: string, p: Principal | undefined): Promise<void> {
  const d = open();
  if (!d) return;
  if (p) await (await d).put(PRINCIPALS, p, docId);
  else await (await d).delete(PRINCIPALS, docId);
}
