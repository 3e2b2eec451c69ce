/** RT-31 cookie jar (dsl.md §22): parse downstream Set-Cookie, store per (domain, path, name), attach, return to client. Pure. */
import { getPath, isObject, type Json, type JsonObject } from '../json';

/** One stored cookie. */
export interface JarCookie {
  name: string;
  value: string;
  domain: string;
  path: string;
  secure: boolean;
  /** Virtual-clock expiry from `Max-Age`/`Expires` (absent: a session cookie). Shown by the debugger. */
  expiresAt?: number;
  /** `HttpOnly` and `SameSite` as sent: recorded for the debugger, no effect on attaching. */
  httpOnly?: boolean;
  sameSite?: string;
}

/** The per-run jar: live cookies and recorded deletions, by `domain|path|name`. Never mutated in place. */
export interface CookieJar {
  readonly cookies: Readonly<Record<string, JarCookie>>;
  readonly deleted: Readonly<Record<string, JarCookie>>;
}

/** An empty jar. */
export const emptyJar: CookieJar = Object.freeze({ cookies: {}, deleted: {} });

const keyOf = (c: JarCookie) => `${c.domain}|${c.path}|${c.name}`;

function hostAndPath(url: string): { host: string; path: string; https: boolean } | undefined {
  const m = /^(https?):\/\/([^/?#:]+)(?::\d+)?([^?#]*)/i.exec(url);
  if (!m) return undefined;
  return { host: m[2].toLowerCase(), path: m[3] || '/', https: m[1].toLowerCase() === 'https' };
}

/** The `spec.cookies.jar.domains[*].pattern` list, or undefined when the spec has no jar. */
export function jarDomains(spec: JsonObject): string[] | undefined {
  const jar = getPath(spec, 'cookies.jar');
  if (jar === undefined) return undefined;
  const list = getPath(jar ?? null, 'domains');
  return (Array.isArray(list) ? list : [])
    .map((d) => (isObject(d) && typeof d.pattern === 'string' ? d.pattern.toLowerCase() : ''))
    .filter((p) => p !== '');
}

/** §22.1: `api.example.com` matches only that host; `.example.com` matches subdomains, not the parent. */
export function domainAllowed(domain: string, patterns: readonly string[]): boolean {
  const d = domain.replace(/^\./, '').toLowerCase();
  return patterns.some((p) => (p.startsWith('.') ? d.endsWith(p) && d !== p.slice(1) : d === p));
}

function parseSetCookie(line: string, host: string, reqPath: string, now: number) {
  const [pair, ...attrs] = line.split(';');
  const eq = pair.indexOf('=');
  if (eq <= 0) return undefined;
  const name = pair.slice(0, eq).trim();
  const value = pair.slice(eq + 1).trim();
  let domain = host;
  // RFC 6265 §5.1.4 default-path: the request path up to its last '/'.
  let path = reqPath.lastIndexOf('/') > 0 ? reqPath.slice(0, reqPath.lastIndexOf('/')) : '/';
  let secure = false;
  let expired = false;
  let expiresAt: number | undefined;
  let httpOnly = false;
  let sameSite: string | undefined;
  for (const a of attrs) {
    const i = a.indexOf('=');
    const k = (i < 0 ? a : a.slice(0, i)).trim().toLowerCase();
    const v = i < 0 ? '' : a.slice(i + 1).trim();
    if (k === 'domain' && v) domain = v.replace(/^\./, '').toLowerCase();
    else if (k === 'path' && v.startsWith('/')) path = v;
    else if (k === 'secure') secure = true;
    else if (k === 'httponly') httpOnly = true;
    else if (k === 'samesite' && v) sameSite = v;
    else if (k === 'max-age' && /^-?\d+$/.test(v)) {
      expired = Number(v) <= 0;
      expiresAt = now + Number(v) * 1000;
    } else if (k === 'expires' && !attrs.some((x) => /^\s*max-age/i.test(x))) {
      const t = Date.parse(v);
      if (Number.isFinite(t)) {
        expired = t <= now;
        expiresAt = t;
      }
    }
  }
  const cookie: JarCookie = { name, value, domain, path, secure };
  if (expiresAt !== undefined && !expired) cookie.expiresAt = expiresAt;
  if (httpOnly) cookie.httpOnly = true;
  if (sameSite !== undefined) cookie.sameSite = sameSite;
  return { cookie, expired };
}

/** The Set-Cookie lines of a mock's response headers (a string, or an array for several). */
export function setCookieLines(headers: Record<string, Json | undefined> | undefined): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(headers ?? {})) {
    if (k.toLowerCase() !== 'set-cookie') continue;
    if (Array.isArray(v)) out.push(...v.map(String));
    else if (v !== undefined && v !== null) out.push(String(v));
  }
  return out;
}

