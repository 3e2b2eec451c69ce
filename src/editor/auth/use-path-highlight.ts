/**
 * Paints an outcome's path on the canvas through the store's run overlay
 * (`runStates`), and puts back whatever overlay was there (a simulation run)
 * when the pointer leaves or the panel closes.
 */
import { useEffect, useMemo, useState } from 'react';
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

/** The highlight controller of one panel instance; its functions are stable (rows are memoised). */
export function usePathHighlight(store: EditorStore): PathHighlight {
  const [pinned, setPinned] = useState<string | undefined>();
  const actions = useMemo(() => {
    let saved: RunStates | undefined;
    let pin: { key: string; o: Pick<PreviewOutcome, 'path' | 'ends'> } | undefined;
    const show = (o: Pick<PreviewOutcome, 'path' | 'ends'>) => {
      saved ??= store.getState().runStates;
      store.getState().setRunStates(outcomeRunStates(o));
    };
    const restore = () => {
      if (pin) return show(pin.o);
      if (saved) store.getState().setRunStates(saved);
      saved = undefined;
    };
    return {
      show,
      clear: restore,
      togglePin(key: string, o: Pick<PreviewOutcome, 'path' | 'ends'>) {
        pin = pin?.key === key ? undefined : { key, o };
        setPinned(pin?.key);
        restore();
      },
      dispose() {
        pin = undefined;
        if (saved) store.getState().setRunStates(saved);
        saved = undefined;
      },
    };
  }, [store]);
  useEffect(() => actions.dispose, [actions]);
  return { pinned, show: actions.show, clear: actions.clear, togglePin: actions.togglePin };
}
