/**
 * Every state type and task kind; drag one onto the canvas (or press Enter to add it). One stop in the
 * Tab order (a vertical toolbar): ↑ ↓ Home End move between the entries.
 */
import { useState, type KeyboardEvent } from 'react';
import { PALETTE_ITEMS, PALETTE_MIME, type PaletteItem } from '../palette-items';
import { lookOf } from '../canvas/state-style';
import { useEditorStore } from '../store/editor-context';
import { addFromPalette } from '../canvas/add-state';

/** The palette panel. */
export function Palette() {
  const store = useEditorStore();
  const add = (item: PaletteItem) => addFromPalette(store, item, undefined);
  const [current, setCurrent] = useState(0);
  const move = (e: KeyboardEvent<HTMLDivElement>) => {
    const last = PALETTE_ITEMS.length - 1;
    const to = { ArrowDown: current + 1, ArrowUp: current - 1, Home: 0, End: last }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    const next = Math.max(0, Math.min(last, to));
    setCurrent(next);
    e.currentTarget.querySelectorAll<HTMLElement>('[data-testid="palette-item"]')[next]?.focus();
  };
  return (
    <div className="palette" data-testid="palette" role="toolbar" aria-orientation="vertical" aria-label="Palette: add a state" onKeyDown={move}>
      {PALETTE_ITEMS.map((item, i) => {
        const look = lookOf(item.type, item.taskKind);
        return (
          <div
            key={item.key}
            className="palette-item"
            data-testid="palette-item"
            data-item={item.key}
            draggable
            role="button"
            tabIndex={i === current ? 0 : -1}
            onFocus={() => setCurrent(i)}
            onDragStart={(e) => {
              e.dataTransfer.setData(PALETTE_MIME, item.key);
              e.dataTransfer.effectAllowed = 'copy';
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter' || e.key === ' ') {
                e.preventDefault();
                add(item);
              }
            }}
            onDoubleClick={() => add(item)}
            title={`Drag onto the canvas (or press Enter) to add a ${item.label}`}
          >
            <span className="state-icon" style={{ background: look.color }} aria-hidden>
              {look.icon}
            </span>
            {item.label}
          </div>
        );
      })}
    </div>
  );
}
