/**
 * Which auth outcomes of the Problem Details preview (CONTRACTS §4) take each
 * edge of the canvas (§5 `data-auth-outcomes`), and the compact badge drawn on
 * it. An outcome takes the edge `a → b` when `b` follows `a` in its path. Pure.
 */
import type { AuthPreview } from '../../core/auth/preview-types';

/** The auth outcomes on one edge. */
export interface EdgeAuth {
  /** Outcome codes in preview order (`OK` first), each once. */
  codes: readonly string[];
  /** True when no `OK` outcome takes the edge: only failures go this way. */
  failureOnly: boolean;
  /** The badge text: `401 · 3`, `OK/401 · 6`, or the one code. */
  badge: string;
  /** Each code with its HTTP status, one per line, for the tooltip. */
  detail: string;
}

/** The key of an edge between two states (qualified ids), as the mapping is indexed. */
export function stepKey(source: string, target: string): string {
  return `${source}>${target}`;
}

/** Every step `a → b` of every outcome's path, with the outcomes taking it. Pure. */
export function edgeOutcomes(preview: AuthPreview): Map<string, EdgeAuth> {
  const taken = new Map<string, Map<string, number | undefined>>();
  for (const s of preview.authStates) {
    for (const o of s.outcomes) {
      for (let i = 1; i < o.path.length; i++) {
        const key = stepKey(o.path[i - 1], o.path[i]);
        let codes = taken.get(key);
        if (!codes) taken.set(key, (codes = new Map()));
        if (!codes.has(o.code)) codes.set(o.code, o.problem?.status);
      }
    }
  }
  const out = new Map<string, EdgeAuth>();
  for (const [key, codes] of taken) out.set(key, edgeAuth(codes));
  return out;
}

function edgeAuth(codes: Map<string, number | undefined>): EdgeAuth {
  const list = [...codes.keys()];
  const statusOf = (code: string) => (code === 'OK' ? 'OK' : String(codes.get(code) ?? '?'));
  const statuses = [...new Set(list.map(statusOf))];
  return {
    codes: list,
    failureOnly: !codes.has('OK'),
    badge: list.length === 1 ? list[0] : `${statuses.join('/')} · ${list.length}`,
    detail: list.map((c) => (c === 'OK' ? 'OK' : `${c} (${statusOf(c)})`)).join('\n'),
  };
}

/** Two mappings with the same outcomes on every edge (a new preview of the same flows changes nothing). Pure. */
export function sameEdgeOutcomes(a: ReadonlyMap<string, EdgeAuth>, b: ReadonlyMap<string, EdgeAuth>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) {
    const w = b.get(k);
    if (!w || w.badge !== v.badge || w.codes.join(' ') !== v.codes.join(' ')) return false;
  }
  return true;
}
