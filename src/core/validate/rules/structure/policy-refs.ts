/**
 * DEF-003, RESIL-005, OUTAUTH-010: policy ids named by `spec.defaults.tasks.resiliencePolicyRef`,
 * `httpResilience.default` and `httpClientAuth.default` resolve to definitions; an
 * auth `default` is never applied implicitly (info).
 */
import { childAt, entries, pairOf, str } from '../../../yaml-nodes';
import type { Rule } from '../../rule';
import { closest, valueAt } from './util';

export const policyRefs: Rule = {
  name: 'policy-refs',
  codes: ['DEF-003', 'RESIL-005', 'OUTAUTH-010'],
  check(ctx) {
    const spec = ctx.model.spec;
    if (!spec) return;
    const resilience = new Set(
      entries(childAt(spec, 'policies.httpResilience.definitions')).map((e) => e.key),
    );
    const tasks = childAt(spec, 'defaults.tasks');
    const defRef = str(childAt(tasks, 'resiliencePolicyRef'));
    if (defRef !== undefined && !resilience.has(defRef)) {
      const guess = closest(defRef, resilience);
      ctx.add(
        'DEF-003',
        'warning',
        `Default resilience policy '${defRef}' is not defined under spec.policies.httpResilience.definitions (fine only if the platform provides it)` +
          (guess ? `; did you mean '${guess}'?` : ''),
        valueAt(tasks, 'resiliencePolicyRef', 'spec.defaults.tasks'),
      );
    }
    const res = childAt(spec, 'policies.httpResilience');
    const resDefault = str(childAt(res, 'default'));
    if (resDefault !== undefined && !resilience.has(resDefault)) {
      ctx.add(
        'RESIL-005',
        'warning',
        `httpResilience.default '${resDefault}' names no definition`,
        valueAt(res, 'default', 'spec.policies.httpResilience'),
      );
    }
    const auth = childAt(spec, 'policies.httpClientAuth');
    const authDefault = str(childAt(auth, 'default'));
    if (authDefault === undefined) return;
    const authDefs = new Set(entries(childAt(auth, 'definitions')).map((e) => e.key));
    const at = valueAt(auth, 'default', 'spec.policies.httpClientAuth');
    if (!authDefs.has(authDefault)) {
      ctx.add(
        'OUTAUTH-010',
        'info',
        `httpClientAuth.default '${authDefault}' names no definition`,
        at,
      );
      return;
    }
    const bare = ctx.model.states.filter(
      (s) =>
        s.task &&
        str(childAt(s.task.node, 'kind')) === 'httpCall:v1' &&
        !pairOf(childAt(s.task.node, 'auth'), 'policyRef'),
    );
    if (bare.length) {
      const names =
        bare
          .slice(0, 3)
          .map((s) => `'${s.qid}'`)
          .join(', ') + (bare.length > 3 ? ' …' : '');
      ctx.add(
        'OUTAUTH-010',
        'info',
        `httpClientAuth.default is never applied implicitly: ${bare.length} HTTP task(s) without auth.policyRef (${names}) call without outbound auth`,
        at,
      );
    }
  },
};
