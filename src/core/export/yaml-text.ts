/** YAML text of generated documents: no anchors/aliases, no folding (readable diffs). */
import { stringify } from 'yaml';

/** Serialises plain data as block YAML. */
export function toYamlText(data: unknown): string {
  return stringify(data, { aliasDuplicateObjects: false, lineWidth: 0, indentSeq: true });
}
