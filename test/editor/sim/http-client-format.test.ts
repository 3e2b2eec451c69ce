/** Wording of the debugger's HTTP client view (React-free helpers). */
import { describe, expect, it } from 'vitest';
import { clockLabel, cookieFlags, httpSummary, relativeSpan, tokenScope } from '../../../src/editor/sim/http-client-format';
import type { HttpCookieView, HttpTokenView } from '../../../src/engine/index';

const cookie: HttpCookieView = { name: 'session', domain: 'api.example.com', path: '/', expired: false, secure: false, httpOnly: false, value: '•••• (2 chars)', deleted: false };
const token: HttpTokenView = {
  policy: 'p',
  tokenEndpoint: 'https://auth.example.com/token',
  obtainedAt: '2026-01-01T09:00:00.000Z',
  expiresAt: '2026-01-01T10:00:00.000Z',
  refreshAt: '2026-01-01T09:59:30.000Z',
  valid: true,
};

describe('http client formatting', () => {
  it('says spans on the virtual clock with their two largest units', () => {
    expect(relativeSpan(0)).toBe('now');
    expect(relativeSpan(400)).toBe('now');
    expect(relativeSpan(3_570_000)).toBe('in 59m 30s');
    expect(relativeSpan(7_200_000)).toBe('in 2h');
    expect(relativeSpan(-90_061_000)).toBe('1d 1h ago');
  });

  it('shows instants relative to the frame, with the date only on another day', () => {
    const now = '2026-01-01T09:00:00.000Z';
    expect(clockLabel('2026-01-01T10:00:00.000Z', now)).toBe('10:00:00 (in 1h)');
    expect(clockLabel('2026-01-01T09:00:00.000Z', now)).toBe('09:00:00 (now)');
    expect(clockLabel('2026-01-02T09:00:00.000Z', now)).toBe('2026-01-02 09:00:00 (in 1d)');
    expect(clockLabel('not a date', now)).toBe('not a date');
  });

  it('lists cookie flags and token scopes, or a dash', () => {
    expect(cookieFlags(cookie)).toBe('—');
    expect(cookieFlags({ ...cookie, secure: true, httpOnly: true, sameSite: 'Lax' })).toBe('Secure · HttpOnly · SameSite=Lax');
    expect(tokenScope(token)).toBe('—');
    expect(tokenScope({ ...token, scope: 'orders.read', audience: 'api://orders' })).toBe('scope orders.read · audience api://orders');
  });

  it('summarises what the client holds', () => {
    expect(httpSummary({ cookies: [cookie], tokens: [] })).toBe('1 cookie');
    expect(httpSummary({ cookies: [cookie, cookie], tokens: [token] })).toBe('2 cookies · 1 token');
  });
});
