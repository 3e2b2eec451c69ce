/** Getting journeys into the workspace: files, drops and pasted text. */
import type { WorkspaceStore } from '../workspace/workspace-store';

/** Opens each file as a journey; the last one becomes active. */
export async function openFiles(ws: WorkspaceStore, files: Iterable<File>): Promise<void> {
  for (const f of files) ws.getState().open(f.name, await f.text());
}

/** True when pasted text looks like a journey document; pure. */
export function looksLikeJourney(text: string): boolean {
  return /^\s*(apiVersion|kind)\s*:/m.test(text) && /^\s*spec\s*:/m.test(text);
}

/** A file name for pasted journey text, from its metadata.name when present; pure. */
export function pastedName(text: string): string {
  const m = /^\s{2}name:\s*["']?([A-Za-z0-9._-]+)/m.exec(text);
  return `${m?.[1] ?? 'pasted'}.journey.yaml`;
}
