/**
 * The OpenAPI documents the shared examples reference (`apis/*.openapi.yaml`),
 * brought into the workspace with an example so its operationRefs are checked
 * as the CLI checks them. Each is its own small chunk, loaded when needed.
 */
import type { WorkspaceStore } from '../workspace/workspace-store';
import { openApiRefsOf, refFileName } from './api-library';
import { correctedFiles, correctedLoader } from './example-corrections';

const loaders = import.meta.glob<string>('../../../test/fixtures/examples/apis/*.openapi.yaml', { query: '?raw', import: 'default' });
/** Upstream documents, with Journey Studio's corrected or added ones (example-corrections.ts) in their place. */
export const EXAMPLE_API_LOADERS = new Map(
  [
    ...Object.entries(loaders).map(([path, load]) => [path.slice(path.lastIndexOf('/') + 1), load] as const),
    ...correctedFiles()
      .filter((f) => f.endsWith('.openapi.yaml'))
      .map((f) => [f, correctedLoader(f)!] as const),
  ],
);
const byName = EXAMPLE_API_LOADERS;

/** Adds the shared documents `journeyText` references; a document of the same name already in the workspace is kept. */
export async function addExampleApis(ws: WorkspaceStore, journeyText: string): Promise<void> {
  for (const ref of openApiRefsOf(journeyText).values()) {
    const name = refFileName(ref);
    const load = byName.get(name);
    if (!load || ws.getState().apis.some((d) => d.name === name)) continue;
    const text = await load().catch(() => undefined);
    if (text !== undefined) ws.getState().addApi({ name, text });
  }
}
