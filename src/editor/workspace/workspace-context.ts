/** The workspace for components deep in the editor (the inspector reads its OpenAPI documents). */
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { WorkspaceStore } from './workspace-store';
import type { ApiDocument } from '../files/api-library';

export const WorkspaceContext = createContext<WorkspaceStore | null>(null);

const none: ApiDocument[] = [];

/** The workspace's OpenAPI documents (none outside a workspace, as in component tests). */
export function useWorkspaceApis(): ApiDocument[] {
  const ws = useContext(WorkspaceContext);
  return useStore(ws ?? noWorkspace, (s) => s?.apis ?? none);
}

/** A store that never changes, so the hook is called the same way with and without a workspace. */
const noWorkspace = {
  getState: () => undefined,
  getInitialState: () => undefined,
  subscribe: () => () => undefined,
  setState: () => undefined,
} as unknown as WorkspaceStore;

/** The workspace; throws only on a programming error (no provider). */
export function useWorkspace(): WorkspaceStore {
  const ws = useContext(WorkspaceContext);
  if (!ws) throw new Error('useWorkspace outside <WorkspaceContext.Provider>');
  return ws;
}
