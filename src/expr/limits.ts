/**
 * Bounds on the values one evaluation may build, for both expression languages: the step budget
 * counts interpreter steps, these count what the steps produce, so a string doubled 27 times or an
 * object DAG `{a: o, b: o}` 30 levels deep (cheap to build, exponential to copy or print) ends with a
 * clear error instead of exhausting memory. Pure.
 */

/** Longest string an expression may build (characters). */
export const MAX_STRING_LENGTH = 1_000_000;
/** Most nodes (scalars, array elements, object members) a value may hold, a shared subtree counted each time it appears. */
export const MAX_VALUE_NODES = 1_000_000;

/** Thrown by `checkValueSize` (each language maps it to its own code). */
export class ValueTooLarge extends Error {
  constructor(readonly what: 'string' | 'value') {
    super(
      what === 'string'
        ? `Expression built a string longer than ${MAX_STRING_LENGTH.toLocaleString('en')} characters`
        : `Expression built a value of more than ${MAX_VALUE_NODES.toLocaleString('en')} elements`,
    );
  }
}

/**
 * Size of `v` as a tree (shared subtrees counted each time, as a copy or JSON text would), computed
 * in time linear in the distinct objects by memoising each one's size. `memo` may be kept for one
 * evaluation, so values already measured cost nothing again; `work` counts the objects measured
 * now (each with its direct elements). Throws ValueTooLarge past the limits.
 */
export function checkValueSize(v: unknown, memo: WeakMap<object, number> = new WeakMap(), work?: { visited: number }): number {
  if (typeof v === 'string') {
    if (v.length > MAX_STRING_LENGTH) throw new ValueTooLarge('string');
    return 1;
  }
  if (v === null || typeof v !== 'object') return 1;
  const known = memo.get(v);
  if (known !== undefined) return known;
  let size = 1;
  if (work) work.visited += 1 + (Array.isArray(v) ? v.length : v instanceof Date ? 0 : Object.keys(v).length);
  if (Array.isArray(v)) {
    for (const x of v) {
      size += checkValueSize(x, memo, work);
      if (size > MAX_VALUE_NODES) throw new ValueTooLarge('value');
    }
  } else if (!(v instanceof Date)) {
    for (const k of Object.keys(v)) {
      size += 1 + checkValueSize((v as Record<string, unknown>)[k], memo, work);
      if (size > MAX_VALUE_NODES) throw new ValueTooLarge('value');
    }
  }
  memo.set(v, size);
  return size;
}
