/**
 * Canvas views of small journeys, computed on the main thread after an edit.
 * A worker's answer arrives after the browser has drawn the typed character,
 * so the canvas follows one frame later (~40–60 ms of paint on this kind of
 * machine); read here, the graph reaches React before that frame and both
 * panes change together. This is only done where it is cheap: a journey up to
 * MAX_CHARS whose states were already read once (re-reading one state costs
 * ~2 ms for 200 states). First reads, and big journeys, stay in the worker.
 */
import { ParseCache } from '../core/incremental-parse';
import { quickView, type QuickView } from './quick-view';

/** Above this size a journey's views are always read in the worker. */
export const MAX_CHARS = 64 * 1024;
/** Journeys whose parse caches are kept (the ones edited most recently). */
const MAX_JOURNEYS = 4;

export class MainThreadViews {
  private readonly caches = new Map<string, ParseCache>();

  /** The view of `text`, or undefined when it should be read in the worker instead. */
  view(docId: string, text: string, fileName: string): QuickView | undefined {
    const cache = this.caches.get(docId);
    if (!cache || text.length > MAX_CHARS) return undefined;
    this.touch(docId, cache);
    return quickView(text, fileName, cache);
  }

  /** Reads `text` once so that the next edit of this journey can be answered here. */
  prime(docId: string, text: string, fileName: string): void {
    if (text.length > MAX_CHARS || this.caches.has(docId)) return;
    const cache = new ParseCache();
    quickView(text, fileName, cache);
    // Once more through the incremental path (a changed last line), so that the first keystroke
    // does not also pay for compiling it.
    quickView(`${text}\n`, fileName, cache);
    this.touch(docId, cache);
  }

  /** True once `prime` has read this journey. */
  primed(docId: string): boolean {
    return this.caches.has(docId);
  }

  private touch(docId: string, cache: ParseCache): void {
    this.caches.delete(docId);
    this.caches.set(docId, cache); // most recent last
    if (this.caches.size > MAX_JOURNEYS) this.caches.delete(this.caches.keys().next().value!);
  }
}
