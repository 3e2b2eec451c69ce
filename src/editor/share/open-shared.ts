/**
 * Opening a share link: the shared journey opens as a new document (a copy:
 * nothing links it back to the sender's file) with the shared scenarios in its
 * simulation store and the shared OpenAPI documents in the workspace. Damaged, foreign or oversized links give a message, never
 * a blank page.
 */
import { decodeShare, isShareFragment, type SharedFile } from '../../core/share/share-link';
import { saveScenarios } from '../sim/scenario-persist';
import { simStoreFor } from '../sim/sim-store';
import type { WorkspaceStore } from '../workspace/workspace-store';
import { shareNoticeFor, type ShareMessage } from './share-notice';

/** The location hash when it holds a share link; read it before any `await` (StrictMode runs restores twice). */
export function pendingShare(hash: string): string | undefined {
  return isShareFragment(hash) ? hash : undefined;
}

/** `name` if no open document uses it, else `name (shared[ n])` before the extension; pure. */
export function copyName(name: string, taken: readonly string[]): string {
  if (!taken.includes(name)) return name;
  const m = /^(.*?)(\.journey\.(?:ya?ml|json)|\.ya?ml|\.json)?$/i.exec(name);
  const base = m?.[1] ?? name;
  const ext = m?.[2] ?? '';
  for (let n = 1; ; n++) {
    const candidate = `${base} (shared${n > 1 ? ` ${n}` : ''})${ext}`;
    if (!taken.includes(candidate)) return candidate;
  }
}

/** Removes the share fragment from the address bar, so a reload does not open a second copy (browser only). */
export function clearShareFragment(): void {
  if (typeof history === 'undefined' || typeof location === 'undefined') return;
  history.replaceState(history.state, '', location.pathname + location.search);
}

/** Opens the shared journey of `hash` in the workspace and says what happened; never throws. */
export async function openShared(ws: WorkspaceStore, hash: string): Promise<ShareMessage> {
  const decoded = await decodeShare(hash).catch(() => ({ ok: false as const, error: 'This share link could not be read' }));
  if (!decoded.ok) return { kind: 'error', text: `Could not open the shared journey. ${decoded.error}.` };
  const { journey, scenarios = [], apis = [] } = decoded.payload;
  const apiNote = addSharedApis(ws, apis);
  const taken = ws.getState().docs.map((d) => d.store.getState().fileName);
  const name = copyName(journey.name, taken);
  const id = ws.getState().open(name, journey.text);
  const doc = ws.getState().docs.find((d) => d.id === id);
  if (doc) {
    const sim = simStoreFor(doc.store);
    // The sim store holds one scenario file; a link from this app carries at most one.
    if (scenarios[0]) {
      sim.getState().setScenarios(scenarios[0].name, scenarios[0].text);
      // Autosave only follows later edits; without this a reload would lose the shared scenarios.
      void saveScenarios(id, { fileName: scenarios[0].name, text: scenarios[0].text }).catch(() => undefined);
    }
    // Without shared scenarios the copy has none (not the example's own or a saved file).
    else sim.setState({ loaded: true });
  }
  const extra = scenarios.length > 1 ? ` (${scenarios.length - 1} further scenario file(s) in the link were ignored)` : '';
  const withScenarios = scenarios.length ? ` with its scenarios${extra}` : '';
  return { kind: 'opened', text: `Opened a copy of the shared journey “${name}”${withScenarios}.${apiNote} Changes stay in your workspace.` };
}

/**
 * The link's OpenAPI documents join the workspace; a document of the same name the receiver
 * already has is kept (their other journeys are checked against it), and the message says so.
 */
function addSharedApis(ws: WorkspaceStore, apis: readonly SharedFile[]): string {
  const added: string[] = [];
  const kept: string[] = [];
  for (const doc of apis) {
    const mine = ws.getState().apis.find((d) => d.name === doc.name);
    if (!mine) {
      ws.getState().addApi(doc);
      added.push(doc.name);
    } else if (mine.text !== doc.text) kept.push(doc.name);
  }
  const parts = [
    added.length ? ` OpenAPI documents added: ${added.join(', ')}.` : '',
    kept.length ? ` Your own ${kept.join(', ')} ${kept.length > 1 ? 'were' : 'was'} kept: the link's differs.` : '',
  ];
  return parts.join('');
}

/** Opens a pending share link, clears it from the address bar and shows the outcome in the workspace's share notice. */
export async function openShareLink(ws: WorkspaceStore, hash: string): Promise<void> {
  const message = await openShared(ws, hash);
  clearShareFragment();
  shareNoticeFor(ws).getState().show(message);
}
