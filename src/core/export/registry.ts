/** Every export format by its `--to` id; the CLI and the editor's Export menu read this one table. */
import type { Exporter } from './exporter';
import { jsonExporter } from './json-export';
import { yamlExporter } from './yaml-export';

export const EXPORTERS: readonly Exporter[] = [yamlExporter, jsonExporter];

/** The exporter for a `--to` value, if any. */
export function exporterFor(id: string): Exporter | undefined {
  return EXPORTERS.find((e) => e.id === id);
}
