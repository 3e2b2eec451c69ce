/**
 * EXPR-003: no `exprRef` (expressions are inline, ADR-0015); EXPR-004: no
 * DataWeave module imports; EXPR-005: `jolt` is not a predicate engine
 * (ADR-0027); EXPR-006: a predicate that is statically not a boolean.
 */
import { entries, items, joinPath, keySpan, type AnyNode } from '../../../yaml-nodes';
import { specRoots, type Rule, type RuleContext } from '../../rule';

const NON_BOOLEAN_LITERAL = /^\s*(-?\d+(\.\d+)?|"[^"]*"|'[^']*'|\{[\s\S]*\}|\[[\s\S]*\]|null)\s*$/;

function findExprRefs(ctx: RuleContext, node: AnyNode, path: string, skip?: ReadonlySet<unknown>, depth = 0): void {
  if (node == null || depth > 200 || skip?.has(node)) return;
  for (const e of entries(node)) {
    const here = joinPath(path, e.key);
    if (e.key === 'exprRef') {
      ctx.add('EXPR-003', 'error', "'exprRef' is not supported: write the expression inline as 'expr' (ADR-0015)", {
        span: keySpan(node, e.key),
        path: here,
      });
    }
    findExprRefs(ctx, e.value, here, skip, depth + 1);
  }
  items(node).forEach((item, i) => findExprRefs(ctx, item, joinPath(path, i), skip, depth + 1));
}

export const expressionSourcesRule: Rule = {
  name: 'expression-sources',
  codes: ['EXPR-003', 'EXPR-004', 'EXPR-005', 'EXPR-006'],
  perState: true,
  check(ctx) {
    for (const root of specRoots(ctx)) findExprRefs(ctx, root.node, root.path, root.skip, root.keys.length);
    for (const c of ctx.compiled) {
      const site = c.site;
      const lang = site.lang?.value ?? 'dataweave';
      const at = { span: site.lang?.span ?? site.span, path: site.path };
      if (lang === 'dataweave') {
        const m = /^\s*import\s+[\w:*{}, ]+\s+from\b|^\s*import\s+\w+(::\w+)+/m.exec(site.expr);
        if (m) {
          const start = c.toSource(m.index + (m[0].length - m[0].trimStart().length));
          ctx.add('EXPR-004', 'error', 'DataWeave expressions cannot import external modules (ADR-0015): inline the function', {
            span: { start, end: c.toSource(m.index + m[0].length) },
            path: `${site.path}.expr`,
          });
        }
      }
      if (!site.path.endsWith('predicate')) continue;
      if (lang === 'jolt') ctx.add('EXPR-005', 'error', "'jolt' cannot evaluate predicates: use dataweave or jsonata", at);
      // Choice predicates have their own check (CHOICE-003); this covers the other predicate sites.
      if (site.state?.type !== 'choice' && NON_BOOLEAN_LITERAL.test(site.expr)) {
        ctx.add('EXPR-006', 'error', `This predicate is always '${site.expr.trim().slice(0, 30)}', not a boolean`, {
          span: { start: c.toSource(0), end: c.toSource(site.expr.length) },
          path: `${site.path}.expr`,
        });
      }
    }
  },
};
