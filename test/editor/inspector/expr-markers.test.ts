import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as MonacoNs from 'monaco-editor';
import { valueToSourceMapper } from '../../../src/core/scalar-offsets';
import { analyzeForEditor } from '../../../src/editor/analysis';
import { predicateOf, siteOf } from '../../../src/editor/inspector/expression-actions';
import { exprMarkers, shownExpr } from '../../../src/editor/inspector/expr-markers';
import { createEditorStore } from '../../../src/editor/store/editor-store';
import { EXAMPLES_DIR } from '../../support/corpus';

const PAR = join(EXAMPLES_DIR, 'technical/payment-reminder-with-timeout/payment-reminder-with-timeout.journey.yaml');
const ROUTE = 'waitOrTimeout/waitBranch/routeWaitForPayment';
const original = readFileSync(PAR, 'utf8');
const PREDICATE = '|\n                          context.payload.paymentStatus == "PAID"\n';
const BODY = ' '.repeat(26);

/** The real journey with its choice predicate's scalar written as `scalar` (YAML source after `expr: `). */
function withPredicate(scalar: string) {
  const text = original.replace(PREDICATE, scalar);
  expect(text).not.toBe(original);
  const store = createEditorStore({ docId: 'd', fileName: 'x.journey.yaml', text });
  const target = predicateOf(store, ROUTE, 0);
  const site = target && siteOf(store, target);
  if (!site?.exprNode) throw new Error('no predicate site');
  const { diagnostics } = analyzeForEditor(text, 'x.journey.yaml');
  const shown = shownExpr(site.expr);
  const markers = exprMarkers(text, { expr: site.expr, exprNode: site.exprNode }, diagnostics);
  return { text, site: { expr: site.expr, exprNode: site.exprNode }, shown, markers };
}

/** The characters of `shown` under marker `m`: what the small editor squiggles. */
function under(shown: string, m: MonacoNs.editor.IMarkerData): string {
  const offset = (line: number, column: number) => shown.split('\n').slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1;
  return shown.slice(offset(m.startLineNumber, m.startColumn), offset(m.endLineNumber, m.endColumn));
}

const UNKNOWN = "Unknown variable 'ctx'";

describe('expression diagnostics as markers of the inspector field', () => {
  it('a plain scalar: the marker sits on the unknown variable', () => {
    const { shown, markers } = withPredicate('ctx.payload.paymentStatus == 1\n');
    expect(shown).toBe('ctx.payload.paymentStatus == 1');
    expect(markers).toHaveLength(1);
    expect(markers[0]).toMatchObject({ severity: 8, code: 'EXPR-007', startLineNumber: 1, startColumn: 1, endLineNumber: 1, endColumn: 4 });
    expect(markers[0].message).toContain(UNKNOWN);
    expect(under(shown, markers[0])).toBe('ctx');
  });

  it("a single-quoted scalar: quotes and '' escapes before the problem do not shift it", () => {
    const { shown, markers } = withPredicate("'context.payload.paymentStatus == ''PAID'' and ctx.ok'\n");
    expect(shown).toBe("context.payload.paymentStatus == 'PAID' and ctx.ok");
    expect(markers).toHaveLength(1);
    expect(under(shown, markers[0])).toBe('ctx');
    expect(markers[0]).toMatchObject({ startLineNumber: 1, startColumn: shown.indexOf('ctx') + 1 });
  });

  it('a | block scalar: the body indentation is not counted, lines are the block lines', () => {
    const { shown, markers } = withPredicate(`|\n${BODY}context.payload.paymentStatus == "PAID"\n${BODY}  and ctx.ok\n`);
    expect(shown).toBe('context.payload.paymentStatus == "PAID"\n  and ctx.ok');
    expect(markers).toHaveLength(1);
    expect(markers[0]).toMatchObject({ startLineNumber: 2, startColumn: 7, endLineNumber: 2, endColumn: 10 });
    expect(under(shown, markers[0])).toBe('ctx');
  });

  it('a >- folded block scalar: folded lines are one line in the field', () => {
    const { shown, markers } = withPredicate(`>-\n${BODY}context.payload.paymentStatus == "PAID"\n${BODY}and ctx.ok\n`);
    expect(shown).toBe('context.payload.paymentStatus == "PAID" and ctx.ok');
    expect(markers).toHaveLength(1);
    expect(markers[0]).toMatchObject({ startLineNumber: 1, endLineNumber: 1 });
    expect(under(shown, markers[0])).toBe('ctx');
  });

  it('an unclosed parenthesis: a one-character marker at the end of the expression; fixed, no marker', () => {
    const { shown, markers } = withPredicate(`|\n${BODY}context.payload.paymentStatus == ("PAID"\n`);
    expect(markers).toHaveLength(1);
    expect(markers[0]).toMatchObject({ severity: 8, code: 'DW_PARSE_ERROR', startLineNumber: 1, startColumn: shown.length + 1, endColumn: shown.length + 2 });
    expect(withPredicate(`|\n${BODY}context.payload.paymentStatus == ("PAID")\n`).markers).toEqual([]);
  });

  it('only problems inside the scalar count; a span over the whole scalar covers the whole expression; severities map as in the code pane', () => {
    const { text, site, shown } = withPredicate(`|\n${BODY}context.payload.paymentStatus == "PAID"\n${BODY}  and context.ok\n`);
    const [start, , end] = site.exprNode.range!;
    const at = (span: { start: number; end: number }, severity: 'error' | 'warning' | 'info') => ({ code: 'X', message: 'm', severity, span });
    const markers = exprMarkers(text, site, [
      at({ start: 0, end: 10 }, 'error'),
      at({ start, end }, 'warning'),
      at({ start: start - 1, end }, 'error'),
      at({ start: end - 3, end: end - 2 }, 'info'),
    ]);
    expect(markers.map((m) => m.severity)).toEqual([4, 2]);
    expect(under(shown, markers[0])).toBe(shown);
    expect(under(shown, markers[1])).toBe('o');
  });

  it('any range of the value, mapped into the file by the core, comes back to the same characters', () => {
    const styles = [
      "'context.a == ''x'' and ''y'' != context.b'\n",
      '"context.a == \\"x\\" and context.b"\n',
      `|\n${BODY}context.a == "x"\n\n${BODY}  or context.b\n`,
      `>-\n${BODY}context.a == "x"\n${BODY}or context.b\n`,
      'context.a == 1 or context.b\n',
    ];
    for (const style of styles) {
      const { text, site, shown } = withPredicate(style);
      const toSource = valueToSourceMapper(site.exprNode, text);
      fc.assert(
        fc.property(fc.nat(shown.length), fc.nat(shown.length), (x, y) => {
          const [a, b] = x <= y ? [x, y] : [y, x];
          const [m] = exprMarkers(text, site, [{ code: 'X', severity: 'error', message: 'm', span: { start: toSource(a), end: toSource(b) } }]);
          expect(under(shown, m)).toBe(a === b ? shown.slice(a, a + 1) : shown.slice(a, b));
        }),
        { numRuns: 200 },
      );
    }
  });
});
