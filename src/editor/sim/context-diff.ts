/** The change between two context snapshots, as paths, for highlighting in the inspector. Pure. */

export type ChangeKind = 'added' | 'removed' | 'changed';

export interface ContextChange {
  /** Dotted path with `[i]` for array items (`auth.jwt.problem`, `items[0].id`). */
  path: string;
  kind: ChangeKind;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Lists leaf-most changes from `before` to `after`; unchanged subtrees are skipped. */
export function diffContext(before: unknown, after: unknown, path = ''): ContextChange[] {
  if (Object.is(before, after)) return [];
  if (before === undefined) return [{ path, kind: 'added' }];
  if (after === undefined) return [{ path, kind: 'removed' }];
  if (Array.isArray(before) && Array.isArray(after)) {
    const out: ContextChange[] = [];
    for (let i = 0; i < Math.max(before.length, after.length); i++) {
      out.push(...diffContext(before[i], after[i], `${path}[${i}]`));
    }
    return out;
  }
  if (isObject(before) && isObject(after)) {
    const out: ContextChange[] = [];
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    for (const key of keys) {
      const child = path ? `${path}.${key}` : key;
      const b = Object.prototype.hasOwnProperty.call(before, key) ? before[key] : undefined;
      const a = Object.prototype.hasOwnProperty.call(after, key) ? after[key] : undefined;
      out.push(...diffContext(b, a, child));
    }
    return out;
  }
  return JSON.stringify(before) === JSON.stringify(after) ? [] : [{ path, kind: 'changed' }];
}

/** True when `path` or one of its descendants changed (for marking tree nodes). */
export function touches(changes: readonly ContextChange[], path: string): ChangeKind | undefined {
  for (const c of changes) {
    if (c.path === path) return c.kind;
  }
  for (const c of changes) {
    if (c.path.startsWith(`${path}.`) || c.path.startsWith(`${path}[`)) return 'changed';
  }
  return undefined;
}
