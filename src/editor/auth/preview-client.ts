/**
 * The auth preview as a service for the panel: newest request wins (older
 * replies are dropped), in a worker when the page has workers, inline otherwise.
 * Each worker request has a hard wall-clock limit: a predicate in an opened or
 * shared journey must not keep the panel busy for ever, and terminating the
 * worker is the only way to end a computation that does not return.
 */
import { previewAuthText } from '../../core/auth/preview';
import type { Principal } from '../../core/auth/principal';
import type { AuthPreview } from '../../core/auth/preview-types';
import type { PreviewReply, PreviewRequest } from './preview-protocol';
import { realTimers, type Timers } from '../timers';

export type PreviewResult = { preview: AuthPreview; ms: number } | { error: string };

/** How long one preview may take in the worker before it is ended. */
export const PREVIEW_LIMIT_MS = 5_000;

/** What the panel shows when a preview was ended by the limit. */
export function previewTimeoutMessage(limitMs: number): string {
  return `The auth preview stopped after ${limitMs / 1000} s (an expression did not finish)`;
}

export interface PreviewClient {
  /** Previews `text`; resolves with the result, or `undefined` when a newer request superseded it. */
  request(text: string, fileName: string, principal?: Principal): Promise<PreviewResult | undefined>;
  dispose(): void;
}


type Waiting = { resolve(r: PreviewResult | undefined): void; message: PreviewRequest; timer?: unknown };

/** Starts a preview client (the worker starts on the first request; a fresh one after a timeout). */
export function createPreviewClient(
  makeWorker: () => Worker | undefined = defaultWorker,
  options: { limitMs?: number; timers?: Timers } = {},
): PreviewClient {
  const limitMs = options.limitMs ?? PREVIEW_LIMIT_MS;
  const timers = options.timers ?? realTimers;
  let seq = 0;
  let worker: Worker | undefined | null = null;
  const waiting = new Map<number, Waiting>();
  const settle = (s: number, r: PreviewResult | undefined) => {
    const w = waiting.get(s);
    if (!w) return;
    if (w.timer !== undefined) timers.clearTimeout(w.timer);
    waiting.delete(s);
    w.resolve(r);
  };
  const ensure = () => {
    if (worker === null) {
      worker = makeWorker();
      if (worker) {
        worker.onmessage = (e: MessageEvent<PreviewReply>) => {
          const r = e.data;
          for (const s of [...waiting.keys()]) if (s < r.seq) settle(s, undefined);
          settle(r.seq, 'error' in r ? { error: r.error } : { preview: r.preview, ms: r.ms });
        };
      }
    }
    return worker;
  };
  const send = (w: Worker, s: number, entry: Waiting) => {
    entry.timer = timers.setTimeout(() => timedOut(s), limitMs);
    w.postMessage(entry.message);
  };
  /** The worker did not answer `s` in time: end it, answer `s`, and resend newer requests to a fresh worker. */
  const timedOut = (s: number) => {
    if (!waiting.has(s)) return;
    worker?.terminate();
    worker = null;
    const newest = Math.max(...waiting.keys());
    for (const k of [...waiting.keys()]) if (k < s) settle(k, undefined);
    settle(s, s === newest ? { error: previewTimeoutMessage(limitMs) } : undefined);
    const rest = [...waiting.entries()];
    if (!rest.length) return;
    const fresh = ensure();
    for (const [k, entry] of rest) {
      if (entry.timer !== undefined) timers.clearTimeout(entry.timer);
      if (fresh) send(fresh, k, entry);
      else settle(k, { error: 'The auth preview could not restart' });
    }
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
        const entry: Waiting = { resolve, message: { seq: mine, text, fileName, principal } };
        waiting.set(mine, entry);
        send(w, mine, entry);
      });
    },
    dispose() {
      worker?.terminate();
      worker = undefined;
      for (const s of [...waiting.keys()]) settle(s, undefined);
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
