/**
 * EXPR-001 (every `expr` has a `lang`) and EXPR-002 (`lang` names an engine
 * Journey Studio has: `dataweave`, `jsonata`). A `lang` without an engine is a
 * diagnostic, never a crash; its expression is not checked further.
 */
import { isMap, type YAMLMap } from 'yaml';
import type { Rule } from '../../rule';
import { pairOf, spanOf } from '../../../yaml-nodes';
import { defaultLanguages, DSL_LANGS } from '../../../../expr/registry';

const AVAILABLE = [...defaultLanguages().keys()];

/** The closest available engine id to a misspelt one. */
function suggestion(value: string): string | undefined {
  const v = value.toLowerCase().replace(/[^a-z]/g, '');
  if (v === 'dw' || v.startsWith('datawe') || v === 'dwl') return 'dataweave';
  if (v.startsWith('jsonat') || v === 'jsonnata') return 'jsonata';
  return AVAILABLE.find((a) => a === v);
}

/** EXPR-001 (missing lang) and EXPR-002 (lang without an engine). */
export const expressionLangRule: Rule = {
  name: 'expression-lang',
  codes: ['EXPR-001', 'EXPR-002'],
  perState: true,
  check(ctx) {
    for (const c of ctx.compiled) {
      const site = c.site;
      if (!site.lang) {
        const exprPair = pairOf(site.node, 'expr');
        const key = spanOf(exprPair?.key, site.span);
        const flow = isMap(site.node) && (site.node as YAMLMap).flow;
        const lineStart = ctx.source.text.lastIndexOf('\n', key.start - 1) + 1;
        const indent = ctx.source.text.slice(lineStart, key.start);
        const text = flow || !/^[ \t-]*$/.test(indent) ? 'lang: dataweave, ' : `lang: dataweave\n${indent.replace(/-/g, ' ')}`;
        ctx.add(
          'EXPR-001',
          'error',
          "This expression has no 'lang'; the DSL has no default engine (Journey Studio reads it as DataWeave)",
          { span: key, path: `${site.path}.expr` },
          { fix: { title: "Add 'lang: dataweave'", edits: [{ span: { start: key.start, end: key.start }, text: flow ? 'lang: dataweave, ' : text }] } },
        );
        continue;
      }
      if (c.language) continue;
      const value = site.lang.value;
      const known = (DSL_LANGS as readonly string[]).includes(value);
      const guess = known ? undefined : suggestion(value);
      const message = known
        ? `The '${value}' engine is a JourneyForge engine id, but Journey Studio has no '${value}' evaluator (available: ${AVAILABLE.join(', ')}); this expression is neither checked nor simulated`
        : `Unknown expression engine '${value}' (available: ${AVAILABLE.join(', ')})`;
      ctx.add(
        'EXPR-002',
        'error',
        message,
        { span: site.lang.span, path: site.lang.path },
        guess ? { fix: { title: `Use '${guess}'`, edits: [{ span: site.lang.span, text: guess }] } } : undefined,
      );
    }
  },
};
