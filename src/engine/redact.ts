/** Defence in depth: replaces every known raw secret (tokens, keys, certificates) in an output value. Pure. */

/** A deep copy of `value` with each secret string replaced by `[redacted]`. */
export function redact<T>(value: T, secrets: readonly string[]): T {
  const list = [...new Set(secrets.filter((s) => s.length >= 6))].sort(
    (a, b) => b.length - a.length,
  );
  if (list.length === 0) return value;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') {
      let s = v;
      for (const secret of list) if (s.includes(secret)) s = s.split(secret).join('[redacted]');
      return s;
    }
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      // defineProperty: a `__proto__` key stays plain data instead of setting the prototype.
      for (const [k, x] of Object.entries(v)) {
        Object.defineProperty(out, walk(k) as string, { value: walk(x), enumerable: true, writable: true, configurable: true });
      }
      return out;
    }
    return v;
  };
  return walk(value) as T;
}
