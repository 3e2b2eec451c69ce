/**
 * Scenario files per open journey, autosaved to IndexedDB (their own
 * database, so the editor's workspace schema stays independent).
 */
import { openDB, type IDBPDatabase } from 'idb';

const DB_NAME = 'journey-studio-scenarios';
const STORE = 'scenarios';

export interface SavedScenarios {
  fileName: string;
  text: string;
}

let db: Promise<IDBPDatabase> | undefined;

function open(): Promise<IDBPDatabase> {
  db ??= openDB(DB_NAME, 1, {
    upgrade(database) {
      database.createObjectStore(STORE);
    },
  });
  return db;
}

/** The saved scenario file of a journey document, if any. */
export async function loadScenarios(docId: string): Promise<SavedScenarios | undefined> {
  if (typeof indexedDB === 'undefined') return undefined;
  return (await open()).get(STORE, docId) as Promise<SavedScenarios | undefined>;
}

/** Saves the scenario file of a document; empty text is never written over saved work. */
export async function saveScenarios(docId: string, value: SavedScenarios): Promise<void> {
  if (typeof indexedDB === 'undefined' || !value.text.trim()) return;
  await (await open()).put(STORE, value, docId);
}
