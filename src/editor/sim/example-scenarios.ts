/** The scenario files that ship beside the built-in example journeys, loaded on demand. */
import { correctedLoader } from '../files/example-corrections';

const files = import.meta.glob('../../../test/fixtures/examples/**/*.scenario.yaml', { query: '?raw', import: 'default' });

/**
 * The example scenario file for a journey file name (`x.journey.yaml` → `x.scenario.yaml`), if one ships.
 * `journeyText` picks between an example's upstream scenarios and those of its corrected copy
 * (example-corrections.ts): the corrected ones go with the corrected journey only.
 */
export async function exampleScenariosFor(journeyFileName: string, journeyText?: string): Promise<{ fileName: string; text: string } | undefined> {
  const base = journeyFileName.replace(/^.*[\\/]/, '').replace(/\.journey\.(ya?ml|json)$/i, '');
  const key = Object.keys(files).find((k) => k.endsWith(`/${base}.scenario.yaml`));
  if (!key) return undefined;
  const correctedJourney = correctedLoader(`${base}.journey.yaml`);
  const correctedScenarios = correctedLoader(`${base}.scenario.yaml`);
  const forCorrected = correctedJourney && correctedScenarios && journeyText !== undefined && journeyText === (await correctedJourney());
  const text = (await (forCorrected ? correctedScenarios : files[key])()) as string;
  return { fileName: `${base}.scenario.yaml`, text };
}
