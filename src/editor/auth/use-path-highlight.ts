/**
 * Paints an outcome's path on the canvas through the store's run overlay
 * (`runStates`), and puts back whatever overlay was there (a simulation run)
 * when the pointer leaves or the panel closes.
 */
import { useEffect, useRef, useState } from 'react';
import type { PreviewOutcome } from '../../core/auth/preview-types';
import type { EditorStore } from '../store/editor-store';
import { outcomeRunStates, type RunStates } from './outcome-view';

export interface PathHighlight {
  /** Key (`state|code`) of the pinned outcome, if any. */
  pinned: string | undefined;
  show(o: Pick<PreviewOutcome, 'path' | 'ends'>): void;
  /** Back to the pinned outcome, or to the overlay from before. */
  clear(): void;
  togglePin(key: string, o: Pick<PreviewOutcome, 'path' | 'ends'>): void;
}

/** The highlight controller of one panel instance. */
export function usePathHighlight(store: EditorStore): PathHighlight {
  const saved = useRef<RunStates | undefined>(undefined);
  const pinnedPath = useRef<Pick<PreviewOutcome, 'path' | 'ends'> | undefined>(undefined);
  const [pinned, setPinned] = useState<string | undefined>();
  useEffect(
    () => () => {
      if (saved.current) store.getState().setRunStates(saved.current);
      saved.current = undefined;
    },
    [store],
  );
  const show = (o: Pick<PreviewOutcome, 'path' | 'ends'>) => {
    saved.current ??= store.getState().runStates;
    store.getState().setRunStates(outcomeRunStates(o));
  };
  const restore = () => {
    if (pinnedPath.current) return show(pinnedPath.current);
    if (saved.current) store.getState().setRunStates(saved.current);
    saved.current = undefined;
  };
  return {
    pinned,
    show,
    clear: restore,
    togglePin(key, o) {
      if (pinned === key) {
        pinnedPath.current = undefined;
        setPinned(undefined);
        restore();
      } else {
        pinnedPath.current = o;
        setPinned(key);
        show(o);
      }
    },
  };
}
