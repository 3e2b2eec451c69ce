/**
 * EXPR-009 and the engines' own codes: every expression compiles; syntax and
 * static errors keep their engine code (`DW_*`, `JN_*`, EXPR-004), and the
 * dialect forms D06/D07/D08 are EXPR-009 warnings with a fix to canonical
 * DataWeave (dsl-rules.md policy 1). Spans point into the YAML file, inside
 * block scalars too.
 */
import type { Rule } from '../../rule';
import { mapFix, mapSpan } from './map-fix';
import { lookupTable } from '../../../own-property';

/** The import forms expr-static/expression-sources.ts already reports as EXPR-004 (reported once). */
const IMPORT_REPORTED_ELSEWHERE = /^\s*import\s+[\w:*{}, ]+\s+from\b|^\s*import\s+\w+(::\w+)+/m;

const DIALECT: Readonly<Record<string, string>> = lookupTable({
  D06: "dialect D06 ('then' in if/else)",
  D07: "dialect D07 ('do' without '---')",
  D08: "dialect D08 ('default:' with a colon)",
});

/** Reports every compile diagnostic of every expression at its file position. */
export const expressionSyntaxRule: Rule = {
  name: 'expression-syntax',
  codes: [
    'EXPR-009',
    'EXPR-004',
    'DW_PARSE_ERROR',
    'DW_UNSUPPORTED_SYNTAX',
    'DW_UNKNOWN_FUNCTION',
    'DW_UNKNOWN_VARIABLE',
    'DW_ENGINE_INTERNAL_ERROR',
    'JN_PARSE_ERROR',
    'JN_ENGINE_INTERNAL_ERROR',
  ],
  perState: true,
  check(ctx) {
    for (const c of ctx.compiled) {
      if (!c.result) continue;
      const lang = c.language?.id ?? 'expression';
      for (const d of c.result.diagnostics) {
        if (d.code === 'EXPR-004' && IMPORT_REPORTED_ELSEWHERE.test(c.site.expr)) continue;
        const span = mapSpan(c, d.start, d.end);
        const at = { span, path: `${c.site.path}.expr` };
        const fix = d.fix ? mapFix(c, ctx.source.text, d.fix) : undefined;
        const dialect = DIALECT[d.code];
        if (dialect) {
          ctx.add('EXPR-009', 'warning', `${d.message} — accepted as ${dialect}`, at, fix ? { fix } : undefined);
          continue;
        }
        const prefix = d.code.startsWith('EXPR-') ? '' : `${lang === 'dataweave' ? 'DataWeave' : lang === 'jsonata' ? 'JSONata' : lang}: `;
        ctx.add(d.code, d.severity, `${prefix}${d.message}`, at, fix ? { fix } : undefined);
      }
    }
  },
};
