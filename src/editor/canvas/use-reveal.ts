/** After a person's action placed new states, the view pans (as little as it can) to show the newest one. */
import { useEffect } from 'react';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { NODE_H, NODE_W } from './quick-layout';
import { revealDelta } from './reveal';

export function useRevealPlaced(placed: readonly string[], minimap: { width: number; height: number } | undefined): void {
  const rf = useReactFlow();
  const flowStore = useStoreApi();
  const id = placed[placed.length - 1];
  useEffect(() => {
    if (!id) return;
    // Two frames later: React Flow has the node at its new place by then. Not cancelled when the
    // next render (hints consumed) no longer names it: the person still wants to see it.
    requestAnimationFrame(() => requestAnimationFrame(() => {
      const n = rf.getInternalNode(id);
      if (!n) return;
      const { width, height, transform } = flowStore.getState();
      const [tx, ty, zoom] = transform;
      const abs = n.internals.positionAbsolute;
      const rect = { x: abs.x * zoom + tx, y: abs.y * zoom + ty, w: NODE_W * zoom, h: NODE_H * zoom };
      const { dx, dy } = revealDelta(rect, { width, height }, minimap);
      if (dx || dy) void rf.setViewport({ x: tx + dx, y: ty + dy, zoom }, { duration: 200 });
    }));
  }, [id, placed, rf, flowStore, minimap]);
}
