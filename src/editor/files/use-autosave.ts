/**
 * Autosave: every change to any open journey, and the workspace itself, goes to IndexedDB at once,
 * from the tab that is the journey's writer (see journey-locks); what is pending when the page is
 * hidden or goes away is written then, in the same task.
 */
import { useEffect, useState } from 'react';
import type { Persistence } from './persist';
import type { JourneyLocks } from './journey-locks';
import { toSaved, type OpenDoc, type WorkspaceStore } from '../workspace/workspace-store';

/** Keeps persistence in step with the workspace; returns 'saving' while writes are pending. */
export function useAutosave(ws: WorkspaceStore, p: Persistence, locks: JourneyLocks): 'saved' | 'saving' {
  const [pending, setPending] = useState(0);
  useEffect(() => {
    const subs = new Map<string, () => void>();
    const writes = (id: string) => locks.roles.getState()[id] === 'writer';
    const write = (job: Promise<void>) => {
      setPending((n) => n + 1);
      void job.catch(() => undefined).finally(() => setPending((n) => n - 1));
    };
    const save = (doc: OpenDoc) => {
      if (writes(doc.id)) write(p.saveDoc(toSaved(doc)));
    };
    const watch = (doc: OpenDoc) => {
      locks.claim(doc.id);
      save(doc);
      subs.set(
        doc.id,
        doc.store.subscribe((s, prev) => {
          if (s.text !== prev.text || s.exportedText !== prev.exportedText) save(doc);
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
          // Closing a journey another tab writes leaves it saved for that tab.
          if (writes(id)) write(p.deleteDoc(id));
          locks.release(id);
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
    // A journey this tab just became the writer of (the lock came, or the person took it over) is saved as shown.
    const unsubRoles = locks.roles.subscribe((r, prev) => {
      for (const d of ws.getState().docs) if (r[d.id] === 'writer' && prev[d.id] !== 'writer') save(d);
    });
    // The tab closing (or hidden, which may be the last chance on mobile): start every write now.
    const flush = () => {
      for (const d of ws.getState().docs) save(d);
    };
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      unsub();
      unsubRoles();
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      for (const u of subs.values()) u();
    };
  }, [ws, p, locks]);
  return pending > 0 ? 'saving' : 'saved';
}
