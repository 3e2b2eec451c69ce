/** Diagnostics as Monaco markers: one rule for the code pane, the scenario editor and the inspector's expression fields. Pure. */
import type * as MonacoNs from 'monaco-editor';
import type { LocatedDiagnostic, Severity } from '../../core/diagnostics';

/** `monaco.MarkerSeverity` values, as numbers so pure code need not load Monaco. */
export const MARKER_SEVERITY: Record<Severity, MonacoNs.MarkerSeverity> = { error: 8, warning: 4, info: 2 };

/** A 1-based line/column range, as Monaco counts. */
export interface MarkerRange {
  startLineNumber: number;
  startColumn: number;
  endLineNumber: number;
  endColumn: number;
}

/** The marker of `d` at `r`. */
export function markerData(d: { severity: Severity; message: string; code: string }, r: MarkerRange): MonacoNs.editor.IMarkerData {
  // An empty range draws no squiggle: widen it to one character (Monaco clamps it at a line's end).
  const empty = r.endLineNumber === r.startLineNumber && r.endColumn === r.startColumn;
  return {
    severity: MARKER_SEVERITY[d.severity],
    message: d.message,
    code: d.code,
    ...r,
    endColumn: empty ? r.startColumn + 1 : r.endColumn,
  };
}

/** The marker of a diagnostic already resolved to file lines/columns (the core's `locate`). */
export function locatedMarker(d: LocatedDiagnostic): MonacoNs.editor.IMarkerData {
  return markerData(d, { startLineNumber: d.line, startColumn: d.column, endLineNumber: d.endLine, endColumn: d.endColumn });
}
