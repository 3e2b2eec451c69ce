/**
 * What the simulated HTTP client holds between calls at one moment of a run:
 * the RT-31 cookie jar and the RT-07 client-credentials token cache, as plain
 * data for the debugger. Cookie values are masked and tokens are left out
 * entirely: this view carries names, scopes and times, never credentials. Pure.
 */
import type { JarCookie } from './plugins/cookie-jar';
import { TOKEN_SKEW_MS } from './plugins/client-credentials';
import type { RunSnapshot } from './types';

/** One jar cookie, without its value. */
export interface HttpCookieView {
  name: string;
  domain: string;
  path: string;
  /** Virtual-clock expiry (ISO-8601); absent for a session cookie. */
  expiresAt?: string;
  /** The frame's clock is at or past `expiresAt`. */
  expired: boolean;
  secure: boolean;
  httpOnly: boolean;
  sameSite?: string;
  /** The value masked, e.g. `•••• (12 chars)`: never the value itself. */
  value: string;
  /** Deleted by a response (`Max-Age=0`): returned to the client as a deletion, no longer attached. */
  deleted: boolean;
}

/** One cached access token, without the token. */
export interface HttpTokenView {
  policy: string;
  tokenEndpoint: string;
  scope?: string;
  audience?: string;
  /** Virtual-clock instants (ISO-8601). */
  obtainedAt: string;
  expiresAt: string;
  /** When the engine stops reusing it: expiry minus the pre-expiry skew. */
  refreshAt: string;
  /** A call at this frame's time would reuse it (the clock is before `refreshAt`). */
  valid: boolean;
}

/** The HTTP client at one frame (structured-cloneable). */
export interface HttpClientView {
  cookies: HttpCookieView[];
  tokens: HttpTokenView[];
}

/** `•••• (12 chars)`: says a value is there and how long it is, never what it is. */
export function maskedValue(value: string): string {
  if (value === '') return '(empty)';
  const n = [...value].length;
  return `•••• (${n} char${n === 1 ? '' : 's'})`;
}

// Clamped to the Date range: a huge Max-Age or expires_in must not throw here.
const MAX_DATE = 8.64e15;
const iso = (ms: number) =>
  new Date(Number.isNaN(ms) ? 0 : Math.max(-MAX_DATE, Math.min(ms, MAX_DATE))).toISOString();

function cookieView(c: JarCookie, now: number, deleted: boolean): HttpCookieView {
  return {
    name: c.name,
    domain: c.domain,
    path: c.path,
    ...(c.expiresAt !== undefined && !deleted ? { expiresAt: iso(c.expiresAt) } : {}),
    expired: !deleted && c.expiresAt !== undefined && c.expiresAt <= now,
    secure: c.secure,
    httpOnly: c.httpOnly === true,
    ...(c.sameSite !== undefined ? { sameSite: c.sameSite } : {}),
    value: deleted ? '(deleted)' : maskedValue(c.value),
    deleted,
  };
}

const byKey = <T extends { domain: string; path: string; name: string }>(a: T, b: T) =>
  a.domain.localeCompare(b.domain) || a.path.localeCompare(b.path) || a.name.localeCompare(b.name);

/**
 * The jar and token cache of a snapshot, or undefined when both are empty
 * (the debugger then shows nothing). Live cookies first, then deletions.
 */
export function httpClientView(
  snap: Pick<RunSnapshot, 'now' | 'cookieJar' | 'oauthTokens'>,
): HttpClientView | undefined {
  const now = snap.now;
  const live = Object.values(snap.cookieJar?.cookies ?? {}).sort(byKey);
  const gone = Object.values(snap.cookieJar?.deleted ?? {}).sort(byKey);
  const cookies = [
    ...live.map((c) => cookieView(c, now, false)),
    ...gone.map((c) => cookieView(c, now, true)),
  ];
  const tokens = Object.values(snap.oauthTokens ?? {})
    .map(
      (t): HttpTokenView => ({
        policy: t.policy,
        tokenEndpoint: t.tokenEndpoint,
        ...(t.scope !== undefined ? { scope: t.scope } : {}),
        ...(t.audience !== undefined ? { audience: t.audience } : {}),
        obtainedAt: iso(t.obtainedAt),
        expiresAt: iso(t.expiresAt),
        refreshAt: iso(t.expiresAt - TOKEN_SKEW_MS),
        // The same test `accessToken` makes before reusing a cached token.
        valid: t.expiresAt - TOKEN_SKEW_MS > now,
      }),
    )
    .sort((a, b) => a.policy.localeCompare(b.policy) || a.expiresAt.localeCompare(b.expiresAt));
  return cookies.length || tokens.length ? { cookies, tokens } : undefined;
}
