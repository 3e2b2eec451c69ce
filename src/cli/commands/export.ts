/** `journey-studio export <journey> --to <format> [-o FILE]`. */
import { locate } from '../../core/diagnostics';
import { analyze } from '../../core/validate/validate';
import { EXPORTERS, exporterFor } from '../../core/export/registry';
import { parseCommandArgs } from '../args';
import { EXIT, UsageError, type CliIO } from '../io';

export const exportHelp = () => `Usage: journey-studio export <journey> --to ${EXPORTERS.map((e) => e.id).join('|')} [-o FILE]

Writes the export to stdout, or to FILE with -o.
${EXPORTERS.map((e) => `  ${e.id.padEnd(9)} ${e.title}`).join('\n')}
A journey with errors is still exported as a valid document (a schema that is not valid JSON Schema
is written as an open schema); its errors and what was left out are listed on stderr.
Exit codes: 0 written, 1 the file holds no journey to export, 2 bad usage or unwritable output.
`;

/** Exports one journey in the requested format. */
export async function exportCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    to: { type: 'string', short: 't' },
    output: { type: 'string', short: 'o' },
  });
  if (values.help) {
    io.stdout(exportHelp());
    return EXIT.ok;
  }
  if (positionals.length !== 1) throw new UsageError('export needs exactly one journey file');
  if (typeof values.to !== 'string') throw new UsageError('export needs --to <format>');
  const exporter = exporterFor(values.to);
  if (!exporter) throw new UsageError(`unknown export format '${values.to}' (one of ${EXPORTERS.map((e) => e.id).join(', ')})`);
  const file = positionals[0];
  let text: string;
  try {
    text = await io.readFile(file);
  } catch (err) {
    io.stderr(`journey-studio: cannot read '${file}': ${(err as Error).message}\n`);
    return EXIT.usage;
  }
  const analysis = analyze(text, file);
  const result = exporter.run(analysis);
  if (!result.ok) {
    io.stderr(`journey-studio: cannot export '${file}' as ${exporter.id}: ${result.message}\n`);
    return EXIT.failed;
  }
  // The document written is valid; what the journey got wrong is said, so nobody ships it unaware.
  const errors = analysis.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) {
    io.stderr(`journey-studio: warning: '${file}' has ${errors.length} error${errors.length === 1 ? '' : 's'}; the ${exporter.id} export describes the journey as written:\n`);
    for (const d of errors.slice(0, 20)) {
      const at = locate(d, analysis.source.lines);
      io.stderr(`  ${file}:${at.line}:${at.column} ${d.code} ${d.message}\n`);
    }
  }
  for (const w of result.warnings ?? []) io.stderr(`journey-studio: warning: ${w}\n`);
  if (typeof values.output === 'string') {
    try {
      await io.writeFile(values.output, result.text);
    } catch (err) {
      io.stderr(`journey-studio: ${(err as Error).message}\n`);
      return EXIT.usage;
    }
  }
  else io.stdout(result.text);
  return EXIT.ok;
}
