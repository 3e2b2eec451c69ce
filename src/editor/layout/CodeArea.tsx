/**
 * The code pane with its head (the button that collapses it). Collapsed, it is a rail beside the
 * canvas; the editor stays mounted (hidden), so its cursor, scroll and undo are there when it opens again.
 */
import { CodePane } from '../panels/CodePane';
import { PANE_INFO } from './pane-keys';
import { PaneToggle, togglePane, usePaneCollapsed } from './PaneToggle';

export function CodeArea() {
  const collapsed = usePaneCollapsed('code');
  return (
    <section id={PANE_INFO.code.id} className="code-area" data-collapsed={collapsed ? 'true' : undefined} aria-label="Code">
      {collapsed ? (
        <div className="rail">
          <PaneToggle pane="code" />
          <button type="button" className="rail-tab" onClick={() => togglePane('code')} title="Show the code pane">
            Code
          </button>
        </div>
      ) : (
        <div className="area-head">
          <h2 className="area-title">Code</h2>
          <PaneToggle pane="code" />
        </div>
      )}
      <CodePane />
    </section>
  );
}
