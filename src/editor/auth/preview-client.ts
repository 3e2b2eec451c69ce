/**
 * The auth preview as a service for the panel: newest request wins (older
 * replies are dropped), in a worker when the page has workers, inline otherwise.
 */
import { previewAuthText } from '../../core/auth/preview';
import type { Principal } from '../../core/auth/principal';
import type { AuthPreview } from '../../core/auth/preview-types';
import type { PreviewReply, PreviewRequest } from './preview-protocol';

export type PreviewResult = { preview: AuthPreview; ms: number } | { error: string };

export interface PreviewClient {
  /** Previews `text`; resolves with the result, or `undefined` when a newer request superseded it. */
  request(text: string, fileName: string, principal?: Principal): Promise<PreviewResult | undefined>;
  dispose(): void;
}

/** Starts a preview client (the worker starts on the first request). */
export function createPreviewClient(makeWorker: () => Worker | undefined = defaultWorker): PreviewClient {
  let seq = 0;
  let worker: Worker | undefined | null = null;
  const waiting = new Map<number, (r: PreviewResult | undefined) => void>();
  const ensure = () => {
    if (worker === null) {
      worker = makeWorker();
      if (worker) {
        worker.onmessage = (e: MessageEvent<PreviewReply>) => {
          const r = e.data;
          for (const [s, resolve] of waiting) if (s < r.seq) resolve(undefined);
          waiting.get(r.seq)?.('error' in r ? { error: r.error } : { preview: r.preview, ms: r.ms });
          for (const s of [...waiting.keys()]) if (s <= r.seq) waiting.delete(s);
        };
      }
    }
    return worker;
  };
  return {
    request(text, fileName, principal) {
      const mine = ++seq;
      const w = ensure();
      if (!w) {
        const t0 = performance.now();
        return previewAuthText(text, fileName, principal ? { principal } : {}).then(
          (preview) => (mine === seq ? { preview, ms: Math.round(performance.now() - t0) } : undefined),
          (err: unknown) => ({ error: String(err) }),
        );
      }
      return new Promise((resolve) => {
        waiting.set(mine, resolve);
        w.postMessage({ seq: mine, text, fileName, principal } satisfies PreviewRequest);
      });
    },
    dispose() {
      worker?.terminate();
      worker = undefined;
      for (const resolve of waiting.values()) resolve(undefined);
      waiting.clear();
    },
  };
}

function defaultWorker(): Worker | undefined {
  try {
    return typeof Worker === 'undefined' ? undefined : new Worker(new URL('./preview.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return undefined;
  }
}
