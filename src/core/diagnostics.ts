/** Diagnostics: the one shape every check in the core reports. Pure data. */

export type Severity = 'error' | 'warning' | 'info';

/** Half-open character range [start, end) into the original file text. */
export interface Span {
  start: number;
  end: number;
}

/** A replacement of `span` in the original text with `text`. */
export interface TextEdit {
  span: Span;
  text: string;
}

/** A machine-applicable fix: all edits apply to the same original text. */
export interface Fix {
  title: string;
  edits: TextEdit[];
}

export interface Diagnostic {
  /** Stable rule id (dsl-rules.md id, or our own `YAML-…`, `AUTHLINT-…`). */
  code: string;
  severity: Severity;
  message: string;
  /** Dotted path into the document, e.g. `spec.states.decide.next`. */
  path: string;
  span: Span;
  fix?: Fix;
  /** Other fixes offered beside `fix` (e.g. each state a dangling branch could point to); the first is `fix`. */
  alternatives?: Fix[];
  /** Style-only findings (dsl-rules.md "style"): hidden unless asked for. */
  style?: boolean;
}

/** A diagnostic resolved to 1-based line/column, as CONTRACTS.md §1 prints it. */
export interface LocatedDiagnostic {
  code: string;
  severity: Severity;
  message: string;
  path: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fix?: Fix;
  alternatives?: Fix[];
  style?: boolean;
}

/** Builds a diagnostic; pure. */
export function diag(
  code: string,
  severity: Severity,
  message: string,
  span: Span,
  path = '',
  extra: Partial<Pick<Diagnostic, 'fix' | 'alternatives' | 'style'>> = {},
): Diagnostic {
  return { code, severity, message, path, span, ...extra };
}

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Orders diagnostics by position, then severity, then code; pure. */
export function sortDiagnostics<T extends Diagnostic>(list: readonly T[]): T[] {
  return [...list].sort(
    (a, b) =>
      a.span.start - b.span.start ||
      severityRank[a.severity] - severityRank[b.severity] ||
      a.code.localeCompare(b.code) ||
      // The editor checks states one by one: the order must not depend on the order rules ran in.
      a.span.end - b.span.end ||
      (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
  );
}

/** True when any diagnostic is an error; pure. */
export function hasErrors(list: readonly Diagnostic[]): boolean {
  return list.some((d) => d.severity === 'error');
}

/** Resolves a diagnostic's span to 1-based line/column in its file; pure. */
export function locate(d: Diagnostic, lines: { positionAt(offset: number): { line: number; column: number } }): LocatedDiagnostic {
  const start = lines.positionAt(d.span.start);
  const end = lines.positionAt(d.span.end);
  const located: LocatedDiagnostic = {
    code: d.code,
    severity: d.severity,
    message: d.message,
    path: d.path,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
  };
  if (d.fix) located.fix = d.fix;
  if (d.alternatives?.length) located.alternatives = d.alternatives;
  if (d.style) located.style = true;
  return located;
}
