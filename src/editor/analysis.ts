/**
 * What the editor needs from one analysis, as plain data (it crosses the
 * worker boundary by structured clone). Pure.
 */
import { locate, type LocatedDiagnostic, type Span } from '../core/diagnostics';
import type { ParseCache } from '../core/incremental-parse';
import type { OpenApiResolver } from '../core/openapi-lookup';
import { analyze } from '../core/validate/validate';
import { toGraphView, type GraphView } from './graph-view';
import { openApiRefsIn } from './files/api-library';

export interface EditorDiagnostic extends LocatedDiagnostic {
  span: Span;
}

export interface EditorAnalysis {
  /** The text this analysis is for; stale results are dropped by comparing it. */
  text: string;
  /** Undefined when the text does not parse: the canvas keeps its last good graph. */
  view: GraphView | undefined;
  diagnostics: EditorDiagnostic[];
  /** Milliseconds spent analysing (shown in the status bar, used by the bench). */
  ms: number;
  /** `[api, openApiRef]` of each API the journey declares (the inspector lists them). */
  apiRefs: [string, string][];
}

/** Analyses journey text for the editor; pure, never throws. */
export function analyzeForEditor(text: string, fileName: string, cache?: ParseCache, openApi?: OpenApiResolver): EditorAnalysis {
  const t0 = performance.now();
  try {
    const a = analyze(text, fileName, { cache, openApi });
    const diagnostics = a.diagnostics.filter((d) => !d.style).map((d) => ({ ...locate(d, a.source.lines), span: d.span }));
    const broken = !a.source.root || a.diagnostics.some((d) => d.severity === 'error' && d.code.startsWith('YAML-'));
    const view = broken ? undefined : toGraphView(a.model, a.source.lines, a.diagnostics);
    return { text, view, diagnostics, ms: performance.now() - t0, apiRefs: [...openApiRefsIn(a.source.root)] };
  } catch (err) {
    // analyze() promises not to throw; if a bug makes it, the editor still shows why.
    const d = { code: 'CORE-001', severity: 'error' as const, message: `Internal error: ${String(err)}`, path: '' };
    return {
      text,
      view: undefined,
      diagnostics: [{ ...d, line: 1, column: 1, endLine: 1, endColumn: 1, span: { start: 0, end: 0 } }],
      ms: performance.now() - t0,
      apiRefs: [],
    };
  }
}
