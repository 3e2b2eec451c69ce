/**
 * Bringing a state into view after a person added it: the view pans by the
 * least that shows the state whole, clear of the controls (bottom left) and
 * the minimap (bottom right), as a fit does (`fit-padding.ts`). Pure.
 */
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

const MARGIN = 24;
const PANEL_MARGIN = 15;
const CONTROLS_WIDTH = 26;
const GAP = 12;

/**
 * How far to pan (screen pixels, to add to the viewport's x and y) so that
 * `node` (a screen rectangle relative to the canvas) lies in the canvas of
 * `size`, not under the controls or the `minimap`; {0, 0} when it already does.
 */
export function revealDelta(node: Rect, size: { width: number; height: number }, minimap: { width: number; height: number } | undefined): { dx: number; dy: number } {
  const left = PANEL_MARGIN + CONTROLS_WIDTH + GAP;
  const top = MARGIN;
  const right = size.width - MARGIN;
  let bottom = size.height - MARGIN;
  let dx = 0;
  let dy = 0;
  if (node.x + node.w > right) dx = right - (node.x + node.w);
  if (node.x + dx < left) dx = left - node.x;
  if (node.y + node.h > bottom) dy = bottom - (node.y + node.h);
  if (node.y + dy < top) dy = top - node.y;
  if (minimap) {
    // The minimap's corner: a state reaching into it goes above it.
    const mapLeft = size.width - PANEL_MARGIN - minimap.width - GAP;
    const mapTop = size.height - PANEL_MARGIN - minimap.height - GAP;
    if (node.x + dx + node.w > mapLeft && node.y + dy + node.h > mapTop) {
      bottom = mapTop;
      dy = Math.min(dy, bottom - (node.y + node.h));
      if (node.y + dy < top) dy = top - node.y;
    }
  }
  return { dx, dy };
}
