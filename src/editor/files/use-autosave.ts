/** Autosave: every change to any open journey, and the workspace itself, goes to IndexedDB at once. */
import { useEffect, useState } from 'react';
import type { Persistence } from './persist';
import { toSaved, type OpenDoc, type WorkspaceStore } from '../workspace/workspace-store';

/** Keeps persistence in step with the workspace; returns 'saving' while writes are pending. */
export function useAutosave(ws: WorkspaceStore, p: Persistence): 'saved' | 'saving' {
  const [pending, setPending] = useState(0);
  useEffect(() => {
    const subs = new Map<string, () => void>();
    const write = (job: Promise<void>) => {
      setPending((n) => n + 1);
      void job.catch(() => undefined).finally(() => setPending((n) => n - 1));
    };
    const watch = (doc: OpenDoc) => {
      write(p.saveDoc(toSaved(doc)));
      subs.set(
        doc.id,
        doc.store.subscribe((s, prev) => {
          if (s.text !== prev.text || s.exportedText !== prev.exportedText) write(p.saveDoc(toSaved(doc)));
        }),
      );
    };
    const sync = () => {
      const { docs, activeId } = ws.getState();
      for (const d of docs) if (!subs.has(d.id)) watch(d);
      for (const [id, unsub] of subs) {
        if (!docs.some((d) => d.id === id)) {
          unsub();
          subs.delete(id);
          write(p.deleteDoc(id));
        }
      }
      write(p.saveMeta({ order: docs.map((d) => d.id), activeId }));
    };
    sync();
    // Documents added before this effect ran (an example's, during start-up) are saved now; an empty
    // list is not written here, so a failed restore cannot wipe the saved ones.
    if (ws.getState().apis.length) write(p.saveApis(ws.getState().apis));
    const unsub = ws.subscribe((s, prev) => {
      if (s.docs !== prev.docs || s.activeId !== prev.activeId) sync();
      if (s.apis !== prev.apis) write(p.saveApis(s.apis));
    });
    return () => {
      unsub();
      for (const u of subs.values()) u();
    };
  }, [ws, p]);
  return pending > 0 ? 'saving' : 'saved';
}
