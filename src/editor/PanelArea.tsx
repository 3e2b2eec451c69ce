/**
 * A side bar or the bottom dock: the registered panels of one area, as tabs when there are several,
 * with a button that collapses the area to a rail (its panels' names, each opening it again).
 */
import { useEffect, useState } from 'react';
import { panelsIn, type PanelDef } from './panels/registry';
import { onShowPanel } from './panel-events';
import { PaneToggle, togglePane, usePaneCollapsed } from './layout/PaneToggle';
import { PANE_INFO } from './layout/pane-keys';
import type { CollapsiblePane } from './pane-sizes';

const PANE_OF: Record<PanelDef['area'], CollapsiblePane> = { left: 'palette', right: 'side', bottom: 'dock' };

/** Renders the panels of one area. */
export function PanelArea({ area, className }: { area: PanelDef['area']; className: string }) {
  const panels = panelsIn(area);
  const pane = PANE_OF[area];
  const collapsed = usePaneCollapsed(pane);
  const [active, setActive] = useState(panels[0]?.id);
  const current = panels.find((p) => p.id === active) ?? panels[0];
  // "Show the Auth panel" (from the welcome card) opens a collapsed area too.
  useEffect(
    () =>
      onShowPanel((id) => {
        if (!panelsIn(area).some((p) => p.id === id)) return;
        setActive(id);
        if (collapsed) togglePane(pane);
      }),
    [area, collapsed, pane],
  );
  if (!current) return null;
  const Current = current.component;
  const vertical = area !== 'bottom';
  const show = (id: string) => {
    setActive(id);
    if (collapsed) togglePane(pane);
  };
  if (collapsed && vertical) {
    // The rail: one button per panel, written upwards; each opens the area on its panel.
    return (
      <section id={PANE_INFO[pane].id} className={`rail rail-${area}`} data-area={area} data-collapsed="true" aria-label={PANE_INFO[pane].name}>
        <PaneToggle pane={pane} />
        {panels.map((p) => (
          <button key={p.id} type="button" className="rail-tab" onClick={() => show(p.id)} title={`Show ${p.title}`}>
            {p.title}
          </button>
        ))}
      </section>
    );
  }
  const tabs =
    panels.length > 1 || !vertical ? (
      <div className="tabs" role="tablist" aria-label={PANE_INFO[pane].name}>
        {panels.map((p) => (
          <button
            key={p.id}
            role="tab"
            aria-selected={!collapsed && p.id === current.id}
            className={`tab ${p.id === current.id ? 'active' : ''}`}
            onClick={() => show(p.id)}
          >
            {p.title}
          </button>
        ))}
      </div>
    ) : (
      <h2 className="area-title">{current.title}</h2>
    );
  return (
    <section id={PANE_INFO[pane].id} className={className} data-area={area} data-collapsed={collapsed ? 'true' : undefined} aria-label={PANE_INFO[pane].name}>
      <div className="area-head">
        {tabs}
        <PaneToggle pane={pane} />
      </div>
      {collapsed ? null : <Current />}
    </section>
  );
}
