/**
 * Writing a key of untrusted data: `o[k] = v` with `k === '__proto__'` would replace the object's
 * prototype (and every later read of a missing key would find the attacker's value), so that key is
 * defined as an own data property, like any other.
 */
export function putOwn<T>(o: Record<string, T>, k: string, v: T): void {
  if (k === '__proto__') Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
  else o[k] = v;
}

/**
 * A constant lookup table that user text may index: without a prototype, `table['constructor']` or
 * `table['toString']` is undefined like any other unknown word, not a function of Object.prototype.
 */
export function lookupTable<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
