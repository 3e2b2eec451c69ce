/**
 * What the simulated HTTP client holds at the shown frame: the run's cookie
 * jar (values masked) and the client-credentials token cache (never the
 * token), with times on the virtual clock. Rows the step added are highlighted.
 */
import { useMemo } from 'react';
import type { HttpClientView as HttpClient } from '../../engine/index';
import { clockLabel, cookieFlags, cookieKey, httpSummary, tokenKey, tokenScope } from './http-client-format';

interface Props {
  http: HttpClient | undefined;
  /** The previous frame's view, for highlighting new rows. */
  previous: HttpClient | undefined;
  /** The frame's virtual time (ISO-8601). */
  now: string;
}

/** The "HTTP client" section of the debugger; nothing when the jar and the cache are empty. */
export function HttpClientView({ http, previous, now }: Props) {
  const before = useMemo(
    () => ({ cookies: new Set(previous?.cookies.map(cookieKey)), tokens: new Set(previous?.tokens.map(tokenKey)) }),
    [previous],
  );
  if (!http) return null;
  const added = (seen: Set<string>, key: string) => (previous && !seen.has(key) ? 'ctx-added' : undefined);
  return (
    <details className="http-client" data-testid="http-client" open>
      <summary className="ctx-head">
        HTTP client <span className="ctx-size">{httpSummary(http)}</span>
      </summary>
      {http.cookies.length ? (
        <table className="http-table" data-testid="http-cookies">
          <caption>Cookie jar</caption>
          <thead>
            <tr>
              <th>Name</th>
              <th>Domain</th>
              <th>Path</th>
              <th>Expires</th>
              <th>Flags</th>
              <th>Value</th>
            </tr>
          </thead>
          <tbody>
            {http.cookies.map((c) => (
              <tr key={`${c.domain}|${c.path}|${c.name}|${c.deleted}`} className={added(before.cookies, cookieKey(c))} data-deleted={c.deleted || undefined}>
                <td className="http-name">{c.name}</td>
                <td>{c.domain}</td>
                <td>{c.path}</td>
                <td className={c.expired ? 'http-stale' : undefined}>
                  {c.deleted ? '—' : c.expiresAt ? clockLabel(c.expiresAt, now) : 'session'}
                  {c.expired ? ' · past expiry' : ''}
                </td>
                <td>{cookieFlags(c)}</td>
                <td className="http-secret" title="Cookie values are never shown: they can be session secrets">
                  {c.value}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {http.tokens.length ? (
        <table className="http-table" data-testid="http-tokens">
          <caption>Access tokens (client credentials)</caption>
          <thead>
            <tr>
              <th>Policy</th>
              <th>Token endpoint</th>
              <th>Scope</th>
              <th>Obtained</th>
              <th>Expires</th>
              <th>At this frame</th>
            </tr>
          </thead>
          <tbody>
            {http.tokens.map((t) => (
              <tr key={tokenKey(t)} className={added(before.tokens, tokenKey(t))}>
                <td className="http-name">{t.policy}</td>
                <td>{t.tokenEndpoint}</td>
                <td>{tokenScope(t)}</td>
                <td>{clockLabel(t.obtainedAt, now)}</td>
                <td>{clockLabel(t.expiresAt, now)}</td>
                <td
                  className={t.valid ? 'http-valid' : 'http-stale'}
                  data-testid="token-validity"
                  title={`Reused until ${clockLabel(t.refreshAt, now)}: expiry minus the pre-expiry skew`}
                >
                  {t.valid ? 'valid (reused)' : 'stale (fetched again on the next call)'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </details>
  );
}
