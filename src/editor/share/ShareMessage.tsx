/** The banner that says a shared journey was opened, or why a share link was refused; stays until dismissed. */
import { useEffect } from 'react';
import { useStore } from 'zustand';
import type { WorkspaceStore } from '../workspace/workspace-store';
import { shareNoticeFor } from './share-notice';
import { useShareHashChange } from './use-share-hash';

/** Success fades on its own; an error stays until the user has read it. */
const OPENED_MS = 8000;

/** The share banner of a workspace. */
export function ShareMessage({ workspace }: { workspace: WorkspaceStore }) {
  const notice = shareNoticeFor(workspace);
  const message = useStore(notice, (s) => s.message);
  useShareHashChange(workspace);
  useEffect(() => {
    if (message?.kind !== 'opened') return;
    const t = setTimeout(() => notice.getState().dismiss(), OPENED_MS);
    return () => clearTimeout(t);
  }, [message, notice]);
  if (!message) return null;
  return (
    <div className={`share-message share-message-${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'} data-testid="share-message" data-kind={message.kind}>
      <span>{message.text}</span>
      <button type="button" data-testid="share-message-dismiss" onClick={() => notice.getState().dismiss()}>
        Dismiss
      </button>
    </div>
  );
}
