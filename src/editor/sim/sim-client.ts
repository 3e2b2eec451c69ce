/**
 * The editor's handle on the simulation worker: request/response by id,
 * progress callbacks, and `stop()` which terminates the worker (the only way
 * to end a runaway computation) and starts a fresh one.
 */
import type { SimReply, SimRequest } from './sim-protocol';
import { realTimers, type Timers } from '../timers';

/**
 * Longest the worker may stay silent (no reply, no progress) while a call is pending: a scenario whose
 * expression never finishes is ended by terminating the worker, as the Stop button does.
 */
export const SIM_SILENCE_LIMIT_MS = 10_000;

/** The error a call gets when the silence limit ended it. */
export function simTimeoutMessage(limitMs: number): string {
  return `The simulation stopped after ${limitMs / 1000} s without progress (an expression did not finish)`;
}


type Pending = { resolve(reply: SimReply): void; reject(err: Error): void; onProgress?(done: number, total: number, current?: string): void };

type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never;
export type SimCall = DistributiveOmit<SimRequest, 'id'>;

/** A worker-backed simulator client. */
export class SimClient {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private silence: unknown;

  constructor(
    private readonly createWorker: () => Worker,
    private readonly limitMs = SIM_SILENCE_LIMIT_MS,
    private readonly timers: Timers = realTimers,
  ) {}

  /** Sends a request; resolves with its final reply (progress goes to `onProgress`). */
  call(request: SimCall, onProgress?: Pending['onProgress']): Promise<SimReply> {
    const worker = this.ensure();
    const id = this.nextId++;
    return new Promise<SimReply>((resolve, reject) => {
      this.pending.set(id, { resolve, reject, onProgress });
      worker.postMessage({ ...request, id } as SimRequest);
      this.watch();
    });
  }

  /** Ends whatever runs now; pending calls fail with "stopped". The session is lost. */
  stop(reason = 'Stopped'): void {
    this.worker?.terminate();
    this.worker = undefined;
    for (const p of this.pending.values()) p.reject(new Error(reason));
    this.pending.clear();
    this.watch();
  }

  /** (Re)starts the silence limit while calls are pending; any message from the worker restarts it. */
  private watch(): void {
    if (this.silence !== undefined) this.timers.clearTimeout(this.silence);
    this.silence = undefined;
    if (this.pending.size) this.silence = this.timers.setTimeout(() => this.stop(simTimeoutMessage(this.limitMs)), this.limitMs);
  }

  dispose(): void {
    this.stop();
  }

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const worker = this.createWorker();
    worker.onmessage = (e: MessageEvent<SimReply>) => {
      const reply = e.data;
      this.watch();
      const p = this.pending.get(reply.id);
      if (!p) return;
      if (reply.type === 'progress') {
        p.onProgress?.(reply.done, reply.total, reply.current);
        return;
      }
      this.pending.delete(reply.id);
      this.watch();
      if (reply.type === 'error') p.reject(new Error(reply.message));
      else p.resolve(reply);
    };
    worker.onerror = (e) => {
      for (const p of this.pending.values()) p.reject(new Error(e.message || 'The simulator crashed'));
      this.pending.clear();
      this.worker = undefined;
      this.watch();
    };
    this.worker = worker;
    return worker;
  }
}

/** The real worker (Vite bundles it as a module worker). */
export function createSimWorker(): Worker {
  return new Worker(new URL('../../workers/sim.worker.ts', import.meta.url), { type: 'module' });
}
