import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Diagnostic, Fix } from '../../src/core/diagnostics';
import { LineIndex } from '../../src/core/line-index';
import { exprRules } from '../../src/core/validate/rules/expr/index';
import { analyze } from '../../src/core/validate/validate';
import { dw, exampleFiles } from './helpers';

const FIXTURE = new URL('./fixtures/expression-problems.journey.yaml', import.meta.url);
const EXPR_CODES = /^(EXPR-|DW_|JN_)/;

function check(text: string, file = 'journey.yaml'): Diagnostic[] {
  return analyze(text, file, { rules: exprRules }).diagnostics.filter((d) => EXPR_CODES.test(d.code));
}

function located(text: string, list: Diagnostic[]) {
  const li = new LineIndex(text);
  return list.map((d) => ({ code: d.code, severity: d.severity, ...li.positionAt(d.span.start), text: text.slice(d.span.start, d.span.end) }));
}

/** Applies fixes (non-overlapping) to the text, last edit first. */
function applyFixes(text: string, fixes: Fix[]): string {
  const edits = fixes.flatMap((f) => f.edits).sort((a, b) => b.span.start - a.span.start);
  let out = text;
  for (const e of edits) out = out.slice(0, e.span.start) + e.text + out.slice(e.span.end);
  return out;
}

describe('expression rules on a journey with problems', () => {
  const text = readFileSync(FIXTURE, 'utf8');
  const found = located(text, check(text));

  it('reports each problem with its rule id at the exact line and column, inside block scalars too', () => {
    expect(found).toEqual([
      { code: 'EXPR-007', severity: 'warning', line: 25, column: 17, text: 'lookup' },
      { code: 'EXPR-007', severity: 'error', line: 26, column: 23, text: 'custmer' },
      { code: 'DW_PARSE_ERROR', severity: 'error', line: 31, column: 46, text: '' },
      { code: 'EXPR-002', severity: 'error', line: 35, column: 21, text: 'jq' },
      { code: 'EXPR-002', severity: 'error', line: 40, column: 21, text: 'dw' },
      { code: 'EXPR-001', severity: 'error', line: 45, column: 15, text: 'expr' },
      { code: 'JN_PARSE_ERROR', severity: 'error', line: 50, column: 39, text: '' },
      { code: 'EXPR-007', severity: 'warning', line: 60, column: 30, text: 'lookup' },
      { code: 'EXPR-009', severity: 'warning', line: 60, column: 56, text: 'then' },
      { code: 'EXPR-009', severity: 'warning', line: 61, column: 15, text: 'context' },
      { code: 'EXPR-009', severity: 'warning', line: 61, column: 59, text: 'default:' },
      { code: 'DW_UNSUPPORTED_SYNTAX', severity: 'error', line: 71, column: 39, text: '/^[A-Z]+$/' },
      { code: 'EXPR-006', severity: 'error', line: 81, column: 22, text: '"yes" ++ context.answer' },
      { code: 'EXPR-010', severity: 'warning', line: 86, column: 21, text: 'error' },
    ]);
  });

  it('names the engines Journey Studio has when a lang is not available', () => {
    const jq = check(text).find((d) => d.code === 'EXPR-002' && d.message.includes("'jq'"));
    expect(jq?.message).toMatch(/available: dataweave, jsonata/);
  });

  it('fixes the dialect forms, the typo in lang, the missing lang and the bare result variables', () => {
    const fixes = check(text)
      .filter((d) => d.fix)
      .map((d) => d.fix as Fix);
    expect(fixes.map((f) => f.title)).toEqual([
      "Write 'context.lookup'",
      "Use 'dataweave'",
      "Add 'lang: dataweave'",
      "Write 'context.lookup'",
      "Remove 'then'",
      "Insert '---' before the body",
      "Remove the ':' after 'default'",
    ]);
    const fixed = applyFixes(text, fixes);
    const after = located(fixed, check(fixed));
    expect(after.map((d) => d.code)).toEqual([
      'EXPR-007',
      'DW_PARSE_ERROR',
      'EXPR-002',
      'JN_PARSE_ERROR',
      'DW_UNSUPPORTED_SYNTAX',
      'EXPR-006',
      'EXPR-010',
    ]);
    expect(fixed).toContain('              lang: dataweave\n              expr: context.flag == true');
    expect(fixed).toContain('              ---\n              context ++ { tier: tier, name: context.name default "anon" }');
    expect(fixed).toContain('var tier = if (context.lookup.body.points > 100) "GOLD" else "SILVER"');
  });

  it('the fixed transform means what the dialect one meant', () => {
    const body = (t: string) => {
      const m = /expr: \|\n((?: {12}.*\n)+)/.exec(t.slice(t.indexOf('    gold:')));
      return (m?.[1] ?? '').replace(/^ {12}/gm, '');
    };
    const fixed = applyFixes(text, check(text).flatMap((d) => (d.fix ? [d.fix] : [])));
    const bindings = { context: { lookup: { body: { points: 150 } } } };
    expect(dw(body(text), bindings)).toEqual({ lookup: { body: { points: 150 } }, tier: 'GOLD', name: 'anon' });
    expect(dw(body(fixed), bindings)).toEqual(dw(body(text), bindings));
  });
});

describe('expression rules on the 46 examples', () => {
  it('find no expression errors, and their fixes leave no expression warnings', () => {
    const errors: string[] = [];
    const counts: Record<string, number> = {};
    for (const f of exampleFiles()) {
      const text = readFileSync(f, 'utf8');
      const list = check(text, f);
      for (const d of list) {
        if (d.severity === 'error') errors.push(`${f}: ${d.code} ${d.message}`);
        counts[d.code] = (counts[d.code] ?? 0) + 1;
        expect(d.fix, `${d.code} in ${f} has a fix`).toBeDefined();
      }
      if (!list.length) continue;
      const fixed = applyFixes(text, list.map((d) => d.fix as Fix));
      expect(check(fixed, f).map((d) => `${d.code} ${d.message}`), f).toEqual([]);
    }
    expect(errors).toEqual([]);
    // D06–D08 and the D09 bare result variables (dsl-rules.md §4).
    expect(counts).toEqual({ 'EXPR-009': 18, 'EXPR-007': 39 });
  });
});
