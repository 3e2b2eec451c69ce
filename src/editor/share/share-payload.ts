/**
 * What a share link carries: the active journey's text and, when asked, its
 * scenario file. Secrets are stripped later by the core encoder; this module
 * only gathers the files.
 */
import type { SharePayload, SharedFile } from '../../core/share/share-link';
import { exampleScenariosFor } from '../sim/example-scenarios';
import { loadScenarios } from '../sim/scenario-persist';
import type { SimStore } from '../sim/sim-store';
import type { EditorStore } from '../store/editor-store';
import { refFileName, type ApiDocument } from '../files/api-library';

/** A file name without directories (the link never carries where the file lived). */
function label(fileName: string): string {
  return fileName.replace(/^.*[\\/]/, '') || 'shared.journey.yaml';
}

/** The share payload of a journey, (optionally) its scenario file and the OpenAPI documents given; pure. */
export function sharePayload(
  journey: SharedFile,
  scenarios: SharedFile | undefined,
  includeScenarios: boolean,
  apis: readonly SharedFile[] = [],
): SharePayload {
  const payload: SharePayload = { journey: { name: label(journey.name), text: journey.text } };
  if (includeScenarios && scenarios?.text.trim()) payload.scenarios = [{ name: label(scenarios.name), text: scenarios.text }];
  if (apis.length) payload.apis = apis.map((d) => ({ name: label(d.name), text: d.text }));
  return payload;
}

/** The workspace's OpenAPI documents the journey's APIs reference (by file name), once each; pure. */
export function referencedApis(apiRefs: readonly [string, string][], docs: readonly ApiDocument[]): ApiDocument[] {
  const names = new Set(apiRefs.map(([, ref]) => refFileName(ref)));
  return docs.filter((d) => names.has(d.name));
}

/**
 * The journey's scenario file as the Simulation panel shows it: the sim
 * store's text once loaded, otherwise what the panel would load (the saved
 * file, or the example's own). Never throws.
 */
export async function currentScenarios(editor: EditorStore, sim: SimStore): Promise<SharedFile | undefined> {
  const s = sim.getState();
  if (s.loaded) return s.scenarioText.trim() ? { name: s.scenarioFileName, text: s.scenarioText } : undefined;
  const { docId, fileName, text } = editor.getState();
  const found = (await loadScenarios(docId).catch(() => undefined)) ?? (await exampleScenariosFor(fileName, text).catch(() => undefined));
  return found?.text.trim() ? { name: found.fileName, text: found.text } : undefined;
}
