/** Getting journeys into the workspace: files, drops and pasted text. */
import { activeDoc, type WorkspaceStore } from '../workspace/workspace-store';
import { isOpenApiText, lookupOf } from './api-library';

/**
 * Opens each file as a journey (the last one becomes active), except OpenAPI
 * documents: those join the workspace's API documents, which operationRefs are checked against.
 */
export async function openFiles(ws: WorkspaceStore, files: Iterable<File>): Promise<void> {
  const apis: string[] = [];
  for (const f of files) {
    const text = await f.text();
    if (!isOpenApiText(text)) {
      ws.getState().open(f.name, text);
      continue;
    }
    const doc = { name: f.name, text };
    ws.getState().addApi(doc);
    const found = lookupOf(doc);
    apis.push(found.ok ? `${f.name} (${found.operations.size} operation${found.operations.size === 1 ? '' : 's'})` : `${f.name}: ${found.reason}`);
  }
  if (apis.length)
    activeDoc(ws.getState())?.store.getState().notify(`OpenAPI ${apis.length > 1 ? 'documents' : 'document'} added: ${apis.join(', ')}`);
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
