/** Small shared helpers for the graph-family rules: scope names, id suggestions, replacement fixes. Pure. */
import type { Fix, Span } from '../../../diagnostics';
import type { ScopeModel, StateModel } from '../../../model/types';

/** The DSL's identifier pattern (`resultVar`, branch names). */
export const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A human name for a scope, as messages print it. Pure. */
export function scopeLabel(scope: ScopeModel): string {
  switch (scope.kind) {
    case 'top':
      return 'the top-level states';
    case 'subjourney':
      return `subjourney '${scope.name ?? ''}'`;
    case 'branch':
      return `branch '${scope.name ?? ''}' of parallel '${scope.owner?.qid ?? ''}'`;
    default:
      return 'the compensation flow';
  }
}

/** Edit distance counting a swap of two neighbours as one edit (typos), capped at `cap + 1`. Pure. */
export function editDistance(a: string, b: string, cap = 3): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, prev2[j - 2] + 1);
      cur.push(v);
      best = Math.min(best, v);
    }
    if (best > cap) return cap + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length];
}

/** The one candidate clearly closest to `name` (a likely typo), if any. Pure. */
export function closest(name: string, candidates: Iterable<string>): string | undefined {
  const cap = Math.max(1, Math.min(3, Math.floor(name.length / 3)));
  let best: string | undefined;
  let bestD = cap + 1;
  let tie = false;
  const lower = name.toLowerCase();
  for (const c of candidates) {
    const d = c.toLowerCase() === lower ? 0 : editDistance(name, c, cap);
    if (d < bestD) {
      best = c;
      bestD = d;
      tie = false;
    } else if (d === bestD) tie = true;
  }
  return best !== undefined && !tie && bestD <= cap ? best : undefined;
}

/** A fix replacing a scalar value at `span` with `value` (quoted when it is not a plain id). Pure. */
export function replaceFix(title: string, span: Span, value: string): Fix {
  const text = /^[A-Za-z_][\w-]*$/.test(value) ? value : JSON.stringify(value);
  return { title, edits: [{ span, text }] };
}

/** States listed for a message: `a`, `b`, `c` (+2 more). Pure. */
export function listStates(states: readonly StateModel[], max = 5): string {
  const names = states.slice(0, max).map((s) => `'${s.qid}'`);
  return states.length > max
    ? `${names.join(', ')} (+${states.length - max} more)`
    : names.join(', ');
}
