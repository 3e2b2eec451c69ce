/**
 * Taint over context fields for the auth data-flow: which field holds data
 * that came from a submission (`payload@<wait>`) or from an auth result
 * (`auth@<task>`), following copies through transforms. Immutable maps. Pure.
 */
import type { ContextRead, StateFacts } from './state-facts';

/** Dotted context path → labels of the data it holds. */
export type Taint = ReadonlyMap<string, ReadonlySet<string>>;

export const EMPTY_TAINT: Taint = new Map();

function isPrefix(a: readonly string[], b: readonly string[]): boolean {
  return a.length <= b.length && a.every((x, i) => x === b[i]);
}

/** Labels of the data a read of `segs` sees (the field itself, what it contains, what contains it). Pure. */
export function labelsAt(t: Taint, segs: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const [k, labels] of t) {
    const ks = k.split('.');
    if (isPrefix(ks, segs) || isPrefix(segs, ks)) for (const l of labels) out.add(l);
  }
  return out;
}

/** Labels seen by a list of reads. Pure. */
export function labelsOfReads(t: Taint, reads: readonly ContextRead[]): Set<string> {
  const out = new Set<string>();
  for (const r of reads) for (const l of labelsAt(t, r.segs)) out.add(l);
  return out;
}

function without(t: Map<string, ReadonlySet<string>>, segs: readonly string[]): void {
  for (const k of [...t.keys()]) if (isPrefix(segs, k.split('.'))) t.delete(k);
}

/** The taint after a state's writes. Pure. */
export function applyWrites(t: Taint, facts: StateFacts): Taint {
  const out = new Map(t);
  const before = t;
  for (const w of facts.writes) {
    switch (w.kind) {
      case 'auth':
        without(out, w.segs);
        out.set(w.segs.join('.'), new Set([w.label]));
        break;
      case 'payload':
        out.set('payload', new Set([w.label]));
        break;
      case 'clean':
        without(out, w.segs);
        break;
      case 'replace':
        if (!w.keep) out.clear();
        break;
      case 'set': {
        const labels = labelsOfReads(before, w.from);
        without(out, w.segs);
        if (labels.size > 0) out.set(w.segs.join('.'), labels);
        break;
      }
    }
  }
  return out;
}

/** A stable string for visited-sets. Pure. */
export function taintKey(t: Taint): string {
  return [...t.entries()]
    .map(([k, v]) => `${k}=${[...v].sort().join('+')}`)
    .sort()
    .join(';');
}
