/**
 * Feeds the canvas the auth outcomes on each edge: the preview of the current
 * text (the one the Auth panel shows) mapped to edges. A component of its own
 * so a keystroke re-renders it, not the canvas; the canvas hears only of a
 * mapping that changed.
 */
import { useEffect, useRef } from 'react';
import { useEditor } from '../store/editor-context';
import { edgeOutcomes, sameEdgeOutcomes, type EdgeAuth } from './edge-outcomes';
import { useAuthPreview, usePrincipal } from './use-auth-preview';

/** Renders nothing; calls `onChange` with each new mapping. */
export function AuthOutcomesSource({ onChange }: { onChange: (m: ReadonlyMap<string, EdgeAuth>) => void }) {
  const text = useEditor((s) => s.text);
  const fileName = useEditor((s) => s.fileName);
  const docId = useEditor((s) => s.docId);
  const [principal] = usePrincipal(docId);
  const { result } = useAuthPreview(text, fileName, principal);
  const sent = useRef<ReadonlyMap<string, EdgeAuth> | undefined>(undefined);
  useEffect(() => {
    if (!result || !('preview' in result)) return;
    const next = edgeOutcomes(result.preview);
    if (sent.current && sameEdgeOutcomes(sent.current, next)) return;
    sent.current = next;
    onChange(next);
  }, [result, onChange]);
  return null;
}
