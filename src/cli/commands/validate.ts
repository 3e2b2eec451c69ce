/** `journey-studio validate <paths...> [--format text|json|sarif] [--style]`. */
import { hasErrors, locate, sortDiagnostics } from '../../core/diagnostics';
import { previewDiagnostics } from '../../core/auth/preview-diagnostics';
import { analyze, visibleDiagnostics } from '../../core/validate/validate';
import { formatOf, parseCommandArgs } from '../args';
import { openApiFiles } from '../openapi-resolver';
import { formatJson, formatText, type FileReport } from '../format/diagnostics-text';
import { formatSarif } from '../format/sarif';
import { EXIT, UsageError, type CliIO } from '../io';
import { CLI_VERSION } from '../version';

export const validateHelp = `Usage: journey-studio validate <paths...> [--format text|json|sarif] [--style]

Parses, validates and lints journey files (*.journey.yaml|yml|json); a directory
means every journey file below it.
  --format   text (default), json (stable, for tools) or sarif
  --style    also list style findings (info)
Exit codes: 0 no errors (warnings allowed), 1 any error, 2 bad usage or unreadable file.
`;

/** Validates every named journey; exit 1 on any error. */
export async function validateCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    format: { type: 'string', short: 'f' },
    style: { type: 'boolean' },
  });
  if (values.help) {
    io.stdout(validateHelp);
    return EXIT.ok;
  }
  const format = formatOf(values.format, ['text', 'json', 'sarif'] as const, 'text');
  if (positionals.length === 0) throw new UsageError('validate needs at least one file or directory');
  const { files, missing } = await io.expandJourneyPaths(positionals);
  if (missing.length > 0) {
    io.stderr(`journey-studio: cannot read ${missing.map((m) => `'${m}'`).join(', ')}\n`);
    return EXIT.usage;
  }
  const reports: FileReport[] = [];
  // OpenAPI documents of spec.apis (CAT-003/004), found beside or above each journey; cached for the run.
  const openApi = openApiFiles(io.cwd);
  for (const file of files) {
    let text: string;
    try {
      text = await io.readFile(file);
    } catch (err) {
      io.stderr(`journey-studio: cannot read '${file}': ${(err as Error).message}\n`);
      return EXIT.usage;
    }
    const analysis = analyze(text, file, { openApi: openApi.forJourney(file) });
    // AUTHLINT-006 needs the auth preview (it evaluates predicates), which is async, so it is added here.
    const extra = hasErrors(analysis.diagnostics) || !analysis.source.root ? [] : await previewDiagnostics(analysis.model).catch(() => []);
    const all = extra.length ? sortDiagnostics([...analysis.diagnostics, ...extra]) : analysis.diagnostics;
    const shown = visibleDiagnostics(all, Boolean(values.style));
    reports.push({ file, diagnostics: shown.map((d) => locate(d, analysis.source.lines)) });
  }
  if (format === 'json') io.stdout(formatJson(reports));
  else if (format === 'sarif') io.stdout(formatSarif(reports, CLI_VERSION));
  else io.stdout(formatText(reports, io.color));
  return reports.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? EXIT.failed : EXIT.ok;
}
