/**
 * The toolbar's state search: typing dims the states that do not match;
 * Enter (Shift+Enter back) selects the next match and brings it into view,
 * opening the groups it sits in; Escape clears.
 */
import { useReactFlow } from '@xyflow/react';
import { useEditor, useEditorStore } from '../store/editor-context';
import { groupsToOpen, nextMatch, searchMatches } from './state-search';

/** Zoom at which a found state is shown, unless the view is already closer. */
const READABLE_ZOOM = 0.8;

export function StateSearch() {
  const store = useEditorStore();
  const rf = useReactFlow();
  const search = useEditor((s) => s.search);
  const count = useEditor((s) => (s.search.trim() ? searchMatches(s.view, s.search).length : undefined));
  const go = (back: boolean) => {
    const s = store.getState();
    const qid = nextMatch(searchMatches(s.view, s.search), s.selection[0], back);
    if (!qid || !s.view) return;
    for (const g of groupsToOpen(s.view, qid, s.collapsed)) s.toggleCollapsed(g);
    s.select([qid]);
    // A frame later: a group just opened has shown its states by then.
    requestAnimationFrame(() => {
      const n = rf.getInternalNode(qid);
      if (!n) return;
      const { x, y } = n.internals.positionAbsolute;
      const w = n.measured.width ?? 0;
      const h = n.measured.height ?? 0;
      void rf.setCenter(x + w / 2, y + h / 2, { zoom: Math.max(rf.getZoom(), READABLE_ZOOM), duration: 200 });
    });
  };
  return (
    <span className="state-search">
      <input
        data-testid="search-states"
        type="search"
        aria-label="Find state"
        placeholder="Find state (id, type, kind)"
        title="Enter: next match · Shift+Enter: previous · Esc: clear"
        value={search}
        onChange={(e) => store.getState().setSearch(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            go(e.shiftKey);
          } else if (e.key === 'Escape') store.getState().setSearch('');
        }}
      />
      {count !== undefined ? (
        <span className="search-count" data-testid="search-count" aria-live="polite">
          {count === 1 ? '1 state' : `${count} states`}
        </span>
      ) : null}
    </span>
  );
}
