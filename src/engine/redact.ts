/**
 * Defence in depth: replaces every known raw secret (tokens, keys, certificates)
 * in an output value, and every value derived from one. A journey can lower,
 * split or slice a credential (`lower(token)`, the three JWT segments apart),
 * so exact matching is not enough: any run of output text that matches (case
 * folded) a substring of at least `FRAGMENT` characters of a secret, or of its
 * base64 / base64url encoding, is redacted. Pure.
 */

/** Shortest secret fragment searched for; shorter slices carry too little to rebuild a credential. */
export const FRAGMENT = 8;
/** Secrets shorter than this are not searched for (they would redact unrelated text). */
const MIN_SECRET = 6;
const MARK = '[redacted]';

/** A deep copy of `value` with each secret, and each fragment of one, replaced by `[redacted]`. */
export function redact<T>(value: T, secrets: readonly string[]): T {
  const matcher = fragmentMatcher(secrets);
  if (!matcher) return value;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return matcher(v);
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

/** A function redacting every secret fragment in a string, or undefined when there is nothing to look for. */
function fragmentMatcher(secrets: readonly string[]): ((s: string) => string) | undefined {
  const grams = new Set<string>();
  const whole = new Set<string>();
  for (const secret of new Set(secrets)) {
    if (secret.length < MIN_SECRET) continue;
    for (const form of [secret, base64(secret), base64(secret, true)]) {
      // PEM armour (`-----BEGIN CERTIFICATE-----`) is no secret, and would redact the word "certificate".
      for (const piece of form.replace(/-----(BEGIN|END) [A-Z0-9 ]+-----/g, ' ').split(/\s+/)) {
        if (piece.length < MIN_SECRET) continue;
        whole.add(piece.toLowerCase());
        for (let i = 0; i + FRAGMENT <= piece.length; i++) {
          const gram = piece.slice(i, i + FRAGMENT);
          // A run of same-case letters inside a secret is most likely a word ("customer" in `customer-key-1`):
          // searching for it would redact ordinary text, and a random key rarely holds one.
          if (/^[a-z]+$|^[A-Z]+$/.test(gram)) continue;
          grams.add(gram.toLowerCase());
        }
      }
    }
  }
  if (whole.size === 0) return undefined;
  const wholes = [...whole];
  return (s: string) => {
    if (s.length < MIN_SECRET) return s;
    const low = s.toLowerCase();
    let hit: Uint8Array | undefined;
    const mark = (from: number, to: number) => (hit ??= new Uint8Array(s.length)).fill(1, from, to);
    for (let i = 0; i + FRAGMENT <= low.length; i++) if (grams.has(low.slice(i, i + FRAGMENT))) mark(i, i + FRAGMENT);
    // Whole secrets are matched in full too: short ones and word-like runs have no fragments searched.
    for (const w of wholes) for (let j = low.indexOf(w); j >= 0; j = low.indexOf(w, j + 1)) mark(j, j + w.length);
    if (!hit) return s;
    let out = '';
    for (let i = 0; i < s.length; i++) {
      if (!hit[i]) out += s[i];
      else if (i === 0 || !hit[i - 1]) out += MARK;
    }
    return out;
  };
}

/** The base64 (or base64url, unpadded) encoding of a string's UTF-8 bytes. */
function base64(s: string, url = false): string {
  let binary = '';
  for (const b of new TextEncoder().encode(s)) binary += String.fromCharCode(b);
  const b64 = btoa(binary);
  return url ? b64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '') : b64;
}
