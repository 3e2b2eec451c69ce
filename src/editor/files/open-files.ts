/** Getting journeys into the workspace: files, drops and pasted text. */
import { activeDoc, type WorkspaceStore } from '../workspace/workspace-store';
import { lookupOf } from './api-library';
import { fileKind, looksLikeJourney, tooBig } from './file-kind';

export { looksLikeJourney };

/**
 * Opens each journey file as a journey (the last one becomes active); OpenAPI
 * documents join the workspace's API documents, which operationRefs are
 * checked against; anything else (a picture, a binary, a file too big, text
 * that is neither) is refused with a notice that names the file and why.
 * Returns the refusals.
 */
export async function openFiles(ws: WorkspaceStore, files: Iterable<File>): Promise<string[]> {
  const apis: string[] = [];
  const refused: string[] = [];
  for (const f of files) {
    // Not read at all when too big: its size is enough to refuse it.
    const big = tooBig(f.name, f.size);
    const kind = big ? ({ kind: 'refused', reason: big } as const) : fileKind(f.name, new Uint8Array(await f.arrayBuffer()));
    if (kind.kind === 'refused') {
      refused.push(kind.reason);
      continue;
    }
    const text = kind.text;
    if (kind.kind === 'journey') {
      ws.getState().open(f.name, text);
      continue;
    }
    const doc = { name: f.name, text };
    ws.getState().addApi(doc);
    const found = lookupOf(doc);
    apis.push(found.ok ? `${f.name} (${found.operations.size} operation${found.operations.size === 1 ? '' : 's'})` : `${f.name}: ${found.reason}`);
  }
  const notes = [...(apis.length ? [`OpenAPI ${apis.length > 1 ? 'documents' : 'document'} added: ${apis.join(', ')}`] : []), ...refused];
  if (notes.length) {
    const shown = activeDoc(ws.getState());
    if (shown) shown.store.getState().notify(notes.join('. '));
    else ws.getState().notify(notes.join('. '));
  }
  return refused;
}

/** A file name for pasted journey text, from its metadata.name when present; pure. */
export function pastedName(text: string): string {
  const m = /^\s{2}name:\s*["']?([A-Za-z0-9._-]+)/m.exec(text);
  return `${m?.[1] ?? 'pasted'}.journey.yaml`;
}
