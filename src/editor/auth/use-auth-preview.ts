/**
 * Hooks of the auth preview: the preview of the current text (debounced, off the main thread) and the
 * per-journey principal. The panel and the canvas's edge badges ask for the same preview: one client for
 * the page answers both, and a request for the same text and principal is computed once.
 */
import { useEffect, useState } from 'react';
import { DEFAULT_PRINCIPAL, type Principal } from '../../core/auth/principal';
import { createPreviewClient, type PreviewClient, type PreviewResult } from './preview-client';
import { loadPrincipal, savePrincipal } from './identity-db';

/** Typing pauses shorter than this do not start a preview. */
const DEBOUNCE_MS = 250;

let client: PreviewClient | undefined;
let last: { key: string; reply: Promise<PreviewResult | undefined> } | undefined;

/** The preview of one text and principal, asked once however many views want it. */
function sharedRequest(text: string, fileName: string, principal: Principal | undefined): Promise<PreviewResult | undefined> {
  const key = `${fileName}\u0000${JSON.stringify(principal ?? null)}\u0000${text}`;
  if (last?.key !== key) {
    client ??= createPreviewClient();
    last = { key, reply: client.request(text, fileName, principal) };
  }
  return last.reply;
}

/** The preview of `text`; keeps the last result while a newer one computes. */
export function useAuthPreview(text: string, fileName: string, principal: Principal | undefined): { result?: PreviewResult; busy: boolean } {
  const [state, setState] = useState<{ result?: PreviewResult; busy: boolean }>({ busy: true });
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      setState((s) => (s.busy ? s : { ...s, busy: true }));
      void sharedRequest(text, fileName, principal).then((result) => {
        if (live && result) setState({ result, busy: false });
      });
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [text, fileName, principal]);
  return state;
}

type Saved = { docId: string; principal?: Principal; loaded: boolean };
/** Every mounted `usePrincipal`: an edit in the panel reaches the canvas's preview too. */
const principalListeners = new Set<(s: Saved) => void>();

/** The journey's preview principal (saved per document) and a setter; `undefined` resets to the default. */
export function usePrincipal(docId: string): [Principal, boolean, (p: Principal | undefined) => void] {
  const [saved, setSaved] = useState<Saved>({ docId, loaded: false });
  useEffect(() => {
    let live = true;
    void loadPrincipal(docId)
      .catch(() => undefined)
      .then((principal) => live && setSaved((s) => (s.docId === docId && s.loaded ? s : { docId, principal, loaded: true })));
    const listener = (s: Saved) => s.docId === docId && setSaved(s);
    principalListeners.add(listener);
    return () => {
      live = false;
      principalListeners.delete(listener);
    };
  }, [docId]);
  const set = (p: Principal | undefined) => {
    const next = { docId, principal: p, loaded: true };
    for (const l of principalListeners) l(next);
    void savePrincipal(docId, p).catch(() => undefined);
  };
  const current = saved.docId === docId ? saved : { principal: undefined, loaded: false };
  return [current.principal ?? DEFAULT_PRINCIPAL, current.principal !== undefined, set];
}
