/** Wording for the debugger's HTTP client view (cookie jar, token cache). Pure, React-free. */
import type { HttpClientView, HttpCookieView, HttpTokenView } from '../../engine/index';

/** `in 59m 30s`, `2h ago`, `now`: the two largest units of a span on the virtual clock. */
export function relativeSpan(ms: number): string {
  const abs = Math.round(Math.abs(ms) / 1000);
  if (abs === 0) return 'now';
  const units: [number, string][] = [
    [Math.floor(abs / 86400), 'd'],
    [Math.floor((abs % 86400) / 3600), 'h'],
    [Math.floor((abs % 3600) / 60), 'm'],
    [abs % 60, 's'],
  ];
  const first = units.findIndex(([n]) => n > 0);
  const text = units
    .slice(first, first + 2)
    .filter(([n]) => n > 0)
    .map(([n, u]) => `${n}${u}`)
    .join(' ');
  return ms > 0 ? `in ${text}` : `${text} ago`;
}

/**
 * An instant on the virtual clock relative to the frame's time: `11:00:00 (in 2h)`,
 * with the date when it is another day than the frame's.
 */
export function clockLabel(at: string, now: string): string {
  const t = Date.parse(at);
  const n = Date.parse(now);
  if (!Number.isFinite(t) || !Number.isFinite(n)) return at;
  const time = at.slice(11, 19);
  const when = at.slice(0, 10) === now.slice(0, 10) ? time : `${at.slice(0, 10)} ${time}`;
  return `${when} (${relativeSpan(t - n)})`;
}

/** `Secure · HttpOnly · SameSite=Lax`, or `—` when none is set. */
export function cookieFlags(c: HttpCookieView): string {
  const flags = [
    c.secure ? 'Secure' : '',
    c.httpOnly ? 'HttpOnly' : '',
    c.sameSite ? `SameSite=${c.sameSite}` : '',
  ].filter(Boolean);
  return flags.length ? flags.join(' · ') : '—';
}

/** `scope orders.read · audience api://x`, or `—` when the policy's form names neither. */
export function tokenScope(t: HttpTokenView): string {
  const parts = [
    t.scope !== undefined ? `scope ${t.scope}` : '',
    t.audience !== undefined ? `audience ${t.audience}` : '',
  ].filter(Boolean);
  return parts.length ? parts.join(' · ') : '—';
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** `1 cookie · 1 token` for the section's heading. */
export function httpSummary(http: HttpClientView): string {
  const parts = [];
  if (http.cookies.length) parts.push(plural(http.cookies.length, 'cookie'));
  if (http.tokens.length) parts.push(plural(http.tokens.length, 'token'));
  return parts.join(' · ');
}

/** Identity of a row across frames, for highlighting what the shown step changed. */
export const cookieKey = (c: HttpCookieView) =>
  `${c.domain}|${c.path}|${c.name}|${c.deleted ? 'deleted' : c.value}|${c.expiresAt ?? ''}`;
export const tokenKey = (t: HttpTokenView) =>
  `${t.policy}|${t.tokenEndpoint}|${t.scope ?? ''}|${t.audience ?? ''}|${t.obtainedAt}`;
