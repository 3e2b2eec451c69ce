/**
 * Whether the canvas shows its minimap: a person's choice, remembered in this
 * browser (the minimap covers a corner of the diagram, which matters on small screens).
 */
import { useCallback, useEffect, useState } from 'react';

const KEY = 'journey-studio.minimap';

function read(): boolean {
  try {
    return localStorage.getItem(KEY) !== 'hidden';
  } catch {
    return true; // storage refused (private mode): shown, as by default
  }
}

/** The current choice and a function that flips it. */
export function useMinimapPref(): [shown: boolean, toggle: () => void] {
  const [shown, setShown] = useState(read);
  useEffect(() => {
    try {
      localStorage.setItem(KEY, shown ? 'shown' : 'hidden');
    } catch {
      // not remembered; the choice still holds for this page
    }
  }, [shown]);
  const toggle = useCallback(() => setShown((s) => !s), []);
  return [shown, toggle];
}
