/**
 * OUTAUTH-003/004/006/008/009: per-kind requirements of `httpClientAuth`
 * definitions, and secret-bearing fields that look like raw secrets instead of
 * secret references (heuristic: a reference has a scheme like `secret://` or is a path).
 */
import { isMap, isSeq } from 'yaml';
import { child, childAt, entries, items, joinPath, str, type AnyNode } from '../../../yaml-nodes';
import type { Rule, RuleContext } from '../../rule';
import { valueAt } from './util';

const SECRET_FIELDS = ['tokenRef', 'clientSecretRef', 'clientCertRef'];
const REF_SHAPE = /^([a-z][a-z0-9+.-]*:\/\/\S+|[\w.-]+(\/[\w.-]+)+)$/;

export const outboundAuth: Rule = {
  name: 'outbound-auth',
  codes: ['OUTAUTH-003', 'OUTAUTH-004', 'OUTAUTH-006', 'OUTAUTH-008', 'OUTAUTH-009'],
  check(ctx) {
    const base = 'spec.policies.httpClientAuth.definitions';
    for (const e of entries(childAt(ctx.model.spec, 'policies.httpClientAuth.definitions'))) {
      if (!isMap(e.value)) continue;
      const def = e.value;
      const path = joinPath(base, e.key);
      const kind = str(child(def, 'kind'));
      const kindAt = valueAt(def, 'kind', path);
      const missing = (code: string, what: string) =>
        ctx.add(code, 'error', `${kind} policy '${e.key}' needs ${what}`, kindAt);
      if (kind === 'bearerStatic' && !str(child(def, 'tokenRef')))
        missing('OUTAUTH-003', 'a tokenRef (secret reference)');
      if (kind === 'oauth2ClientCredentials') {
        const auth = child(def, 'auth');
        if (!str(child(def, 'tokenEndpoint'))) missing('OUTAUTH-004', 'a tokenEndpoint');
        if (!str(child(auth, 'method'))) missing('OUTAUTH-004', 'auth.method');
        if (!str(child(auth, 'clientId'))) missing('OUTAUTH-004', 'auth.clientId');
        const method = str(child(auth, 'method'));
        if (
          (method === 'clientSecretPost' || method === 'clientSecretBasic') &&
          !str(child(auth, 'clientSecretRef'))
        ) {
          ctx.add(
            'OUTAUTH-006',
            'error',
            `auth.method ${method} needs auth.clientSecretRef`,
            valueAt(auth, 'method', `${path}.auth`),
          );
        }
        if (method === 'tlsClientAuth' && !str(child(auth, 'clientCertRef'))) {
          ctx.add(
            'OUTAUTH-006',
            'error',
            'auth.method tlsClientAuth needs auth.clientCertRef',
            valueAt(auth, 'method', `${path}.auth`),
          );
        }
      }
      if (kind === 'mtlsClient' && !str(child(def, 'clientCertRef')))
        missing('OUTAUTH-008', 'a clientCertRef');
      const anchors = child(def, 'trustAnchors');
      if (
        anchors !== undefined &&
        (!isSeq(anchors) || items(anchors).some((a) => !str(child(a, 'pemRef'))))
      ) {
        ctx.add(
          'OUTAUTH-008',
          'error',
          'trustAnchors must be a list of {pemRef: <reference>}',
          valueAt(def, 'trustAnchors', path),
        );
      }
      secretShapes(ctx, def, path);
      secretShapes(ctx, child(def, 'auth'), `${path}.auth`);
    }
  },
};

function secretShapes(ctx: RuleContext, map: AnyNode, path: string): void {
  for (const field of SECRET_FIELDS) {
    const v = str(childAt(map, field));
    if (v === undefined || v === '' || REF_SHAPE.test(v)) continue;
    ctx.add(
      'OUTAUTH-009',
      'warning',
      `${field} should be a secret reference (e.g. secret://…), not a literal value`,
      valueAt(map, field, path),
    );
  }
}
