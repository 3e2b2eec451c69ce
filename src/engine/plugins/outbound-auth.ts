/** Outbound auth policies of `httpCall:v1` (dsl.md §19.1): which one a task uses, and whether it can be applied. */
import { getPath, isObject, type Json } from '../json';
import { internal } from '../expressions';
import type { Problem } from '../types';
import type { TaskCall } from '../runtime-types';
import { clientCredentialsFrom, type ClientCredentials } from './client-credentials';
import { resolveSecret } from './secret-ref';

/** A policy ready to apply; secret-bearing fields stay references until the request is built. */
export type OutboundAuth =
  | { kind: 'bearerStatic'; id: string; tokenRef: string }
  | { kind: 'oauth2ClientCredentials'; id: string; cc: ClientCredentials }
  | { kind: 'mtlsClient'; id: string; clientCertRef: string };

const METHODS = ['clientSecretPost', 'clientSecretBasic', 'tlsClientAuth'];

const text = (v: Json | undefined) => (typeof v === 'string' && v !== '' ? v : undefined);

/**
 * RT-06: only the task's `auth.policyRef` selects a policy (`httpClientAuth.default` never does).
 * A reference the simulator cannot honour is an internal error: sending the call without the
 * credentials the designer asked for would make the run look healthier than it is.
 */
export function outboundAuthOf(
  call: TaskCall,
): { ok: true; auth?: OutboundAuth } | { ok: false; problem: Problem } {
  const ref = getPath(call.task, 'auth.policyRef');
  if (ref === undefined || ref === null) return { ok: true };
  const bad = (why: string, rule: string) => ({
    ok: false as const,
    problem: internal(`auth.policyRef '${String(ref)}' of '${call.state.qid}': ${why} (${rule})`),
  });
  const id = text(ref);
  if (id === undefined) return bad('must be the id of a policy', 'TASK-HTTP-015');
  const def = getPath(call.rt.journey.spec, ['policies', 'httpClientAuth', 'definitions', id]);
  if (def === undefined)
    return bad(
      'there is no such policy in spec.policies.httpClientAuth.definitions, and the simulator has no platform policies',
      'TASK-HTTP-015',
    );
  if (!isObject(def)) return bad('the definition is not a policy object', 'OUTAUTH-001');
  if (def.kind === 'bearerStatic') {
    const tokenRef = text(def.tokenRef);
    return tokenRef
      ? { ok: true, auth: { kind: 'bearerStatic', id, tokenRef } }
      : bad('a bearerStatic policy needs a tokenRef', 'OUTAUTH-003');
  }
  if (def.kind === 'mtlsClient') {
    const clientCertRef = text(def.clientCertRef);
    return clientCertRef
      ? { ok: true, auth: { kind: 'mtlsClient', id, clientCertRef } }
      : bad('an mtlsClient policy needs a clientCertRef', 'OUTAUTH-008');
  }
  if (def.kind !== 'oauth2ClientCredentials')
    return bad(`unknown policy kind '${String(def.kind)}'`, 'OUTAUTH-002');
  if (!text(def.tokenEndpoint)) return bad('the policy needs a tokenEndpoint', 'OUTAUTH-004');
  const auth = isObject(def.auth) ? def.auth : {};
  // An absent method keeps the simulator's historical default (clientSecretPost); OUTAUTH-004 reports it.
  const method = auth.method ?? 'clientSecretPost';
  if (typeof method !== 'string' || !METHODS.includes(method))
    return bad(`unknown auth.method '${String(method)}'`, 'OUTAUTH-005');
  const needs = method === 'tlsClientAuth' ? 'clientCertRef' : 'clientSecretRef';
  if (!text(auth[needs])) return bad(`auth.method ${method} needs auth.${needs}`, 'OUTAUTH-006');
  return {
    ok: true,
    auth: { kind: 'oauth2ClientCredentials', id, cc: clientCredentialsFrom(id, def) },
  };
}

/** Sets the Authorization header, replacing any spelling of it the task wrote (the policy wins). */
export function setAuthorization(headers: Record<string, string>, value: string): void {
  for (const k of Object.keys(headers)) if (k.toLowerCase() === 'authorization') delete headers[k];
  headers.Authorization = value;
}

/**
 * bearerStatic and mtlsClient shape the request itself (no exchange). The token is a stand-in
 * registered for redaction; the client certificate is shown by its reference only, because the
 * simulator does no TLS: the request carries `clientCert` for mocks and the recorded effect.
 */
export function applyStaticAuth(
  call: TaskCall,
  auth: OutboundAuth,
  headers: Record<string, string>,
  notes: string[],
): { clientCert?: string } {
  if (auth.kind === 'bearerStatic') {
    const token = resolveSecret(call.rt.env, auth.tokenRef, 'bearer-token');
    setAuthorization(headers, `Bearer ${token}`);
    notes.push(`Authorization: Bearer token from '${auth.tokenRef}' (policy '${auth.id}')`);
  } else if (auth.kind === 'mtlsClient') {
    notes.push(
      `sent with client certificate '${auth.clientCertRef}' (policy '${auth.id}'; no TLS handshake is simulated)`,
    );
    return { clientCert: auth.clientCertRef };
  }
  return {};
}
