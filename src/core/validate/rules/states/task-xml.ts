/** TASK-XML-001..004: `xmlDecode:v1` (dsl.md §5.3). */
import { isMap, isScalar } from 'yaml';
import { child, pairOf } from '../../../yaml-nodes';
import type { Rule } from '../../rule';
import { DOT_PATH, IDENT, describe, keyAt, valueAt } from './util';

/** TASK-XML-001..004 over every xmlDecode:v1 task; pure. */
export const taskXmlRule: Rule = {
  name: 'task-xml',
  codes: ['TASK-XML-001', 'TASK-XML-002', 'TASK-XML-003', 'TASK-XML-004'],
  perState: true,
  check(ctx) {
    for (const s of ctx.model.states) {
      if (s.task?.kind?.value !== 'xmlDecode:v1') continue;
      const t = s.task.node;
      const base = s.task.path;
      const src = child(t, 'sourceVar');
      if (!(isScalar(src) && typeof src.value === 'string' && IDENT.test(src.value))) {
        const at = pairOf(t, 'sourceVar') ? valueAt(t, 'sourceVar', base) : keyAt(t, 'kind', base);
        ctx.add(
          'TASK-XML-001',
          'error',
          `'sourceVar' must name the context field holding the XML (an identifier), not ${describe(src)}`,
          at,
        );
      }
      const target = child(t, 'target');
      let kind = 'context';
      if (pairOf(t, 'target')) {
        if (!isMap(target)) {
          ctx.add(
            'TASK-XML-002',
            'error',
            `'target' must be a mapping {kind, path}`,
            valueAt(t, 'target', base),
          );
        } else {
          const k = child(target, 'kind');
          if (k !== undefined) {
            kind = isScalar(k) ? String(k.value) : '';
            if (kind !== 'context' && kind !== 'var') {
              ctx.add(
                'TASK-XML-002',
                'error',
                `'target.kind' must be context or var, not ${describe(k)}`,
                valueAt(target, 'kind', `${base}.target`),
              );
            }
          }
          const p = child(target, 'path');
          if (
            pairOf(target, 'path') &&
            !(isScalar(p) && typeof p.value === 'string' && DOT_PATH.test(p.value))
          ) {
            ctx.add(
              'TASK-XML-002',
              'error',
              `'target.path' must be a dot-path (a.b.c, no indexing), not ${describe(p)}`,
              valueAt(target, 'path', `${base}.target`),
            );
          }
          if (kind === 'var' && pairOf(target, 'path')) {
            ctx.add(
              'TASK-XML-004',
              'warning',
              `'target.path' is ignored with 'target.kind: var' (the result goes to resultVar)`,
              keyAt(target, 'path', `${base}.target`),
            );
          }
        }
      }
      const rv = child(t, 'resultVar');
      if (
        kind === 'var' &&
        !(isScalar(rv) && typeof rv.value === 'string' && IDENT.test(rv.value))
      ) {
        const at = pairOf(t, 'resultVar')
          ? valueAt(t, 'resultVar', base)
          : keyAt(target, 'kind', `${base}.target`);
        ctx.add(
          'TASK-XML-003',
          'error',
          `'target.kind: var' needs 'resultVar' (an identifier)${rv === undefined ? '' : `, not ${describe(rv)}`}`,
          at,
        );
      }
      if (kind === 'context' && pairOf(t, 'resultVar')) {
        ctx.add(
          'TASK-XML-004',
          'warning',
          `'resultVar' is ignored with target.kind context; set 'target.kind: var' to use it`,
          keyAt(t, 'resultVar', base),
        );
      }
    }
  },
};
