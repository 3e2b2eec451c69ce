/** RFC 6265 §5.3: a cookie past its Max-Age/Expires is no longer sent (on the simulator's virtual clock). */
import { describe, expect, it } from 'vitest';
import { absorb, cookieHeaderFor, emptyJar } from '../../src/engine/plugins/cookie-jar';

const patterns = ['api.example.com'];
const t0 = Date.parse('2026-01-01T09:00:00Z');

describe('cookie expiry', () => {
  it('a Max-Age cookie is sent until it expires, then not', () => {
    const { jar } = absorb(emptyJar, ['session=s1; Path=/; Max-Age=60', 'pref=dark; Path=/'], 'https://api.example.com/login', patterns, t0);
    expect(cookieHeaderFor(jar, 'https://api.example.com/profile', patterns, t0 + 59_000)).toBe('session=s1; pref=dark');
    expect(cookieHeaderFor(jar, 'https://api.example.com/profile', patterns, t0 + 60_000)).toBe('pref=dark');
  });

  it('an Expires date is honoured the same way', () => {
    const { jar } = absorb(emptyJar, ['session=s1; Path=/; Expires=Thu, 01 Jan 2026 09:30:00 GMT'], 'https://api.example.com/login', patterns, t0);
    expect(cookieHeaderFor(jar, 'https://api.example.com/x', patterns, t0 + 29 * 60_000)).toBe('session=s1');
    expect(cookieHeaderFor(jar, 'https://api.example.com/x', patterns, t0 + 31 * 60_000)).toBeUndefined();
  });
});
