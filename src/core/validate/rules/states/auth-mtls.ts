/** AUTH-MTLS-001..005: `mtlsValidate:v1` overrides (dsl.md §18.7): inline PEM anchors, boolean and list filters. */
import { isMap, isScalar, isSeq } from 'yaml';
import { child, entries, items, pairOf, spanOf } from '../../../yaml-nodes';
import type { Rule } from '../../rule';
import { describe, keyAt, valueAt } from './util';

const PEM_CERT = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/;

/** AUTH-MTLS-001..005 over every mtlsValidate:v1 task; pure. */
export const authMtlsRule: Rule = {
  name: 'auth-mtls',
  codes: ['AUTH-MTLS-001', 'AUTH-MTLS-002', 'AUTH-MTLS-003', 'AUTH-MTLS-004', 'AUTH-MTLS-005'],
  perState: true,
  check(ctx) {
    for (const s of ctx.model.states) {
      if (s.task?.kind?.value !== 'mtlsValidate:v1') continue;
      const t = s.task.node;
      const base = s.task.path;
      if (pairOf(t, 'trustAnchors')) {
        const ta = child(t, 'trustAnchors');
        if (!isSeq(ta)) {
          ctx.add(
            'AUTH-MTLS-001',
            'error',
            `'trustAnchors' must be a list of {pem: <PEM certificate>}, not ${describe(ta)}`,
            valueAt(t, 'trustAnchors', base),
          );
        }
        items(ta).forEach((anchor, i) => {
          const at = { span: spanOf(anchor), path: `${base}.trustAnchors[${i}]` };
          const pem = child(anchor, 'pem');
          const external = entries(anchor).find((e) => e.key !== 'pem');
          if (!isMap(anchor) || external || !(isScalar(pem) && typeof pem.value === 'string')) {
            const why = external
              ? `'${external.key}' is an external reference; inbound mTLS anchors are inline 'pem' only`
              : `must be {pem: <PEM certificate>}`;
            ctx.add(
              'AUTH-MTLS-001',
              'error',
              `trustAnchors[${i}] ${why}`,
              external ? keyAt(anchor, external.key, at.path) : at,
            );
          } else if (!PEM_CERT.test(pem.value)) {
            ctx.add(
              'AUTH-MTLS-005',
              'warning',
              `trustAnchors[${i}].pem does not look like a PEM certificate (-----BEGIN CERTIFICATE----- … -----END CERTIFICATE-----)`,
              valueAt(anchor, 'pem', at.path),
            );
          }
        });
      }
      if (pairOf(t, 'allowAnyFromTrusted')) {
        const v = child(t, 'allowAnyFromTrusted');
        if (!(isScalar(v) && typeof v.value === 'boolean')) {
          ctx.add(
            'AUTH-MTLS-002',
            'error',
            `'allowAnyFromTrusted' must be true or false (unquoted), not ${describe(v)}`,
            valueAt(t, 'allowAnyFromTrusted', base),
          );
        }
      }
      for (const key of ['allowSubjects', 'allowSerials']) {
        if (!pairOf(t, key)) continue;
        const v = child(t, key);
        if (!isSeq(v)) {
          ctx.add(
            'AUTH-MTLS-003',
            'error',
            `'${key}' must be a list of strings, not ${describe(v)}`,
            valueAt(t, key, base),
          );
          continue;
        }
        items(v).forEach((it, i) => {
          if (!(isScalar(it) && typeof it.value === 'string')) {
            ctx.add(
              'AUTH-MTLS-003',
              'error',
              `${key}[${i}] must be a string (quote serials such as "01AB"), not ${describe(it)}`,
              { span: spanOf(it), path: `${base}.${key}[${i}]` },
            );
          }
        });
      }
      if (pairOf(t, 'allowSans')) {
        const v = child(t, 'allowSans');
        if (!isSeq(v)) {
          ctx.add(
            'AUTH-MTLS-004',
            'error',
            `'allowSans' must be a list of {dns|ip|uri: <string>}, not ${describe(v)}`,
            valueAt(t, 'allowSans', base),
          );
        }
        items(v).forEach((it, i) => {
          const p = `${base}.allowSans[${i}]`;
          const es = entries(it);
          const bad =
            !isMap(it) ||
            es.length === 0 ||
            es.some(
              (e) =>
                !['dns', 'ip', 'uri'].includes(e.key) ||
                !(isScalar(e.value) && typeof e.value.value === 'string'),
            );
          if (bad)
            ctx.add(
              'AUTH-MTLS-004',
              'error',
              `allowSans[${i}] must be a mapping with dns, ip and/or uri string values (e.g. - dns: api.example.com), not ${describe(it)}`,
              { span: spanOf(it), path: p },
            );
        });
      }
    }
  },
};
