/** SARIF 2.1.0 for code-scanning UIs (GitHub, VS Code SARIF viewer). */
import { ruleInfo } from '../../core/validate/rule-catalog';
import type { FileReport } from './diagnostics-text';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/** Where each rule is described: `<base><CODE>`; `--help-uri-base` sets another base. */
export const DEFAULT_HELP_URI_BASE = 'https://journeyforge.dev/rules/';

/**
 * A file path as a SARIF `uri`: a URI reference, not a raw path. Each segment is percent-encoded, so a
 * `#` or a space stays part of the name; an absolute path becomes a `file:` URI.
 */
export function pathToUri(path: string): string {
  const slashed = path.replace(/\\/g, '/');
  const drive = /^[A-Za-z]:\//.test(slashed);
  const encoded = slashed
    .split('/')
    .map((seg, i) => (drive && i === 0 ? seg : encodeURIComponent(seg)))
    .join('/');
  if (drive) return `file:///${encoded}`;
  return slashed.startsWith('/') ? `file://${encoded}` : encoded;
}

/** Formats reports as one SARIF run; rule ids are the diagnostic codes, each described from the rule catalog. */
export function formatSarif(
  reports: readonly FileReport[],
  version: string,
  helpUriBase = DEFAULT_HELP_URI_BASE,
): string {
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
            rules: ruleIds.map((id) => {
              const info = ruleInfo(id);
              return {
                id,
                shortDescription: { text: info?.text ?? `Journey Studio check ${id}` },
                ...(info ? { fullDescription: { text: `${info.text} (${info.source})` } } : {}),
                helpUri: `${helpUriBase}${encodeURIComponent(id)}`,
              };
            }),
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
                  artifactLocation: { uri: pathToUri(r.file) },
                  region: {
                    startLine: d.line,
                    startColumn: d.column,
                    endLine: d.endLine,
                    endColumn: d.endColumn,
                  },
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
