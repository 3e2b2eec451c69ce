/** A share link pasted into the address bar of the running app (only the fragment changes, so no reload) opens too. */
import { useEffect } from 'react';
import type { WorkspaceStore } from '../workspace/workspace-store';
import { openShareLink, pendingShare } from './open-shared';

/** Listens for `#share=…` fragments while the app runs. */
export function useShareHashChange(ws: WorkspaceStore): void {
  useEffect(() => {
    const onHashChange = () => {
      const hash = pendingShare(location.hash);
      if (hash) void openShareLink(ws, hash);
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [ws]);
}
