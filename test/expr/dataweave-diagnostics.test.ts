import { describe, expect, it } from 'vitest';
import { compileDataWeave } from '../../src/expr/dataweave/language';
import type { ExprDiagnostic } from '../../src/expr/types';
import { dw } from './helpers';

/** The code and the exact text a diagnostic points at. */
function at(src: string, d: ExprDiagnostic | undefined) {
  return d && { code: d.code, severity: d.severity, text: src.slice(d.start, d.end) };
}

function first(src: string) {
  return at(src, compileDataWeave(src).diagnostics[0]);
}

/** Applies an expression-level fix. */
function fixed(src: string): string {
  const edits = compileDataWeave(src).diagnostics.flatMap((d) => d.fix?.edits ?? []).sort((a, b) => b.start - a.start);
  return edits.reduce((s, e) => s.slice(0, e.start) + e.text + s.slice(e.end), src);
}

describe('DataWeave compile diagnostics', () => {
  it('points syntax errors at the offending token', () => {
    expect(first('context.a ++ ')).toEqual({ code: 'DW_PARSE_ERROR', severity: 'error', text: '' });
    expect(first('{ a: 1 b: 2 }')).toEqual({ code: 'DW_PARSE_ERROR', severity: 'error', text: 'b' });
    expect(first('if (x) 1')).toEqual({ code: 'DW_PARSE_ERROR', severity: 'error', text: '' });
    expect(first('"unterminated')).toEqual({ code: 'DW_PARSE_ERROR', severity: 'error', text: '"unterminated' });
    expect(first('|2026-02-30|')).toEqual({ code: 'DW_PARSE_ERROR', severity: 'error', text: '|2026-02-30|' });
  });

  it('marks syntax outside the subset as DW_UNSUPPORTED_SYNTAX at its spot', () => {
    expect(first('context.code matches /^[A-Z]+$/')).toEqual({ code: 'DW_UNSUPPORTED_SYNTAX', severity: 'error', text: '/^[A-Z]+$/' });
    expect(first('context.n as String {format: "#.##%"}')).toEqual({ code: 'DW_UNSUPPORTED_SYNTAX', severity: 'error', text: 'format: "#.##%"' });
    expect(first('now() as String {format: "QQQ yyyy"}')).toEqual({ code: 'DW_UNSUPPORTED_SYNTAX', severity: 'error', text: 'format: "QQQ yyyy"' });
    expect(first('now() as String {locale: "fr"}')).toEqual({ code: 'DW_UNSUPPORTED_SYNTAX', severity: 'error', text: 'locale: "fr"' });
    expect(first('payload.root.@id')).toEqual({ code: 'DW_UNSUPPORTED_SYNTAX', severity: 'error', text: '.@' });
    expect(first('unless (true) 1 otherwise 2')).toEqual({ code: 'DW_UNSUPPORTED_SYNTAX', severity: 'error', text: 'unless' });
    expect(first('1 as Money')).toEqual({ code: 'DW_UNSUPPORTED_SYNTAX', severity: 'error', text: 'Money' });
  });

  it('forbids importing modules (EXPR-004) and unknown functions', () => {
    expect(first('%dw 2.0\nimport modules::Common\n---\n1')).toEqual({ code: 'EXPR-004', severity: 'error', text: 'import' });
    expect(first('{ a: frobnicate(1) }')).toEqual({ code: 'DW_UNKNOWN_FUNCTION', severity: 'error', text: 'frobnicate' });
    expect(first('$.a')).toEqual({ code: 'DW_UNKNOWN_VARIABLE', severity: 'error', text: '$' });
  });

  it('accepts the dialect forms with warnings whose fixes give canonical DataWeave', () => {
    const d06 = 'if (context.n > 0) then "pos" else "neg"';
    expect(first(d06)).toEqual({ code: 'D06', severity: 'warning', text: 'then' });
    expect(fixed(d06)).toBe('if (context.n > 0) "pos" else "neg"');

    const d07 = 'do {\n  var n = context.n\n  n + 1\n}';
    expect(first(d07)).toEqual({ code: 'D07', severity: 'warning', text: 'n' });
    expect(fixed(d07)).toBe('do {\n  var n = context.n\n  ---\n  n + 1\n}');

    const d08 = 'context.n default: 0';
    expect(first(d08)).toEqual({ code: 'D08', severity: 'warning', text: 'default:' });
    expect(fixed(d08)).toBe('context.n default 0');

    for (const src of [d06, d07, d08]) {
      expect(compileDataWeave(fixed(src)).diagnostics).toEqual([]);
      expect(dw(fixed(src), { context: { n: 2 } })).toEqual(dw(src, { context: { n: 2 } }));
    }
  });

  it('lists free roots with their static member path', () => {
    const r = compileDataWeave('do { var x = context.a.b[0].c\n---\n x ++ payload.p ++ (branches.left.result default "") ++ [1] map $ }');
    expect(r.freeRoots.map((f) => [f.name, f.members])).toEqual([
      ['context', ['a', 'b']],
      ['payload', ['p']],
      ['branches', ['left', 'result']],
    ]);
  });

  it('knows when a result is statically not a Boolean', () => {
    expect(compileDataWeave('context.a == 1 and context.b').resultType).toBe('boolean');
    expect(compileDataWeave('{ a: 1 }').resultType).toBe('object');
    expect(compileDataWeave('if (context.x) "a" else "b"').resultType).toBe('string');
    expect(compileDataWeave('context.flag').resultType).toBeUndefined();
  });
});
