/** TASK-CACHE-001..008: `cache:v1` (dsl.md §15.1, ADR-0028). */
import { isScalar } from 'yaml';
import { child, pairOf } from '../../../yaml-nodes';
import type { Rule } from '../../rule';
import { IDENT, describe, isIntAtLeast, keyAt, mapperProblem, valueAt } from './util';

/** TASK-CACHE-001..008 over every cache:v1 task; pure. */
export const taskCacheRule: Rule = {
  name: 'task-cache',
  codes: [
    'TASK-CACHE-001',
    'TASK-CACHE-002',
    'TASK-CACHE-003',
    'TASK-CACHE-004',
    'TASK-CACHE-005',
    'TASK-CACHE-006',
    'TASK-CACHE-007',
    'TASK-CACHE-008',
  ],
  perState: true,
  check(ctx) {
    for (const s of ctx.model.states) {
      if (s.task?.kind?.value !== 'cache:v1') continue;
      const t = s.task.node;
      const base = s.task.path;
      const opNode = child(t, 'operation');
      const op = isScalar(opNode) ? String(opNode.value) : undefined;
      if (op !== 'get' && op !== 'put') {
        const at = pairOf(t, 'operation') ? valueAt(t, 'operation', base) : keyAt(t, 'kind', base);
        ctx.add(
          'TASK-CACHE-001',
          'error',
          `'operation' must be get or put${opNode === undefined ? ' (it is missing)' : `, not ${describe(opNode)}`}`,
          at,
        );
      }
      const keyProblem = pairOf(t, 'key') ? mapperProblem(child(t, 'key')) : 'is missing';
      if (keyProblem) {
        const at = pairOf(t, 'key') ? valueAt(t, 'key', base) : keyAt(t, 'kind', base);
        ctx.add(
          'TASK-CACHE-002',
          'error',
          `'key' ${keyProblem}; the cache key is {mapper: {lang, expr}}`,
          at,
        );
      }
      const rv = child(t, 'resultVar');
      if (op === 'get') {
        if (!(isScalar(rv) && typeof rv.value === 'string' && IDENT.test(rv.value))) {
          const at = pairOf(t, 'resultVar')
            ? valueAt(t, 'resultVar', base)
            : keyAt(t, 'operation', base);
          ctx.add(
            'TASK-CACHE-003',
            'error',
            `'operation: get' needs 'resultVar' (an identifier) to receive the cached value`,
            at,
          );
        }
        for (const f of ['value', 'ttlSeconds']) {
          if (pairOf(t, f))
            ctx.add(
              'TASK-CACHE-004',
              'warning',
              `'${f}' is ignored on 'operation: get'`,
              keyAt(t, f, base),
            );
        }
      }
      if (op === 'put') {
        const vp = pairOf(t, 'value') ? mapperProblem(child(t, 'value')) : 'is missing';
        if (vp) {
          const at = pairOf(t, 'value') ? valueAt(t, 'value', base) : keyAt(t, 'operation', base);
          ctx.add(
            'TASK-CACHE-005',
            'error',
            `'operation: put' needs 'value' as {mapper: {lang, expr}}; it ${vp}`,
            at,
          );
        }
        if (pairOf(t, 'resultVar'))
          ctx.add(
            'TASK-CACHE-006',
            'error',
            `'operation: put' writes nothing to context: remove 'resultVar'`,
            keyAt(t, 'resultVar', base),
          );
      }
      if (pairOf(t, 'ttlSeconds') && op !== 'get' && !isIntAtLeast(child(t, 'ttlSeconds'), 1)) {
        ctx.add(
          'TASK-CACHE-007',
          'error',
          `'ttlSeconds' must be an integer ≥ 1, not ${describe(child(t, 'ttlSeconds'))}`,
          valueAt(t, 'ttlSeconds', base),
        );
      }
      if (pairOf(t, 'cacheRef')) {
        ctx.add(
          'TASK-CACHE-008',
          'error',
          `'cacheRef' was removed (ADR-0028): there is one logical cache per deployment`,
          keyAt(t, 'cacheRef', base),
        );
      }
    }
  },
};
