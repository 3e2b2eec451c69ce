/** `httpCall:v1`: builds the request, answers it from scenario mocks (with retries), writes the result object. */
import { getPath, isObject, setPath, toJson, type Json, type JsonObject } from '../json';
import { interpolate, interpolateDeep, interpolateMap } from '../interpolate';
import { mapperOf } from '../journey';
import { writeMapped } from '../write-target';
import type { Effect } from '../types';
import type { MockAnswer, TaskCall, TaskOutcome, TaskPlugin } from '../runtime-types';
import { answerFor, resultOf, type HttpResult, type OutboundRequest } from './http-mocks';
import { absorb, cookieHeaderFor, jarDomains, setCookieLines } from './cookie-jar';
import { accessToken } from './client-credentials';
import { applyStaticAuth, outboundAuthOf, setAuthorization } from './outbound-auth';
import { putOwn } from '../../core/own-property';

interface Policy {
  maxAttempts: number;
  retryOn: string[];
}

/** Resilience policy precedence (RT-06): task › spec.defaults.tasks › spec.policies.httpResilience.default. */
function policyOf(call: TaskCall): Policy | undefined {
  const spec = call.rt.journey.spec;
  const res = getPath(spec, 'policies.httpResilience');
  const ref =
    call.task.resiliencePolicyRef ??
    getPath(spec, 'defaults.tasks.resiliencePolicyRef') ??
    getPath(res ?? null, 'default');
  const def = typeof ref === 'string' ? getPath(res ?? null, ['definitions', ref]) : undefined;
  if (!isObject(def)) return undefined;
  return {
    maxAttempts:
      typeof def.maxAttempts === 'number' ? Math.max(1, Math.min(def.maxAttempts, 20)) : 1,
    retryOn: Array.isArray(def.retryOn) ? def.retryOn.map(String) : ['NETWORK_ERROR', 'HTTP_5XX'],
  };
}

function retryable(r: HttpResult, p: Policy): boolean {
  if (r.error) return p.retryOn.includes('NETWORK_ERROR') || p.retryOn.includes(r.error.type);
  if (r.status !== undefined && r.status >= 500) return p.retryOn.includes('HTTP_5XX');
  return r.status === 429 && p.retryOn.includes('HTTP_429');
}

function buildRequest(call: TaskCall): {
  req: OutboundRequest;
  headers: Record<string, string>;
  body?: Json;
} {
  const { task, context } = call;
  const roots = { context, platform: call.rt.env.platform };
  const params = isObject(task.params) ? task.params : {};
  const op = typeof task.operationRef === 'string' ? task.operationRef : undefined;
  let method = typeof task.method === 'string' ? task.method.toUpperCase() : 'GET';
  let url =
    typeof task.url === 'string' ? interpolate(task.url, roots) : op ? `operation:${op}` : '';
  const opInfo = op ? call.rt.env.openApi?.get(op) : undefined;
  if (opInfo) {
    if (typeof opInfo.method === 'string') method = opInfo.method.toUpperCase();
    if (typeof opInfo.url === 'string') url = opInfo.url;
  }
  for (const [k, v] of Object.entries(interpolateMap(params.path, roots)))
    url = url.replace(`{${k}}`, encodeURIComponent(v));
  const query = interpolateMap(params.query, roots);
  const qs = Object.entries(query)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
    .join('&');
  if (qs) url += (url.includes('?') ? '&' : '?') + qs;
  const headers = {
    ...passthrough(call),
    ...interpolateMap(getPath(call.rt.journey.spec, 'defaults.http.headers'), roots),
    ...interpolateMap(task.headers, roots),
    ...interpolateMap(params.headers, roots),
  };
  const req: OutboundRequest = {
    method,
    url,
    operationRef: op,
    state: call.state.id,
    qid: call.state.qid,
  };
  return {
    req,
    headers,
    body:
      isObject(task.body) && !mapperOf(call.rt.journey, task.body)
        ? interpolateDeep(task.body, roots)
        : typeof task.body === 'string'
          ? interpolate(task.body, roots)
          : undefined,
  };
}

