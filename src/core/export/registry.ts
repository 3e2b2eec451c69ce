/** Every export format by its `--to` id; the CLI and the editor's Export menu read this one table. */
import { arazzoExporter } from './arazzo-export';
import type { Exporter } from './exporter';
import { jsonExporter } from './json-export';
import { markdownExporter } from './markdown-export';
import { mermaidExporter } from './mermaid-export';
import { openApiExporter } from './openapi-export';
import { yamlExporter } from './yaml-export';

export const EXPORTERS: readonly Exporter[] = [yamlExporter, jsonExporter, openApiExporter, arazzoExporter, mermaidExporter, markdownExporter];

/** The exporter for a `--to` value, if any. */
export function exporterFor(id: string): Exporter | undefined {
  return EXPORTERS.find((e) => e.id === id);
}
