/** Human-readable diagnostics: `file:line:col severity code message`, grouped by file, with a summary. */
import type { LocatedDiagnostic } from '../../core/diagnostics';

export interface FileReport {
  file: string;
  diagnostics: LocatedDiagnostic[];
}

const colours = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m', dim: '\x1b[2m', reset: '\x1b[0m' };

/** Formats reports for a terminal (colours only when asked). */
export function formatText(reports: readonly FileReport[], color: boolean): string {
  const paint = (key: keyof typeof colours, text: string) => (color ? `${colours[key]}${text}${colours.reset}` : text);
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const report of reports) {
    for (const d of report.diagnostics) {
      if (d.severity === 'error') errors++;
      if (d.severity === 'warning') warnings++;
      const fix = d.fix ? paint('dim', ` (fix: ${d.fix.title})`) : '';
      lines.push(`${report.file}:${d.line}:${d.column} ${paint(d.severity, d.severity)} ${d.code} ${d.message}${fix}`);
    }
  }
  const files = reports.length;
  lines.push(`${files} file${files === 1 ? '' : 's'} checked: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`);
  return lines.join('\n') + '\n';
}

/** The stable JSON form of CONTRACTS.md §1. */
export function formatJson(reports: readonly FileReport[]): string {
  return (
    JSON.stringify(
      reports.map((r) => ({
        file: r.file,
        diagnostics: r.diagnostics.map((d) => ({
          code: d.code,
          severity: d.severity,
          message: d.message,
          path: d.path,
          line: d.line,
          column: d.column,
          endLine: d.endLine,
          endColumn: d.endColumn,
          ...(d.fix ? { fix: d.fix } : {}),
        })),
      })),
      null,
      2,
    ) + '\n'
  );
}