/** RT-20: `headersPassthrough` copies headers of the current inbound request only (never persisted). */
function passthrough(call: TaskCall): Record<string, string> {
  const list = getPath(call.rt.journey.spec, 'bindings.http.start.headersPassthrough');
  const out: Record<string, string> = {};
  const lower = Object.fromEntries(
    Object.entries(call.request.headers).map(([k, v]) => [k.toLowerCase(), v]),
  );
  for (const p of Array.isArray(list) ? list : []) {
    if (!isObject(p) || typeof p.from !== 'string') continue;
    const v = lower[p.from.toLowerCase()];
    if (v !== undefined) out[typeof p.to === 'string' ? p.to : p.from] = v;
  }
  return out;
}

async function execute(call: TaskCall): Promise<TaskOutcome> {
  const { task, rt } = call;
  const { req, headers } = buildRequest(call);
  // A body mapper is evaluated even though mocks ignore it: its errors are real errors.
  const bodyMapper = mapperOf(rt.journey, task.body);
  if (bodyMapper) {
    const r = await rt.evaluator.evaluate(bodyMapper, { context: call.context }, call.now);
    if (!r.ok)
      return {
        ok: false,
        problem: { ...r.problem, detail: `request body mapper: ${r.problem.detail ?? ''}` },
      };
  }
  const notify = task.mode === 'notify';
  const policy = notify ? undefined : policyOf(call);
  const effects: Effect[] = [];
  const notes: string[] = [];
  let result: HttpResult | undefined;
  const attempts = policy?.maxAttempts ?? 1;
  // Mocks may take virtual time (`delayMs`); a call slower than its timeout is a TIMEOUT (RT-03, RT-24 clamp).
  const configured = Number(
    task.timeoutMs ?? getPath(rt.journey.spec, 'defaults.http.timeoutMs') ?? 10_000,
  );
  let elapsed = 0;
  // RT-31: jar attachment unless disabled or an explicit Cookie header is configured.
  const patterns = jarDomains(rt.journey.spec);
  const explicitCookie = Object.keys(headers).some((k) => k.toLowerCase() === 'cookie');
  const useJar =
    patterns !== undefined && getPath(task, 'cookies.useJar') !== false && !explicitCookie;
  // RT-06: outbound auth only via the task's auth.policyRef; a policy that cannot be applied fails the run.
  const outbound = outboundAuthOf(call);
  if (!outbound.ok) return { ok: false, problem: outbound.problem };
  const auth = outbound.auth;
  if (auth) req.clientCert = applyStaticAuth(call, auth, headers, notes).clientCert;
  const cc = auth?.kind === 'oauth2ClientCredentials' ? auth.cc : undefined;
  let refreshed = false;
  if (cc) {
    const t = accessToken(call, cc, effects, notes, false);
    if (!t.ok) return tokenFailure(call, t.message, effects, notes);
    setAuthorization(headers, `Bearer ${t.token}`);
  }
  for (let attempt = 1; attempt <= attempts; attempt++) {
    if (useJar) {
      const jarCookie = cookieHeaderFor(call.store.cookieJar, req.url, patterns, call.now);
      if (jarCookie) headers.Cookie = jarCookie;
      else delete headers.Cookie;
    }
    req.headers = headers;
    const hit = answerFor(rt.env.mocks, req, call.store);
    if (!hit) notes.push(`no mock matched ${req.method} ${req.url}: answered 200 {}`);
    const answer: MockAnswer = hit?.answer ?? { status: 200, body: {} };
    const remaining =
      call.deadlineAt !== undefined ? call.deadlineAt - (call.now + elapsed) : Infinity;
    const timeout = Math.max(
      0,
      Math.min(Number.isFinite(configured) ? configured : 10_000, remaining),
    );
    const delay = typeof answer.delayMs === 'number' ? answer.delayMs : 0;
    result = delay > timeout ? resultOf({ error: 'TIMEOUT' }) : resultOf(answer);
    elapsed += Math.min(delay, timeout);
    if (patterns && !notify && !('error' in answer))
      result = intoJar(call, result, answer, req.url, patterns);
    const cookie = Object.entries(headers).find(([k]) => k.toLowerCase() === 'cookie')?.[1];
    // Header names only: values may carry passed-through credentials (the Cookie value is shown, RT-31).
    effects.push({
      type: 'http',
      state: call.state.qid,
      method: req.method,
      url: req.url,
      headers: Object.keys(headers),
      ...(cookie !== undefined ? { cookie } : {}),
      ...(auth ? { authPolicy: auth.id } : {}),
      ...(req.clientCert !== undefined ? { clientCert: req.clientCert } : {}),
      mode: notify ? 'notify' : 'requestResponse',
      status: result.status,
      error: result.error?.type,
    });
    // RT-07: one downstream 401 discards the token, fetches a fresh one and repeats this attempt once.
    if (cc && !notify && result.status === 401 && !refreshed) {
      refreshed = true;
      notes.push('downstream 401: discarding the token, retrying once with a fresh one');
      const t = accessToken(call, cc, effects, notes, true);
      if (t.ok) {
        setAuthorization(headers, `Bearer ${t.token}`);
        attempt--;
        continue;
      }
    }
    if (!policy || !retryable(result, policy) || attempt === attempts) break;
    notes.push(`attempt ${attempt} ${result.error?.type ?? result.status}: retrying (policy)`);
  }
  if (notify || !result)
    return {
      ok: true,
      context: call.context,
      effects,
      note: notes.join('; ') || undefined,
      elapsedMs: notify ? 0 : elapsed,
    };
  const resultVar = typeof task.resultVar === 'string' ? task.resultVar : undefined;
  const stored = toJson(result) as JsonObject;
  let context = resultVar ? setPath(call.context, resultVar, stored) : call.context;
  const em = isObject(task.errorMapping) ? task.errorMapping : undefined;
  const emMapper = em ? mapperOf(rt.journey, em) : undefined;
  if (!result.ok && em && emMapper) {
    const r = await rt.evaluator.evaluate(
      emMapper,
      { context, payload: stored, error: null },
      call.now,
    );
    if (!r.ok)
      return {
        ok: false,
        problem: { ...r.problem, detail: `errorMapping: ${r.problem.detail ?? ''}` },
        effects,
      };
    const w = writeMapped(context, r.value, em.target, em.resultVar);
    if (!w.ok) return { ok: false, problem: w.problem, effects };
    context = w.context;
  }
  return { ok: true, context, effects, note: notes.join('; ') || undefined, elapsedMs: elapsed };
}

