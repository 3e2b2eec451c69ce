/** The toolbar's Share button: opens the share popover; also hosts the banner about opened share links. */
import { useState } from 'react';
import type { WorkspaceStore } from '../workspace/workspace-store';
import { ShareDialog } from './ShareDialog';
import { ShareMessage } from './ShareMessage';
import './share.css';

/** Share button + popover + share banner. */
export function ShareButton({ workspace }: { workspace: WorkspaceStore }) {
  const [open, setOpen] = useState(false);
  return (
    <span className="share">
      <button type="button" data-testid="share-button" aria-expanded={open} onClick={() => setOpen((o) => !o)} title="Share a link to this journey">
        Share…
      </button>
      {open ? <ShareDialog onClose={() => setOpen(false)} /> : null}
      <ShareMessage workspace={workspace} />
    </span>
  );
}
