/**
 * The message about a share link (opened, or refused as damaged / too large),
 * kept per workspace until the user dismisses it: a toast would vanish before
 * anyone reads why a link did not open.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { WorkspaceStore } from '../workspace/workspace-store';

export interface ShareMessage {
  kind: 'opened' | 'error';
  text: string;
}

export interface ShareNoticeState {
  message: ShareMessage | undefined;
  show(message: ShareMessage): void;
  dismiss(): void;
}

export type ShareNoticeStore = StoreApi<ShareNoticeState>;

/** Creates an empty notice store. */
export function createShareNoticeStore(): ShareNoticeStore {
  return createStore<ShareNoticeState>()((set) => ({
    message: undefined,
    show: (message) => set({ message }),
    dismiss: () => set({ message: undefined }),
  }));
}

// One notice store per workspace, dropped with it (like the simulation stores per editor).
const stores = new WeakMap<WorkspaceStore, ShareNoticeStore>();

/** The share notice store of a workspace. */
export function shareNoticeFor(ws: WorkspaceStore): ShareNoticeStore {
  let store = stores.get(ws);
  if (!store) {
    store = createShareNoticeStore();
    stores.set(ws, store);
  }
  return store;
}
