/** After a person's action placed new states, the view pans (as little as it can) to show the newest one. */
import { useEffect } from 'react';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { NODE_H, NODE_W } from './quick-layout';
import { revealDelta } from './reveal';

/** The context pad's width beside a selected state (screen pixels). */
const PAD_W = 80;

export function useRevealPlaced(placed: readonly string[], minimap: { width: number; height: number } | undefined): void {
  const rf = useReactFlow();
  const flowStore = useStoreApi();
  const id = placed[placed.length - 1];
  useEffect(() => {
    if (!id) return;
    // Two frames later: React Flow has the node at its new place by then. Not cancelled when the
    // next render (hints consumed) no longer names it: the person still wants to see it.
    requestAnimationFrame(() => requestAnimationFrame(() => {
      const { width, height, transform } = flowStore.getState();
      const [tx, ty, zoom] = transform;
      const rectOf = (q: string) => {
        const abs = rf.getInternalNode(q)?.internals.positionAbsolute;
        // The context pad opens beside the new (selected) state: room for it too.
        return abs ? { x: abs.x * zoom + tx, y: abs.y * zoom + ty, w: NODE_W * zoom + (q === id ? PAD_W : 0), h: NODE_H * zoom } : undefined;
      };
      const mine = rectOf(id);
      if (!mine) return;
      // Everything the action placed, if it fits; else the state it added.
      const all = placed.map(rectOf).filter((r) => r !== undefined);
      const union = all.reduce((u, r) => {
        const x = Math.min(u.x, r.x);
        const y = Math.min(u.y, r.y);
        return { x, y, w: Math.max(u.x + u.w, r.x + r.w) - x, h: Math.max(u.y + u.h, r.y + r.h) - y };
      }, mine);
      const fits = union.w < width - 120 && union.h < height - 160;
      const { dx, dy } = revealDelta(fits ? union : mine, { width, height }, minimap);
      if (dx || dy) void rf.setViewport({ x: tx + dx, y: ty + dy, zoom }, { duration: 200 });
    }));
  }, [id, placed, rf, flowStore, minimap]);
}
