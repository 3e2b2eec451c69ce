/** Expression roots of a thread. */
import type { JsonObject } from './json';
import type { Thread } from './types';

/** Bindings every expression in a thread sees (context, plus compensation's `outcome`). */
export function roots(t: Thread, context: JsonObject = t.context) {
  return { context, ...(t.bindings ?? {}) };
}