/** RT-31: stores allowed Set-Cookie lines in the jar and hides the others from the result headers. */
function intoJar(
  call: TaskCall,
  result: HttpResult,
  answer: MockAnswer,
  url: string,
  patterns: string[],
): HttpResult {
  const lines = 'error' in answer ? [] : setCookieLines(answer.headers);
  if (lines.length === 0) return result;
  const { jar, kept } = absorb(call.store.cookieJar, lines, url, patterns, call.now);
  call.store.cookieJar = jar;
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(result.headers))
    if (k.toLowerCase() !== 'set-cookie') putOwn(headers, k, v);
  if (kept.length) headers['Set-Cookie'] = kept.join(', ');
  return { ...result, headers };
}

/** No access token could be obtained: the call is not sent, the result reads as a failed call. */
function tokenFailure(
  call: TaskCall,
  message: string,
  effects: Effect[],
  notes: string[],
): TaskOutcome {
  const stored: JsonObject = {
    ok: false,
    headers: {},
    body: null,
    error: { type: 'NETWORK', message },
  };
  const rv = typeof call.task.resultVar === 'string' ? call.task.resultVar : undefined;
  if (call.task.mode === 'notify')
    return { ok: true, context: call.context, effects, note: notes.join('; ') };
  const context = rv ? setPath(call.context, rv, stored) : call.context;
  return { ok: true, context, effects, note: notes.join('; ') };
}

/** The `httpCall:v1` plugin. */
export const httpCallPlugin: TaskPlugin = { kind: 'httpCall:v1', execute };
