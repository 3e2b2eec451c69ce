/** RT-07 outbound OAuth2 client credentials (dsl.md §19.1): token requests answered by mocks, cached per effective request. */
import { isObject, type JsonObject } from '../json';
import type { Effect } from '../types';
import type { HttpMock, TaskCall } from '../runtime-types';
import { answerFor, resultOf } from './http-mocks';
import { resolveSecret } from './secret-ref';
import { putOwn } from '../../core/own-property';

/** Pre-expiry skew: a token this close to expiry is fetched again. */
export const TOKEN_SKEW_MS = 30_000;

/** A resolved `oauth2ClientCredentials` policy. */
export interface ClientCredentials {
  id: string;
  tokenEndpoint: string;
  method: string;
  clientId: string;
  clientSecretRef?: string;
  /** `tlsClientAuth`: the certificate reference the token request is made with (never its material). */
  clientCertRef?: string;
  form: Record<string, string>;
  /** Cache key: (policy id, tokenEndpoint, auth.method, form). */
  key: string;
}

/** Reads a definition already checked by `outboundAuthOf` (tokenEndpoint present, method known). */
export function clientCredentialsFrom(id: string, def: JsonObject): ClientCredentials {
  const auth = isObject(def.auth) ? def.auth : {};
  const form: Record<string, string> = {};
  for (const [k, v] of Object.entries(isObject(def.form) ? def.form : {})) putOwn(form, k, String(v));
  form.grant_type = 'client_credentials';
  const method = typeof auth.method === 'string' ? auth.method : 'clientSecretPost';
  const tokenEndpoint = String(def.tokenEndpoint);
  return {
    id,
    tokenEndpoint,
    method,
    clientId: typeof auth.clientId === 'string' ? auth.clientId : '',
    ...(typeof auth.clientSecretRef === 'string' ? { clientSecretRef: auth.clientSecretRef } : {}),
    ...(method === 'tlsClientAuth' && typeof auth.clientCertRef === 'string'
      ? { clientCertRef: auth.clientCertRef }
      : {}),
    form,
    key: JSON.stringify([id, tokenEndpoint, method, Object.entries(form).sort()]),
  };
}

// Only URL mocks answer token requests: a `state`/`operationRef` mock is meant for the data-plane call.
const urlOnly = (mocks: readonly HttpMock[]) =>
  mocks.map((m) => (m.match?.url === undefined ? { match: { url: '\u0000' } } : m));

/** A token, or why none could be obtained; cached in `call.store.oauthTokens` until expiry minus skew. */
export function accessToken(
  call: TaskCall,
  cc: ClientCredentials,
  effects: Effect[],
  notes: string[],
  fresh: boolean,
): { ok: true; token: string } | { ok: false; message: string } {
  const now = call.now;
  const cached = call.store.oauthTokens[cc.key];
  if (!fresh && cached && cached.expiresAt - TOKEN_SKEW_MS > now) {
    notes.push(`access token for policy '${cc.id}' reused from cache`);
    return { ok: true, token: cached.token };
  }
  delete call.store.oauthTokens[cc.key];
  const headers: Record<string, string> = {
    'Content-Type': 'application/x-www-form-urlencoded',
  };
  const secretRef = cc.clientSecretRef;
  // The secret only ever sits in this request; effects record header names, never values or the form.
  if (cc.method === 'clientSecretBasic' && secretRef !== undefined) {
    const secret = resolveSecret(call.rt.env, secretRef, 'client-secret');
    headers.Authorization = `Basic ${btoa(`${cc.clientId}:${secret}`)}`;
  } else if (cc.method === 'clientSecretPost' && secretRef !== undefined)
    resolveSecret(call.rt.env, secretRef, 'client-secret');
  const req = {
    method: 'POST',
    url: cc.tokenEndpoint,
    state: call.state.id,
    qid: call.state.qid,
    headers,
    clientCert: cc.clientCertRef,
  };
  const hit = answerFor(urlOnly(call.rt.env.mocks), { ...req, state: '', qid: '' }, call.store);
  const n = Object.keys(call.store.oauthTokens).length + effects.length;
  const answer = hit?.answer ?? {
    status: 200,
    body: { access_token: `sim-access-token-${cc.id}-${n}`, expires_in: 3600 },
  };
  if (cc.clientCertRef !== undefined)
    notes.push(
      `token request for policy '${cc.id}' made with client certificate '${cc.clientCertRef}'`,
    );
  if (!hit) notes.push(`no mock matched the token request POST ${cc.tokenEndpoint}: default token`);
  const result = resultOf(answer);
  effects.push({
    type: 'http',
    state: call.state.qid,
    method: 'POST',
    url: cc.tokenEndpoint,
    headers: Object.keys(headers),
    mode: 'requestResponse',
    purpose: 'token',
    authPolicy: cc.id,
    ...(cc.clientCertRef !== undefined ? { clientCert: cc.clientCertRef } : {}),
    status: result.status,
    error: result.error?.type,
  });
  const body: JsonObject = isObject(result.body) ? result.body : {};
  if (!result.ok || typeof body.access_token !== 'string' || body.access_token === '') {
    const why = result.error?.type ?? `status ${result.status}`;
    notes.push(`token request for policy '${cc.id}' failed (${why})`);
    return {
      ok: false,
      message: `Could not obtain an access token from ${cc.tokenEndpoint} (${why})`,
    };
  }
  const token = body.access_token;
  if (!call.rt.env.secrets.includes(token)) call.rt.env.secrets.push(token);
  const ttl = typeof body.expires_in === 'number' ? body.expires_in * 1000 : 3_600_000;
  call.store.oauthTokens[cc.key] = {
    token,
    expiresAt: now + ttl,
    obtainedAt: now,
    policy: cc.id,
    tokenEndpoint: cc.tokenEndpoint,
    ...(cc.form.scope !== undefined ? { scope: cc.form.scope } : {}),
    ...(cc.form.audience !== undefined ? { audience: cc.form.audience } : {}),
  };
  notes.push(`access token for policy '${cc.id}' fetched (expires in ${Math.round(ttl / 1000)}s)`);
  return { ok: true, token };
}
