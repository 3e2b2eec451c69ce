/** Whether YAML layout/style rules apply: `*.journey.json` files are JSON, where braces and layout are the format. Pure. */
import type { JourneySource } from '../../../source';

/** True unless the file is a `.json` journey. */
export function yamlStyleApplies(source: JourneySource): boolean {
  return !/\.json$/i.test(source.fileName);
}
