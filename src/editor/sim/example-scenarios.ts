/** The scenario files that ship beside the built-in example journeys, loaded on demand. */
const files = import.meta.glob('../../../test/fixtures/examples/**/*.scenario.yaml', { query: '?raw', import: 'default' });

/** The example scenario file for a journey file name (`x.journey.yaml` → `x.scenario.yaml`), if one ships. */
export async function exampleScenariosFor(journeyFileName: string): Promise<{ fileName: string; text: string } | undefined> {
  const base = journeyFileName.replace(/^.*[\\/]/, '').replace(/\.journey\.(ya?ml|json)$/i, '');
  const key = Object.keys(files).find((k) => k.endsWith(`/${base}.scenario.yaml`));
  if (!key) return undefined;
  const text = (await files[key]()) as string;
  return { fileName: `${base}.scenario.yaml`, text };
}
