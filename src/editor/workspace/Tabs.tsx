/** One tab per open journey; unexported changes are marked with a dot. */
import { useStore } from 'zustand';
import type { OpenDoc, WorkspaceStore } from './workspace-store';

function Tab({ doc, active, onSelect, onClose }: { doc: OpenDoc; active: boolean; onSelect: () => void; onClose: () => void }) {
  const name = useStore(doc.store, (s) => s.fileName);
  const dirty = useStore(doc.store, (s) => s.text !== s.exportedText);
  return (
    <span className={`tab ${active ? 'active' : ''}`} data-testid="doc-tab" data-file={name} onClick={onSelect}>
      {name}
      {dirty ? ' •' : ''}
      <button
        className="tab-close"
        aria-label={`Close ${name}`}
        onClick={(e) => {
          e.stopPropagation();
          onClose();
        }}
      >
        ×
      </button>
    </span>
  );
}

/** The workspace tab strip. */
export function Tabs({ workspace }: { workspace: WorkspaceStore }) {
  const docs = useStore(workspace, (s) => s.docs);
  const activeId = useStore(workspace, (s) => s.activeId);
  return (
    <nav className="tabs doc-tabs">
      {docs.map((d) => (
        <Tab
          key={d.id}
          doc={d}
          active={d.id === activeId}
          onSelect={() => workspace.getState().activate(d.id)}
          onClose={() => {
            const st = d.store.getState();
            if (st.text !== st.exportedText && !confirm(`${st.fileName} has changes that were never exported. Close it?`)) return;
            workspace.getState().close(d.id);
          }}
        />
      ))}
    </nav>
  );
}
