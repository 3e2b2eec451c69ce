/**
 * EXPR-010 and EXPR-011: `error` read outside error-handling sites, and bare
 * `payload` in choice predicates and transforms, where a step submission is
 * only in `context.payload` (dsl.md §10.2, §12). Both are null there: warnings.
 */
import type { Rule } from '../../rule';
import { mapSpan } from './map-fix';

export const payloadAndErrorRule: Rule = {
  name: 'payload-and-error',
  codes: ['EXPR-010', 'EXPR-011'],
  check(ctx) {
    for (const c of ctx.compiled) {
      const roots = c.result?.freeRoots ?? [];
      const stateType = c.site.state?.type;
      const payloadUnbound = !c.site.bindings.includes('payload') || stateType === 'choice' || stateType === 'transform';
      for (const r of roots) {
        const span = mapSpan(c, r.start, r.end);
        const at = { span, path: `${c.site.path}.expr` };
        if (r.name === 'error' && !c.site.bindings.includes('error')) {
          ctx.add('EXPR-010', 'warning', "'error' is only bound in error mappers and apiResponses rules; here it is null", at);
        } else if (r.name === 'payload' && payloadUnbound && c.site.role !== 'compensation') {
          const dotted = ['payload', ...r.members].join('.');
          ctx.add(
            'EXPR-011',
            'warning',
            `A step submission is read via 'context.payload'; bare '${dotted}' is null in ${stateType === 'choice' ? 'a choice predicate' : stateType === 'transform' ? 'a transform' : 'this expression'}`,
            at,
            { fix: { title: "Write 'context.payload'", edits: [{ span: { start: span.start, end: span.start }, text: 'context.' }] } },
          );
        }
      }
    }
  },
};
