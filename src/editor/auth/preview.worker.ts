/** Runs the auth preview off the main thread: 100–300 ms for the bigger example journeys. */
import { previewAuthText } from '../../core/auth/preview';
import type { PreviewReply, PreviewRequest } from './preview-protocol';

const post = (m: PreviewReply) => (self as unknown as Worker).postMessage(m);

self.onmessage = (e: MessageEvent<PreviewRequest>) => {
  const { seq, text, fileName, principal } = e.data;
  const t0 = performance.now();
  previewAuthText(text, fileName, principal ? { principal } : {})
    .then((preview) => post({ seq, preview, ms: Math.round(performance.now() - t0) }))
    .catch((err: unknown) => post({ seq, error: err instanceof Error ? err.message : String(err) }));
};
