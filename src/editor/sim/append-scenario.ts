/**
 * Adds a scenario to a scenario file through the yaml Document API, so the
 * file's comments and other scenarios stay as written. Pure.
 */
import { isSeq, parseDocument } from 'yaml';

/** The scenario file text with `scenario` appended to `scenarios` (a new file when `text` is empty). */
export function appendScenario(text: string, scenario: unknown): string {
  const doc = parseDocument(text.trim() ? text : 'scenarios: []\n');
  if (doc.errors.length) throw new Error(`The scenario file does not parse (${doc.errors[0].message}); fix it first`);
  const list = doc.get('scenarios');
  const node = doc.createNode(scenario);
  if (isSeq(list)) {
    // A flow `[]` would print the new scenario inline; make the list a block.
    list.flow = false;
    list.items.push(node);
  } else doc.set('scenarios', doc.createNode([scenario]));
  return doc.toString({ lineWidth: 0 });
}
