/** Answering `httpCall:v1` requests from scenario mocks: first match wins; sequences advance per call. */
import { isObject, type Json } from '../json';
import type { HttpMock, MockAnswer, PluginStore } from '../runtime-types';
import { putOwn } from '../../core/own-property';

/** What a mock is matched against. */
export interface OutboundRequest {
  method: string;
  url: string;
  operationRef?: string;
  /** Bare and qualified id of the calling state. */
  state: string;
  qid: string;
  /** The effective request headers (for `match.headers`). */
  headers?: Record<string, string>;
  /** The `clientCertRef` the request is made with (for `match.clientCert`); TLS itself is not simulated. */
  clientCert?: string;
}

/** The HTTP result object stored at `context.<resultVar>` (dsl.md §5.1). */
export type HttpResult = {
  status?: number;
  ok: boolean;
  headers: Record<string, string>;
  body: Json;
  error?: { type: string; message: string };
};

function glob(pattern: string, text: string): boolean {
  const re = new RegExp(
    `^${pattern
      .split('*')
      .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return re.test(text);
}

function matches(mock: HttpMock, req: OutboundRequest): boolean {
  const m = mock.match ?? {};
  if (m.operationRef !== undefined && m.operationRef !== req.operationRef) return false;
  if (m.state !== undefined && m.state !== req.state && m.state !== req.qid) return false;
  if (m.method !== undefined && m.method.toUpperCase() !== req.method.toUpperCase()) return false;
  if (m.url !== undefined && !glob(m.url, req.url)) return false;
  if (
    m.clientCert !== undefined &&
    (req.clientCert === undefined || !glob(m.clientCert, req.clientCert))
  )
    return false;
  if (isObject(m.headers as Json)) {
    const sent = new Map(
      Object.entries(req.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v] as const),
    );
    for (const [k, v] of Object.entries(m.headers ?? {})) {
      const got = sent.get(k.toLowerCase());
      if (got === undefined || !glob(String(v), got)) return false;
    }
  }
  return true;
}

/** Picks the answer for one call attempt, advancing the mock's sequence; undefined when no mock matches. */
export function answerFor(
  mocks: readonly HttpMock[],
  req: OutboundRequest,
  store: PluginStore,
): { answer: MockAnswer; index: number } | undefined {
  const index = mocks.findIndex((m) => matches(m, req));
  if (index < 0) return undefined;
  const mock = mocks[index];
  if (mock.sequence && mock.sequence.length > 0) {
    const key = `mock#${index}`;
    const n = store.mockCalls[key] ?? 0;
    store.mockCalls[key] = n + 1;
    return { answer: mock.sequence[Math.min(n, mock.sequence.length - 1)], index };
  }
  return { answer: mock.respond ?? {}, index };
}

/** Turns a mock answer into the result object: 2xx → ok; JSON bodies kept as JSON; errors without status. */
export function resultOf(answer: MockAnswer): HttpResult {
  if ('error' in answer) {
    const type = answer.error === 'TIMEOUT' ? 'TIMEOUT' : 'NETWORK';
    return {
      ok: false,
      headers: {},
      body: null,
      error: { type, message: type === 'TIMEOUT' ? 'The request timed out' : 'Network error' },
    };
  }
  const status = typeof answer.status === 'number' ? answer.status : 200;
  const headers: Record<string, string> = {};
  // Several Set-Cookie lines (an array) read as one comma-joined value, as fetch's Headers.get does.
  for (const [k, v] of Object.entries(answer.headers ?? {}))
    putOwn(headers, k, Array.isArray(v) ? v.map(String).join(', ') : String(v));
  let body: Json = answer.body === undefined ? (status === 204 ? null : {}) : answer.body;
  const ct = Object.entries(headers).find(([k]) => k.toLowerCase() === 'content-type')?.[1] ?? '';
  if (typeof body === 'string' && /json/i.test(ct)) {
    try {
      body = JSON.parse(body) as Json;
    } catch {
      // a body that claims JSON but is not stays a string, as a real client would
    }
  }
  if (isObject(body) || Array.isArray(body)) {
    if (!ct) headers['Content-Type'] = 'application/json';
  }
  return { status, ok: status >= 200 && status < 300, headers, body };
}
