/** Hooks of the auth preview panel: the preview of the current text (debounced, off the main thread) and the per-journey principal. */
import { useEffect, useState } from 'react';
import { DEFAULT_PRINCIPAL, type Principal } from '../../core/auth/principal';
import { createPreviewClient, type PreviewResult } from './preview-client';
import { loadPrincipal, savePrincipal } from './identity-db';

/** Typing pauses shorter than this do not start a preview. */
const DEBOUNCE_MS = 250;

/** The preview of `text`; keeps the last result while a newer one computes. */
export function useAuthPreview(text: string, fileName: string, principal: Principal | undefined): { result?: PreviewResult; busy: boolean } {
  const [client] = useState(() => createPreviewClient());
  const [state, setState] = useState<{ result?: PreviewResult; busy: boolean }>({ busy: true });
  useEffect(() => () => client.dispose(), [client]);
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      setState((s) => ({ ...s, busy: true }));
      void client.request(text, fileName, principal).then((result) => {
        if (live && result) setState({ result, busy: false });
      });
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [client, text, fileName, principal]);
  return state;
}

/** The journey's preview principal (saved per document) and a setter; `undefined` resets to the default. */
export function usePrincipal(docId: string): [Principal, boolean, (p: Principal | undefined) => void] {
  const [saved, setSaved] = useState<{ docId: string; principal?: Principal; loaded: boolean }>({ docId, loaded: false });
  useEffect(() => {
    let live = true;
    void loadPrincipal(docId)
      .catch(() => undefined)
      .then((principal) => live && setSaved({ docId, principal, loaded: true }));
    return () => {
      live = false;
    };
  }, [docId]);
  const set = (p: Principal | undefined) => {
    setSaved({ docId, principal: p, loaded: true });
    void savePrincipal(docId, p).catch(() => undefined);
  };
  const current = saved.docId === docId ? saved : { principal: undefined, loaded: false };
  return [current.principal ?? DEFAULT_PRINCIPAL, current.principal !== undefined, set];
}
