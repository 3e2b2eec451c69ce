/**
 * The shared example journeys (the DSL's own examples, business and technical),
 * offered under New… to start from or to learn the DSL. Each is its own small
 * chunk, loaded when chosen: none of them is in the app's first download.
 */
import { correctedLoader } from './example-corrections';

const loaders = import.meta.glob<string>('../../../test/fixtures/examples/**/*.journey.yaml', { query: '?raw', import: 'default' });

export interface ExampleJourney {
  /** Stable id for menus: `example:<group>/<name>`. */
  id: string;
  group: 'business' | 'technical';
  title: string;
  fileName: string;
  /** Journey Studio's copy: upstream, or corrected where upstream has a defect (example-corrections.ts). */
  load(): Promise<string>;
}

export const EXAMPLES: readonly ExampleJourney[] = Object.entries(loaders)
  .map(([path, load]) => {
    const fileName = path.slice(path.lastIndexOf('/') + 1);
    const title = fileName.replace(/\.journey\.yaml$/, '');
    const group = path.includes('/examples/business/') ? ('business' as const) : ('technical' as const);
    return { id: `example:${group}/${title}`, group, title, fileName, load: correctedLoader(fileName) ?? load };
  })
  .sort((a, b) => a.group.localeCompare(b.group) || a.title.localeCompare(b.title));
