/** The workspace's identity lab: loaded from IndexedDB once per mount, saved on every change. */
import { useEffect, useState } from 'react';
import type { LabResult } from '../../core/identity/lab-edit';
import { defaultLab, type LabState } from '../../core/identity/lab-types';
import { loadLab, saveLab } from './identity-db';

export interface LabHandle {
  lab: LabState | undefined;
  /** Applies an edit; returns its error sentence, if any. */
  edit(f: (lab: LabState) => LabResult): string | undefined;
}

/** The lab and its edit function (`lab` is undefined while loading). */
export function useLab(): LabHandle {
  const [lab, setLab] = useState<LabState | undefined>();
  useEffect(() => {
    let live = true;
    void loadLab()
      .catch(() => undefined)
      .then((saved) => live && setLab(saved ?? defaultLab()));
    return () => {
      live = false;
    };
  }, []);
  return {
    lab,
    edit(f) {
      if (!lab) return 'the lab is still loading';
      const r = f(lab);
      if (!r.ok) return r.error;
      setLab(r.lab);
      void saveLab(r.lab).catch(() => undefined);
      return undefined;
    },
  };
}
