/**
 * A bar to drag (or move with the arrow keys) that resizes the pane it sits on:
 * the code pane and the right side bar from their left edge, the dock from its top edge. Double-click
 * gives the pane its default size back. For assistive technology it is a window splitter
 * (WAI-ARIA `separator`): its value is the pane's size in px within the pane's limits; Home and End go
 * to the limits, Enter collapses the pane (and opens it again from its rail).
 */
import { useEffect, useRef, useState } from 'react';
import { paneLimits, resetPaneSize, setPaneSize, type Pane } from './pane-sizes';
import { PANE_INFO } from './layout/pane-keys';
import { togglePane, usePaneCollapsed } from './layout/PaneToggle';

const STEP_PX = 16;

export function Splitter({ pane, label }: { pane: Pane; label: string }) {
  const [el, setEl] = useState<HTMLDivElement | null>(null);
  const drag = useRef<{ from: number; size: number } | undefined>(undefined);
  const collapsed = usePaneCollapsed(pane);
  const vertical = pane !== 'dock';
  // The pane grows as the bar moves away from it: left for the code pane and the side bar, up for the dock.
  const sizeOf = (bar: HTMLElement) => sizeAlong(bar, vertical);
  const size = usePaneSize(el, vertical);
  if (collapsed) return null;
  const [min, max] = paneLimits(pane, { width: innerWidth, height: innerHeight });
  return (
    <div
      ref={setEl}
      className={`splitter splitter-${vertical ? 'vertical' : 'horizontal'}`}
      role="separator"
      // A vertical bar separates panes side by side.
      aria-orientation={vertical ? 'vertical' : 'horizontal'}
      aria-label={label}
      aria-controls={PANE_INFO[pane].id}
      aria-valuenow={size ?? min}
      aria-valuemin={min}
      aria-valuemax={Math.max(min, max)}
      aria-valuetext={`${size ?? min} pixels`}
      title={`${label} (arrow keys or drag; double-click: default size; Enter: hide)`}
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
        if (e.key === 'Enter') {
          e.preventDefault();
          return togglePane(pane);
        }
        if (e.key === 'Home' || e.key === 'End') {
          e.preventDefault();
          return setPaneSize(pane, e.key === 'Home' ? min : max);
        }
        const grow = vertical ? { ArrowLeft: 1, ArrowRight: -1 } : { ArrowUp: 1, ArrowDown: -1 };
        const sign = grow[e.key as keyof typeof grow];
        if (!sign) return;
        e.preventDefault();
        setPaneSize(pane, sizeOf(e.currentTarget) + sign * STEP_PX);
      }}
    />
  );
}

/** The size of the pane a bar sits on, across the bar. */
function sizeAlong(bar: HTMLElement, vertical: boolean): number {
  const box = (bar.parentElement ?? bar).getBoundingClientRect();
  return Math.round(vertical ? box.width : box.height);
}

/** The pane's current size in px, following drags, keys, window resizes and the layout's defaults. */
function usePaneSize(bar: HTMLElement | null, vertical: boolean): number | undefined {
  const [size, setSize] = useState<number | undefined>();
  useEffect(() => {
    const pane = bar?.parentElement;
    if (!bar || !pane) return;
    const ro = new ResizeObserver(() => setSize(sizeAlong(bar, vertical)));
    ro.observe(pane);
    return () => ro.disconnect();
  }, [bar, vertical]);
  return size;
}
