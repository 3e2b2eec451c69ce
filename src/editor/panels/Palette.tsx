/** Every state type and task kind; drag one onto the canvas (or press Enter to add it). */
import { PALETTE_ITEMS, PALETTE_MIME, type PaletteItem } from '../palette-items';
import { lookOf } from '../canvas/state-style';
import { useEditorStore } from '../store/editor-context';
import { addFromPalette } from '../canvas/add-state';

/** The palette panel. */
export function Palette() {
  const store = useEditorStore();
  const add = (item: PaletteItem) => addFromPalette(store, item, undefined);
  return (
    <div className="palette" data-testid="palette">
      {PALETTE_ITEMS.map((item) => {
        const look = lookOf(item.type, item.taskKind);
        return (
          <div
            key={item.key}
            className="palette-item"
            data-testid="palette-item"
            data-item={item.key}
            draggable
            role="button"
            tabIndex={0}
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
