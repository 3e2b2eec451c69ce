/** The scenario files that ship beside the built-in example journeys, loaded on demand. */
import { correctedLoader } from '../files/example-corrections';

const files = import.meta.glob('../../../test/fixtures/examples/**/*.scenario.yaml', { query: '?raw', import: 'default' });

/** The example scenario file for a journey file name (`x.journey.yaml` → `x.scenario.yaml`), if one ships. */
export async function exampleScenariosFor(journeyFileName: string): Promise<{ fileName: string; text: string } | undefined> {
  const base = journeyFileName.replace(/^.*[\\/]/, '').replace(/\.journey\.(ya?ml|json)$/i, '');
  const key = Object.keys(files).find((k) => k.endsWith(`/${base}.scenario.yaml`));
  if (!key) return undefined;
  // Journey Studio's copy where the example itself was corrected (example-corrections.ts).
  const text = (await (correctedLoader(`${base}.scenario.yaml`) ?? files[key])()) as string;
  return { fileName: `${base}.scenario.yaml`, text };
}
