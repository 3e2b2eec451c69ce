/**
 * Where a fitted diagram may lie: clear of the controls (bottom left) and of
 * the minimap (bottom right), so that fitting never hides a state under them.
 * The minimap only needs clearing on one side of it: beside it or above it,
 * whichever leaves the diagram larger (a tall diagram has width to spare, a
 * wide one height).
 */
import { getViewportForBounds, type Rect } from '@xyflow/react';

export interface FitPadding {
  top: `${number}px`;
  right: `${number}px`;
  bottom: `${number}px`;
  left: `${number}px`;
}

/** React Flow's panels sit this far from the canvas edge. */
const PANEL_MARGIN = 15;
const GAP = 12;
/** The controls column is 26 px wide. */
const CONTROLS_WIDTH = 26;

const px = (n: number) => `${n}px` as const;

export function fitPadding(
  bounds: Rect,
  canvas: { width: number; height: number; minZoom: number; maxZoom: number },
  minimap: { width: number; height: number } | undefined,
): FitPadding {
  const base = { top: GAP, right: GAP, bottom: GAP, left: PANEL_MARGIN + CONTROLS_WIDTH + GAP };
  const asPadding = (p: typeof base): FitPadding => ({
    top: px(p.top),
    right: px(p.right),
    bottom: px(p.bottom),
    left: px(p.left),
  });
  if (!minimap) return asPadding(base);
  const beside = asPadding({ ...base, right: PANEL_MARGIN + minimap.width + GAP });
  const above = asPadding({ ...base, bottom: PANEL_MARGIN + minimap.height + GAP });
  const zoom = (p: FitPadding) =>
    getViewportForBounds(bounds, canvas.width, canvas.height, canvas.minZoom, canvas.maxZoom, p).zoom;
  return zoom(beside) >= zoom(above) ? beside : above;
}
