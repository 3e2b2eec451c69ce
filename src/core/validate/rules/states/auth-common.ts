/** AUTH-001..003: `authVar` and `profile` on auth tasks; no `webhook.security` (ADR-0032). */
import { isScalar } from 'yaml';
import { isAuthKind } from '../../../catalog/auth-problems';
import { child, pairOf } from '../../../yaml-nodes';
import type { Rule } from '../../rule';
import { IDENT, describe, keyAt, valueAt } from './util';

/** AUTH-001..003 over every auth task and wait/webhook block; pure. */
export const authCommonRule: Rule = {
  name: 'auth-common',
  codes: ['AUTH-001', 'AUTH-002', 'AUTH-003'],
  perState: true,
  check(ctx) {
    for (const s of ctx.model.states) {
      if ((s.type === 'webhook' || s.type === 'wait') && pairOf(s.body, 'security')) {
        ctx.add(
          'AUTH-003',
          'error',
          `'${s.type}.security' does not exist: validate callers with an auth task (jwtValidate:v1, mtlsValidate:v1, apiKeyValidate:v1) right after this state`,
          keyAt(s.body, 'security', `${s.path}.${s.type}`),
        );
      }
      if (!s.task || !isAuthKind(s.task.kind?.value)) continue;
      const t = s.task.node;
      const base = s.task.path;
      if (pairOf(t, 'authVar')) {
        const v = child(t, 'authVar');
        if (!(isScalar(v) && typeof v.value === 'string' && IDENT.test(v.value))) {
          ctx.add(
            'AUTH-001',
            'error',
            `'authVar' must be a non-empty identifier (a top-level context key), not ${describe(v)}`,
            valueAt(t, 'authVar', base),
          );
        }
      }
      if (pairOf(t, 'profile')) {
        const v = child(t, 'profile');
        if (!(isScalar(v) && typeof v.value === 'string' && v.value.trim() !== '')) {
          ctx.add(
            'AUTH-002',
            'error',
            `'profile' must be a non-empty string (omit it for the "default" profile), not ${describe(v)}`,
            valueAt(t, 'profile', base),
          );
        }
      }
    }
  },
};
