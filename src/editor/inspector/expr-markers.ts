/**
 * Diagnostics of a whole file as markers of one expression's own editor: a
 * file offset becomes a line/column inside the expression text (block
 * scalars lose their indentation, quoted ones their quotes and escapes). Pure.
 */
import type * as MonacoNs from 'monaco-editor';
import type { Scalar } from 'yaml';
import type { Severity, Span } from '../../core/diagnostics';
import type { ExprSite } from '../../core/model/types';
import { valueToSourceMapper } from '../../core/scalar-offsets';
import { markerData } from '../panels/marker-data';

/** What a marker needs of a diagnostic. */
export interface SpannedDiagnostic {
  code: string;
  severity: Severity;
  message: string;
  span: Span;
}

/** The text an expression editor shows: the value without a block scalar's final line break. */
export function shownExpr(expr: string): string {
  return expr.replace(/\n$/, '');
}

/**
 * Markers, in `shownExpr(site.expr)` coordinates, of the diagnostics lying
 * inside the site's scalar. `text` is the file `site` was read from.
 */
export function exprMarkers(
  text: string,
  site: Pick<ExprSite, 'expr'> & { exprNode: Scalar },
  diagnostics: readonly SpannedDiagnostic[],
): MonacoNs.editor.IMarkerData[] {
  const range = site.exprNode.range;
  if (!range) return [];
  const shown = shownExpr(site.expr);
  const toValue = sourceToValue(valueToSourceMapper(site.exprNode, text), site.expr.length);
  return diagnostics
    .filter((d) => d.span.start >= range[0] && d.span.end <= range[1])
    .map((d) => {
      const start = Math.min(shown.length, toValue(d.span.start));
      const end = Math.max(start, Math.min(shown.length, toValue(d.span.end)));
      const a = position(shown, start);
      const b = position(shown, end);
      return markerData(d, { startLineNumber: a.line, startColumn: a.column, endLineNumber: b.line, endColumn: b.column });
    });
}

/**
 * Inverts the core's value→source map (strictly increasing) by binary search:
 * the smallest value offset at or after `source`. Expression diagnostics are
 * made through that same map, so their value offsets come back exactly;
 * offsets on quotes or a block header clamp to the ends.
 */
function sourceToValue(toSource: (offset: number) => number, length: number): (source: number) => number {
  return (source) => {
    let lo = 0;
    let hi = length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (toSource(mid) < source) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/** 1-based line and column of `offset` in `text`. */
function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
