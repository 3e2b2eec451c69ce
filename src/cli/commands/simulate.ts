/** `journey-studio simulate <journey> --scenario <file> [--format text|json]` (CONTRACTS.md §1, §3). */
import { dirname, join, isAbsolute } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { runScenarioFile, type SimulateReport } from '../../engine/index';
import { formatOf, parseCommandArgs } from '../args';
import { UsageError } from '../io';

const HELP = `Usage: journey-studio simulate <journey> --scenario <file> [--format text|json]

Runs the scenarios of a scenario file against a journey on a virtual clock.
Exit codes: 0 every scenario met its expect, 1 any did not,
2 the journey cannot be loaded or the scenario file is malformed.
`;

interface SimulateIO {
  stdout(s: string): void;
  stderr(s: string): void;
  readFile(p: string): Promise<string>;
  cwd: string;
}

/** Runs the command; returns the exit code. */
export async function simulateCommand(args: string[], io: SimulateIO): Promise<number> {
  let values: { scenario?: string | boolean; format?: string | boolean; help?: string | boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseCommandArgs(args, {
      scenario: { type: 'string', short: 's' },
      format: { type: 'string', short: 'f' },
    }));
  } catch (err) {
    io.stderr(`${err instanceof Error ? err.message : String(err)}\n\n${HELP}`);
    return 2;
  }
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  let format: 'text' | 'json';
  try {
    format = formatOf(values.format, ['text', 'json'] as const, 'text');
  } catch (err) {
    io.stderr(`${err instanceof UsageError ? err.message : String(err)}\n`);
    return 2;
  }
  const scenarioPath = typeof values.scenario === 'string' ? values.scenario : undefined;
  if (!scenarioPath || positionals.length > 1) {
    io.stderr(`simulate needs one journey and --scenario <file>\n\n${HELP}`);
    return 2;
  }
  let scenarioText: string;
  try {
    scenarioText = await io.readFile(scenarioPath);
  } catch {
    io.stderr(`Cannot read scenario file '${scenarioPath}'\n`);
    return 2;
  }
  let journeyPath = positionals[0];
  if (!journeyPath) {
    // The scenario file may name its journey, relative to itself.
    let named: unknown;
    try {
      named = (parseYaml(scenarioText, { logLevel: 'error' }) as { journey?: unknown } | null)
        ?.journey;
    } catch {
      named = undefined;
    }
    if (typeof named !== 'string') {
      io.stderr(`No journey given and the scenario file names none\n\n${HELP}`);
      return 2;
    }
    journeyPath = isAbsolute(named) ? named : join(dirname(scenarioPath), named);
  }
  let journeyText: string;
  try {
    journeyText = await io.readFile(journeyPath);
  } catch {
    io.stderr(`Cannot read journey file '${journeyPath}'\n`);
    return 2;
  }
  const apiDocuments = await readCatalog(journeyText, journeyPath, io);
  const report = await runScenarioFile(journeyText, scenarioText, {
    journeyFile: journeyPath,
    apiDocuments,
  });
  if (report.error) {
    if (format === 'json') io.stdout(`${JSON.stringify(report, null, 2)}\n`);
    io.stderr(`${report.error.message}\n`);
    return 2;
  }
  io.stdout(format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : textView(report));
  return report.scenarios.every((s) => s.passed) ? 0 : 1;
}

function textView(report: SimulateReport): string {
  const lines: string[] = [`${report.journey}`];
  for (const s of report.scenarios) {
    const o = s.outcome;
    const where = o.currentState ? ` at ${o.currentState}` : '';
    const err =
      o.error && typeof o.error === 'object' && !Array.isArray(o.error)
        ? ` ${String((o.error as Record<string, unknown>).code)}`
        : '';
    lines.push(
      `  ${s.passed ? 'PASS' : 'FAIL'}  ${s.name}  (${o.phase}${err}${where}${o.httpStatus !== null ? `, HTTP ${o.httpStatus}` : ''})`,
    );
    for (const f of s.failures) lines.push(`        - ${f}`);
    for (const t of s.trace) {
      if (t.type === 'rejected' || t.type === 'error')
        lines.push(
          `        ${t.type === 'rejected' ? 'note' : 'error'}: ${t.note ?? t.problem?.detail ?? t.problem?.title ?? ''}`,
        );
    }
    // A failing scenario shows the path it took, so a designer can see where it went another way.
    if (!s.passed) {
      const path = s.trace.filter((t) => t.type !== 'rejected' && t.type !== 'stepResponse');
      lines.push(`        path: ${path.map((t) => (t.problem?.code ? `${t.state} [${t.problem.code}]` : t.state)).join(' → ')}`);
    }
  }
  const passed = report.scenarios.filter((s) => s.passed).length;
  lines.push(`${passed}/${report.scenarios.length} scenarios passed`);
  return `${lines.join('\n')}\n`;
}

/** Reads the OpenAPI documents named by `spec.apis.*.openApiRef`, relative to the journey; missing ones are skipped. */
async function readCatalog(
  journeyText: string,
  journeyPath: string,
  io: SimulateIO,
): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  let apis: unknown;
  try {
    apis = (parseYaml(journeyText, { logLevel: 'error' }) as { spec?: { apis?: unknown } } | null)
      ?.spec?.apis;
  } catch {
    return out;
  }
  if (!apis || typeof apis !== 'object') return out;
  for (const def of Object.values(apis as Record<string, unknown>)) {
    const ref =
      def && typeof def === 'object' ? (def as { openApiRef?: unknown }).openApiRef : undefined;
    if (typeof ref !== 'string' || /^[a-z]+:\/\//i.test(ref) || ref in out) continue;
    try {
      out[ref] = await io.readFile(isAbsolute(ref) ? ref : join(dirname(journeyPath), ref));
    } catch {
      // no catalog document: operationRef calls are still answered by mocks
    }
  }
  return out;
}
