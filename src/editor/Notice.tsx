/** A transient message (a refused connection, a failed command), shown for a few seconds. */
import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { useEditor } from './store/editor-context';
import type { WorkspaceStore } from './workspace/workspace-store';

/** The notice toast of the journey shown. */
export function Notice() {
  return <Toast notice={useEditor((s) => s.notice)} />;
}

/** The workspace's notice toast, for when no journey is open. */
export function WorkspaceNotice({ workspace }: { workspace: WorkspaceStore }) {
  return <Toast notice={useStore(workspace, (s) => s.notice)} />;
}

function Toast({ notice }: { notice: { text: string; nonce: number } | undefined }) {
  const [shown, setShown] = useState<string | undefined>();
  useEffect(() => {
    if (!notice) return;
    setShown(notice.text);
    // Long enough to read: a long notice (an example's kept warnings, refused files) stays longer.
    const t = setTimeout(() => setShown(undefined), Math.min(15_000, Math.max(4000, notice.text.length * 50)));
    return () => clearTimeout(t);
  }, [notice]);
  return shown ? (
    <div className="notice" role="status" data-testid="notice">
      {shown}
    </div>
  ) : null;
}
