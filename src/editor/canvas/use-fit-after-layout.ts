/**
 * Fits the diagram to the window once ELK has placed it. React Flow fits the
 * first nodes it gets (the quick layout); ELK's layout differs, so without a
 * second fit half the canvas could stay empty. Not when the person has already
 * panned or zoomed, or the journey comes back with the view it was left at.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useStore, type Viewport } from '@xyflow/react';

/** Up to this many states the fit is animated; above, an animation redraws too much per frame. */
const ANIMATED_MAX = 60;
export const FIT_ANIMATION_MS = 200;

export interface FitAfterLayout {
  /** For React Flow's `onMoveStart`: a move made by the person (it has an event) cancels the fit. */
  onMoveStart: (event: unknown) => void;
  /** Before "Auto-layout": the new layout is fitted again even if the view was moved. */
  refitNextLayout: () => void;
  /** The person fitted the view (the fit button): it stays fitted when the canvas is resized. */
  keepFitted: () => void;
  /** The person zoomed with the canvas controls (a move without an event): their view is kept. */
  personZoomed: () => void;
  /** The fit after the last layout is done (or not wanted): the diagram no longer moves by itself. */
  fitted: boolean;
}

export function useFitAfterLayout(
  elkDone: boolean,
  stateCount: number,
  initialViewport: Viewport | undefined,
  fitDiagram: (durationMs: number) => Promise<boolean>,
  /** False while the diagram is hidden until its first fit: no animation nobody sees. */
  animate = true,
): FitAfterLayout {
  const touched = useRef(initialViewport !== undefined);
  const [fitted, setFitted] = useState(false);
  const count = useRef(stateCount);
  count.current = stateCount;
  const onMoveStart = useCallback((event: unknown) => {
    if (event) touched.current = true;
  }, []);
  const refitNextLayout = useCallback(() => {
    touched.current = false;
    setFitted(false);
  }, []);
  const keepFitted = useCallback(() => {
    touched.current = false;
  }, []);
  const personZoomed = useCallback(() => {
    touched.current = true;
  }, []);
  // A resized canvas (a pane dragged, the window) keeps a fitted diagram fitted, until the person pans or zooms.
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  const size = useRef({ width, height });
  useEffect(() => {
    const before = size.current;
    size.current = { width, height };
    if (!fitted || touched.current || (before.width === width && before.height === height)) return;
    const frame = requestAnimationFrame(() => void fitDiagram(0));
    return () => cancelAnimationFrame(frame);
  }, [width, height, fitted, fitDiagram]);
  useEffect(() => {
    if (!elkDone || fitted) return;
    if (touched.current) return setFitted(true);
    let live = true;
    // A frame later: React Flow has taken ELK's positions by then.
    const frame = requestAnimationFrame(() => {
      void fitDiagram(animate && count.current <= ANIMATED_MAX ? FIT_ANIMATION_MS : 0).then(() => {
        if (live) setFitted(true);
      });
    });
    return () => {
      live = false;
      cancelAnimationFrame(frame);
    };
  }, [elkDone, fitted, fitDiagram, animate]);
  return { onMoveStart, refitNextLayout, keepFitted, personZoomed, fitted: elkDone && fitted };
}
