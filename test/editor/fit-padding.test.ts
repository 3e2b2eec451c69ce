import { describe, expect, it } from 'vitest';
import { getViewportForBounds } from '@xyflow/react';
import { fitPadding } from '../../src/editor/canvas/fit-padding';

const canvas = { width: 600, height: 600, minZoom: 0.02, maxZoom: 2 };
const minimap = { width: 150, height: 100 };
type Bounds = { x: number; y: number; width: number; height: number };
/** Where the diagram's bottom-right corner lands on screen once fitted with `padding`. */
function placed(bounds: Bounds, padding: ReturnType<typeof fitPadding>) {
  const vp = getViewportForBounds(bounds, canvas.width, canvas.height, canvas.minZoom, canvas.maxZoom, padding);
  return { right: vp.x + (bounds.x + bounds.width) * vp.zoom, bottom: vp.y + (bounds.y + bounds.height) * vp.zoom, zoom: vp.zoom };
}
// The minimap's box on screen: 15 px from the bottom-right corner.
const minimapLeft = canvas.width - 15 - minimap.width;
const minimapTop = canvas.height - 15 - minimap.height;

describe('fitPadding', () => {
  it('keeps a tall diagram beside the minimap, using the height in full', () => {
    const tall = { x: 0, y: 0, width: 200, height: 2000 };
    const p = placed(tall, fitPadding(tall, canvas, minimap));
    expect(p.right).toBeLessThanOrEqual(minimapLeft);
    expect(p.bottom).toBeGreaterThan(minimapTop);
  });

  it('keeps a wide diagram above the minimap, using the width in full', () => {
    const wide = { x: 0, y: 0, width: 2000, height: 200 };
    const p = placed(wide, fitPadding(wide, canvas, minimap));
    expect(p.bottom).toBeLessThanOrEqual(minimapTop);
    expect(p.right).toBeGreaterThan(minimapLeft);
  });

  it('reserves nothing for a hidden minimap, so the diagram is drawn larger', () => {
    const square = { x: 0, y: 0, width: 1000, height: 1000 };
    expect(placed(square, fitPadding(square, canvas, undefined)).zoom).toBeGreaterThan(
      placed(square, fitPadding(square, canvas, minimap)).zoom,
    );
  });
});
