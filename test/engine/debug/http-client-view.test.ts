/**
 * The debugger's "HTTP client" view: per frame, the RT-31 cookie jar (values
 * masked) and the RT-07 token cache (never the token), on the shared examples.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { DebugSession } from '../../../src/engine/debug-session';
import { httpClientView, maskedValue } from '../../../src/engine/http-client-view';
import { absorb, emptyJar } from '../../../src/engine/plugins/cookie-jar';
import { TOKEN_SKEW_MS } from '../../../src/engine/plugins/client-credentials';

const examples = join(import.meta.dirname, '..', '..', 'fixtures', 'examples', 'technical');
const read = (name: string, ext: string) => readFileSync(join(examples, name, `${name}.${ext}.yaml`), 'utf8');
const jarJourney = read('http-cookie-jar', 'journey');
const jarScenarios = read('http-cookie-jar', 'scenario');
const ccJourney = read('auth-outbound-client-credentials', 'journey');
const ccScenarios = read('auth-outbound-client-credentials', 'scenario');

async function started(journey: string, scenarios: string, name?: string) {
  const created = await DebugSession.create(journey, scenarios, name);
  if (!created.ok) throw new Error(created.message);
  await created.session.start();
  return created.session;
}

const frameOf = (s: DebugSession, label: string) => {
  const i = s.summaries().findIndex((f) => f.label === label);
  expect(i).toBeGreaterThan(0);
  return s.view(i)!;
};
const occurrences = (text: string, needle: string) => text.split(needle).length - 1;

describe('debugger HTTP client view: cookie jar', () => {
  it('shows the login cookie after the first call, its value masked', async () => {
    const s = await started(jarJourney, jarScenarios);
    expect(s.view(0)!.http).toBeUndefined();
    const v = frameOf(s, 'login');
    expect(v.http).toEqual({
      cookies: [
        {
          name: 'session',
          domain: 'api.example.com',
          path: '/',
          expired: false,
          secure: false,
          httpOnly: false,
          value: '•••• (2 chars)',
          deleted: false,
        },
      ],
      tokens: [],
    });
    // the tracker cookie outside jar.domains never reached the jar
    expect(JSON.stringify(v.http)).not.toContain('tracker');
    // The raw value is nowhere in the new section, and the section adds no occurrence to the frame.
    // (The frame still shows `session=s1` where RT-31 puts it on purpose: the login result's
    // Set-Cookie header in context/trace, and `outcome.setCookies` once the run succeeds.)
    expect(JSON.stringify(v.http)).not.toContain('s1');
    const withoutHttp = JSON.stringify({ ...v, http: undefined });
    expect(occurrences(JSON.stringify(v), 's1')).toBe(occurrences(withoutHttp, 's1'));
    // later frames keep it; structured-cloneable
    const end = s.view(s.frames.length - 1)!;
    expect(end.phase).toBe('SUCCEEDED');
    expect(end.http?.cookies.map((c) => c.name)).toEqual(['session']);
    expect(structuredClone(end)).toEqual(end);
  });

  it('shows a cookie deleted by Max-Age=0 as a deletion', async () => {
    const s = await started(jarJourney, jarScenarios, 'without a session cookie the profile call is refused');
    expect(frameOf(s, 'login').http?.cookies).toEqual([
      expect.objectContaining({ name: 'session', deleted: true, value: '(deleted)', expired: false }),
    ]);
  });

  it('shows expiry on the virtual clock and the flags, and marks the cookie past expiry', async () => {
    // The shared scenario file with the login cookie given a lifetime and flags.
    const doc = parse(jarScenarios) as { env: { http: { respond?: { headers?: Record<string, unknown> } }[] } };
    const login = doc.env.http[0].respond!.headers!;
    login['Set-Cookie'] = ['session=s1; Path=/; Max-Age=600; Secure; HttpOnly; SameSite=Lax'];
    const s = await started(jarJourney, stringify(doc));
    const v = frameOf(s, 'login');
    expect(v.http?.cookies).toEqual([
      {
        name: 'session',
        domain: 'api.example.com',
        path: '/',
        expiresAt: '2026-01-01T09:10:00.000Z',
        expired: false,
        secure: true,
        httpOnly: true,
        sameSite: 'Lax',
        value: '•••• (2 chars)',
        deleted: false,
      },
    ]);
    // the Secure cookie still goes to the https profile call: the run succeeds as before
    expect(s.view(s.frames.length - 1)!.phase).toBe('SUCCEEDED');
    await s.advance(s.frames.length - 1, 10 * 60_000, 'PT10M');
    const later = s.view(s.frames.length - 1)!;
    expect(later.now).toBe('2026-01-01T09:10:00.000Z');
    expect(later.http?.cookies[0]).toMatchObject({ expiresAt: '2026-01-01T09:10:00.000Z', expired: true });
  });
});

describe('debugger HTTP client view: client-credentials token cache', () => {
  it('shows the cached token entry, never the token, valid until expiry minus the skew', async () => {
    const s = await started(ccJourney, ccScenarios);
    expect(s.view(0)!.http).toBeUndefined();
    const v = frameOf(s, 'callBackend');
    expect(v.http).toEqual({
      cookies: [],
      tokens: [
        {
          policy: 'backendDefault',
          tokenEndpoint: 'https://auth.example.com/oauth2/token',
          scope: 'orders.read',
          obtainedAt: '2026-01-01T09:00:00.000Z',
          expiresAt: '2026-01-01T10:00:00.000Z',
          refreshAt: '2026-01-01T09:59:30.000Z',
          valid: true,
        },
      ],
    });
    for (const f of s.frames) {
      const text = JSON.stringify(s.view(f.index));
      expect(text).not.toContain('tok-first');
      expect(text).not.toMatch(/sim-client-secret|sim-access-token/);
    }
    const end = s.frames.length - 1;
    // One second before the refresh point it is still reused; at it, it is stale.
    await s.advance(end, 3600_000 - TOKEN_SKEW_MS - 1000);
    expect(s.view(s.frames.length - 1)!.http?.tokens[0].valid).toBe(true);
    await s.advance(end, 3600_000 - TOKEN_SKEW_MS);
    expect(s.view(s.frames.length - 1)!.http?.tokens[0].valid).toBe(false);
    await s.advance(end, 2 * 3600_000, 'PT2H');
    const later = s.view(s.frames.length - 1)!;
    expect(later.now).toBe('2026-01-01T11:00:00.000Z');
    expect(later.http?.tokens[0]).toMatchObject({ expiresAt: '2026-01-01T10:00:00.000Z', valid: false });
    expect(JSON.stringify(later)).not.toContain('tok-first');
  });

  it('after a 401 shows the fresh token that replaced the discarded one', async () => {
    const s = await started(ccJourney, ccScenarios, 'a 401 discards the token, fetches a fresh one and retries once');
    const v = frameOf(s, 'callBackend');
    expect(v.http?.tokens).toHaveLength(1);
    expect(v.http?.tokens[0]).toMatchObject({ policy: 'backendDefault', valid: true });
    const text = JSON.stringify(v);
    expect(text).not.toContain('tok-first');
    expect(text).not.toContain('tok-second');
  });
});

describe('httpClientView (pure)', () => {
  const now = Date.parse('2026-01-01T09:00:00Z');

  it('records Max-Age / Expires, HttpOnly and SameSite in the jar', () => {
    const lines = [
      'a=1; Path=/; Max-Age=60',
      `b=22; Path=/x; Expires=${new Date(now + 3_600_000).toUTCString()}; HttpOnly; SameSite=Strict`,
      'c=333',
    ];
    const { jar } = absorb(emptyJar, lines, 'https://api.example.com/login', ['api.example.com'], now);
    const view = httpClientView({ now: now + 60_000, cookieJar: jar });
    expect(view?.cookies.map((c) => [c.name, c.path, c.expiresAt, c.expired, c.httpOnly, c.sameSite, c.value])).toEqual([
      ['a', '/', '2026-01-01T09:01:00.000Z', true, false, undefined, '•••• (1 char)'],
      ['c', '/', undefined, false, false, undefined, '•••• (3 chars)'],
      ['b', '/x', '2026-01-01T10:00:00.000Z', false, true, 'Strict', '•••• (2 chars)'],
    ]);
  });

  it('is undefined for an empty jar and cache, and never throws on far-off expiries', () => {
    expect(httpClientView({ now })).toBeUndefined();
    expect(httpClientView({ now, cookieJar: emptyJar, oauthTokens: {} })).toBeUndefined();
    const { jar } = absorb(emptyJar, ['x=y; Max-Age=99999999999999'], 'https://a.test/', ['a.test'], now);
    const token = { token: 'secret-token-value', expiresAt: Number.MAX_VALUE, obtainedAt: now, policy: 'p', tokenEndpoint: 'https://a.test/t' };
    const view = httpClientView({ now, cookieJar: jar, oauthTokens: { k: token } });
    expect(view?.cookies[0].expired).toBe(false);
    expect(view?.tokens[0]).toMatchObject({ policy: 'p', valid: true });
    expect(JSON.stringify(view)).not.toContain('secret-token-value');
  });

  it('masks values by length only', () => {
    expect(maskedValue('')).toBe('(empty)');
    expect(maskedValue('abcdefghijkl')).toBe('•••• (12 chars)');
    expect(maskedValue('é')).toBe('•••• (1 char)');
  });
});
