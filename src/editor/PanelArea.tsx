/** A side bar or the bottom dock: the registered panels of one area, as tabs when there are several. */
import { useEffect, useState } from 'react';
import { panelsIn, type PanelDef } from './panels/registry';
import { onShowPanel } from './panel-events';

/** Renders the panels of one area. */
export function PanelArea({ area, className }: { area: PanelDef['area']; className: string }) {
  const panels = panelsIn(area);
  const [active, setActive] = useState(panels[0]?.id);
  const current = panels.find((p) => p.id === active) ?? panels[0];
  useEffect(() => onShowPanel((id) => panelsIn(area).some((p) => p.id === id) && setActive(id)), [area]);
  if (!current) return null;
  const Current = current.component;
  return (
    <section className={className} data-area={area}>
      {panels.length > 1 ? (
        <div className="tabs" role="tablist">
          {panels.map((p) => (
            <button
              key={p.id}
              role="tab"
              aria-selected={p.id === current.id}
              className={`tab ${p.id === current.id ? 'active' : ''}`}
              onClick={() => setActive(p.id)}
            >
              {p.title}
            </button>
          ))}
        </div>
      ) : null}
      <Current />
    </section>
  );
}
