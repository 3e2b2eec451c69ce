/**
 * The page's first diagram is drawn once the start-up work is done: Monaco's
 * code evaluated and its editor built (~0.5–1.5 s of the main thread on a
 * busy 2-core machine) and ELK's positions known. Drawn before, the states
 * sat at the quick layout's places while that work held the main thread:
 * a click on a state waited seconds to be handled, and by then ELK had moved
 * the state from under the pointer. The first diagram is also shown only once
 * fitted, so nothing moves under a pointer that aims at it. Later journeys are drawn at once (their
 * start-up work is done), and a cap keeps a slow start from hiding the diagram.
 */
import { useEffect, useState } from 'react';
import { whenJourneyEditorBuilt } from '../panels/journey-editor';

/** Longest the first diagram waits for Monaco and ELK. */
export const FIRST_DRAW_CAP_MS = 4000;

let firstDrawn = false;

export interface FirstDrawGate {
  /** The diagram may be drawn: after the page's first draw always, before it once ELK placed the states and Monaco is built. */
  drawable: boolean;
  /** This canvas makes the page's first draw: it stays hidden until fitted, and the fit is not animated. */
  first: boolean;
}

export function useFirstDrawGate(elkDone: boolean): FirstDrawGate {
  const [first] = useState(!firstDrawn);
  const [editorBuilt, setEditorBuilt] = useState(firstDrawn);
  const [capped, setCapped] = useState(firstDrawn);
  useEffect(() => {
    if (firstDrawn) return;
    let live = true;
    void whenJourneyEditorBuilt().then(() => live && setEditorBuilt(true));
    const timer = setTimeout(() => live && setCapped(true), FIRST_DRAW_CAP_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, []);
  const open = firstDrawn || capped || (elkDone && editorBuilt);
  if (open) firstDrawn = true;
  // Opened by the cap, the quick layout is shown as it is, ELK's positions follow.
  return { drawable: open, first: first && !capped };
}
