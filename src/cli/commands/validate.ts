/** `journey-studio validate <paths...> [--format text|json|sarif] [--style] [--engine <profile>]`. */
import { hasErrors, locate, sortDiagnostics } from '../../core/diagnostics';
import { previewDiagnostics } from '../../core/auth/preview-diagnostics';
import { engineProfileProblemMessage, parseEngineProfile, type EngineProfile } from '../../core/engine-profile';
import { analyze, visibleDiagnostics } from '../../core/validate/validate';
import { formatOf, parseCommandArgs } from '../args';
import { openApiFiles } from '../openapi-resolver';
import { formatJson, formatText, type FileReport } from '../format/diagnostics-text';
import { formatSarif } from '../format/sarif';
import { EXIT, UsageError, type CliIO } from '../io';
import { CLI_VERSION } from '../version';

export const validateHelp = `Usage: journey-studio validate <paths...> [--format text|json|sarif] [--style] [--engine <profile>]

Parses, validates and lints journey files (*.journey.yaml|yml|json); a directory
means every journey file below it.
  --format   text (default), json (stable, for tools) or sarif
  --style    also list style findings (info)
  --engine   an engine profile (YAML/JSON: engine: { name, supports, plugins }):
             warn about constructs that engine build does not support
             (TOP-021, COMP-006); see schema/engine-profile.schema.json
Exit codes: 0 no errors (warnings allowed), 1 any error, 2 bad usage, unreadable
file or malformed engine profile.
`;

/** Validates every named journey; exit 1 on any error. */
export async function validateCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    format: { type: 'string', short: 'f' },
    style: { type: 'boolean' },
    engine: { type: 'string' },
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
  let engine: EngineProfile | undefined;
  if (typeof values.engine === 'string') {
    const loaded = await loadEngineProfile(values.engine, io);
    if (!loaded) return EXIT.usage;
    engine = loaded;
  }
  const reports: FileReport[] = [];
  // OpenAPI documents of spec.apis (CAT-003/004), found beside or above each journey; cached for the run.
  const openApi = openApiFiles(io.cwd);
  // One unreadable file is said and makes the exit code 2; the other files are still checked and reported.
  let unreadable = false;
  for (const file of files) {
    let text: string;
    try {
      text = await io.readFile(file);
    } catch (err) {
      io.stderr(`journey-studio: cannot read '${file}': ${(err as Error).message}\n`);
      unreadable = true;
      continue;
    }
    const analysis = analyze(text, file, { openApi: openApi.forJourney(file), engine });
    // AUTHLINT-006 needs the auth preview (it evaluates predicates), which is async, so it is added here.
    const extra = hasErrors(analysis.diagnostics) || !analysis.source.root ? [] : await previewDiagnostics(analysis.model).catch(() => []);
    const all = extra.length ? sortDiagnostics([...analysis.diagnostics, ...extra]) : analysis.diagnostics;
    const shown = visibleDiagnostics(all, Boolean(values.style));
    reports.push({ file, diagnostics: shown.map((d) => locate(d, analysis.source.lines)) });
  }
  if (format === 'json') io.stdout(formatJson(reports));
  else if (format === 'sarif') io.stdout(formatSarif(reports, CLI_VERSION));
  else io.stdout(formatText(reports, io.color));
  if (unreadable) return EXIT.usage;
  return reports.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? EXIT.failed : EXIT.ok;
}

/** Reads and checks `--engine`; undefined (after saying why on stderr) when it is unreadable or malformed. */
async function loadEngineProfile(file: string, io: CliIO): Promise<EngineProfile | undefined> {
  let text: string;
  try {
    text = await io.readFile(file);
  } catch (err) {
    io.stderr(`journey-studio: cannot read engine profile '${file}': ${(err as Error).message}\n`);
    return undefined;
  }
  const checked = parseEngineProfile(text);
  if (!checked.profile) {
    io.stderr(`journey-studio: ${engineProfileProblemMessage(file, text, checked.diagnostics)}\n`);
    return undefined;
  }
  return checked.profile;
}
