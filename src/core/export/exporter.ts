/** The exporter interface: one analysed journey → one text document. Pure. */
import type { Analysis } from '../validate/validate';

/** `warnings`: what the export had to leave out or change so the document it wrote stays valid. */
export type ExportResult = { ok: true; text: string; warnings?: string[] } | { ok: false; message: string };

export interface Exporter {
  /** The `--to` value. */
  id: string;
  title: string;
  /** File name extension for downloads (`.openapi.yaml`). */
  extension: string;
  mediaType: string;
  /** True when the export is meaningless for a journey with errors of this kind. */
  run(analysis: Analysis): ExportResult;
}

/** An export is meaningless when the file did not parse into a journey at all. */
export function unparseable(analysis: Analysis): string | undefined {
  const fatal = analysis.diagnostics.find((d) => d.severity === 'error' && d.code.startsWith('YAML-'));
  if (fatal) {
    const pos = analysis.source.lines.positionAt(fatal.span.start);
    return `${fatal.code} at ${pos.line}:${pos.column}: ${fatal.message}`;
  }
  if (!analysis.source.root) return 'the file holds no journey';
  return undefined;
}
