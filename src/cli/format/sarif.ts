/** SARIF 2.1.0 for code-scanning UIs (GitHub, VS Code SARIF viewer). */
import type { FileReport } from './diagnostics-text';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/** Formats reports as one SARIF run; rule ids are the diagnostic codes. */
export function formatSarif(reports: readonly FileReport[], version: string): string {
  const ruleIds = [...new Set(reports.flatMap((r) => r.diagnostics.map((d) => d.code)))].sort();
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'journey-studio',
            version,
            informationUri: 'https://journeyforge.dev',
            rules: ruleIds.map((id) => ({ id, shortDescription: { text: id } })),
          },
        },
        results: reports.flatMap((r) =>
          r.diagnostics.map((d) => ({
            ruleId: d.code,
            ruleIndex: ruleIds.indexOf(d.code),
            level: LEVEL[d.severity],
            message: { text: d.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: r.file.replace(/\\/g, '/') },
                  region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
                },
                logicalLocations: d.path ? [{ fullyQualifiedName: d.path }] : undefined,
              },
            ],
          })),
        ),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}