/** §22.2: applies a non-notify response's Set-Cookie lines; returns the new jar and the lines that were allowed. */
export function absorb(
  jar: CookieJar,
  lines: readonly string[],
  url: string,
  patterns: readonly string[],
  now: number,
): { jar: CookieJar; kept: string[] } {
  const at = hostAndPath(url);
  if (!at) return { jar, kept: [] };
  const cookies = { ...jar.cookies };
  const deleted = { ...jar.deleted };
  const kept: string[] = [];
  for (const line of lines) {
    const p = parseSetCookie(line, at.host, at.path, now);
    if (!p || !domainAllowed(p.cookie.domain, patterns)) continue;
    kept.push(line);
    const key = keyOf(p.cookie);
    if (p.expired) {
      delete cookies[key];
      deleted[key] = p.cookie;
    } else {
      cookies[key] = p.cookie;
      delete deleted[key];
    }
  }
  return { jar: { cookies, deleted }, kept };
}

/** §22.3: the `Cookie` header value for a request, or undefined when no jar cookie applies. */
export function cookieHeaderFor(
  jar: CookieJar,
  url: string,
  patterns: readonly string[],
  now: number,
): string | undefined {
  const at = hostAndPath(url);
  if (!at || !domainAllowed(at.host, patterns)) return undefined;
  const picked = Object.values(jar.cookies).filter((c) => {
    if (c.expiresAt !== undefined && c.expiresAt <= now) return false; // RFC 6265 §5.3: expired cookies are not sent
    const domainOk = at.host === c.domain || at.host.endsWith(`.${c.domain}`);
    const pathOk =
      at.path === c.path ||
      (at.path.startsWith(c.path) && (c.path.endsWith('/') || at.path[c.path.length] === '/'));
    return domainOk && pathOk && (!c.secure || at.https) && domainAllowed(c.domain, patterns);
  });
  // RFC 6265 §5.4: longer paths first.
  picked.sort((a, b) => b.path.length - a.path.length);
  return picked.length ? picked.map((c) => `${c.name}=${c.value}`).join('; ') : undefined;
}

/** §22.4: the Set-Cookie lines a succeeding run returns to its client (deletions as `Max-Age=0`). */
export function returnToClient(spec: JsonObject, jar: CookieJar): string[] {
  const patterns = jarDomains(spec);
  const rtc = getPath(spec, 'cookies.returnToClient');
  if (!patterns || !isObject(rtc)) return [];
  const mode = rtc.mode;
  if (mode !== 'allFromAllowedDomains' && mode !== 'filtered') return [];
  const names = getPath(rtc, 'include.names');
  const pats = getPath(rtc, 'include.namePatterns');
  const regexes: RegExp[] = [];
  for (const p of Array.isArray(pats) ? pats : []) {
    try {
      regexes.push(new RegExp(String(p)));
    } catch {
      // an invalid pattern is a validation error (COOK-*); here it selects nothing
    }
  }
  const wanted = (n: string) =>
    mode === 'allFromAllowedDomains' ||
    (Array.isArray(names) && names.includes(n)) ||
    regexes.some((r) => r.test(n));
  const attrs = (c: JarCookie) =>
    `; Domain=${c.domain}; Path=${c.path}${c.secure ? '; Secure' : ''}`;
  const out: string[] = [];
  for (const c of Object.values(jar.cookies))
    if (domainAllowed(c.domain, patterns) && wanted(c.name))
      out.push(`${c.name}=${c.value}${attrs(c)}`);
  for (const c of Object.values(jar.deleted))
    if (domainAllowed(c.domain, patterns) && wanted(c.name))
      out.push(`${c.name}=${attrs(c)}; Max-Age=0`);
  return out;
}
