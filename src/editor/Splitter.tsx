/**
 * A bar to drag (or move with the arrow keys) that resizes the pane it sits on:
 * the code pane and the right side bar from their left edge, the dock from its top edge. Double-click
 * gives the pane its default size back.
 */
import { useRef } from 'react';
import { resetPaneSize, setPaneSize, type Pane } from './pane-sizes';

const STEP_PX = 16;

export function Splitter({ pane, label }: { pane: Pane; label: string }) {
  const drag = useRef<{ from: number; size: number } | undefined>(undefined);
  const vertical = pane !== 'dock';
  // The pane grows as the bar moves away from it: left for the code pane and the side bar, up for the dock.
  const sizeOf = (el: HTMLElement) => {
    const box = (el.parentElement ?? el).getBoundingClientRect();
    return vertical ? box.width : box.height;
  };
  return (
    <div
      className={`splitter splitter-${vertical ? 'vertical' : 'horizontal'}`}
      role="separator"
      aria-orientation={vertical ? 'vertical' : 'horizontal'}
      aria-label={label}
      title={`${label} (double-click: default size)`}
      tabIndex={0}
      data-testid={`splitter-${pane}`}
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture(e.pointerId);
        drag.current = { from: vertical ? e.clientX : e.clientY, size: sizeOf(e.currentTarget) };
      }}
      onPointerMove={(e) => {
        const d = drag.current;
        if (!d) return;
        setPaneSize(pane, d.size + d.from - (vertical ? e.clientX : e.clientY));
      }}
      onPointerUp={() => (drag.current = undefined)}
      onPointerCancel={() => (drag.current = undefined)}
      onDoubleClick={() => resetPaneSize(pane)}
      onKeyDown={(e) => {
        const grow = vertical ? { ArrowLeft: 1, ArrowRight: -1 } : { ArrowUp: 1, ArrowDown: -1 };
        const sign = grow[e.key as keyof typeof grow];
        if (!sign) return;
        e.preventDefault();
        setPaneSize(pane, sizeOf(e.currentTarget) + sign * STEP_PX);
      }}
    />
  );
}
