/**
 * The editor's "Markdown page" export: the same page as `--to markdown`, but
 * its auth table comes from the auth preview the editor runs (with the
 * journey's own preview principal), so it lists where every outcome ends.
 */
import type { Principal } from '../../core/auth/principal';
import { unparseable, type ExportResult } from '../../core/export/exporter';
import { markdownPage } from '../../core/export/markdown-export';
import { analyze } from '../../core/validate/validate';
import { loadPrincipal } from '../auth/identity-db';
import { createPreviewClient, type PreviewClient } from '../auth/preview-client';

export interface MarkdownDeps {
  createClient(): PreviewClient;
  principal(docId: string): Promise<Principal | undefined>;
}

/** A worker that died never answers; the export must still finish. */
const PREVIEW_TIMEOUT_MS = 20_000;


const browserDeps: MarkdownDeps = { createClient: () => createPreviewClient(), principal: loadPrincipal };

/** The Markdown page of a journey with the auth preview's outcomes; `note` says when the preview failed. */
export async function markdownWithPreview(
  doc: { text: string; fileName: string; docId: string },
  deps: MarkdownDeps = browserDeps,
): Promise<ExportResult & { note?: string }> {
  const analysis = analyze(doc.text, doc.fileName);
  const problem = unparseable(analysis);
  if (problem) return { ok: false, message: problem };
  const principal = await deps.principal(doc.docId).catch(() => undefined);
  const client = deps.createClient();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<{ error: string }>((resolve) => {
    timer = setTimeout(() => resolve({ error: `no answer in ${PREVIEW_TIMEOUT_MS / 1000} s` }), PREVIEW_TIMEOUT_MS);
  });
  try {
    const result = await Promise.race([client.request(doc.text, doc.fileName, principal), timeout]);
    if (result && 'preview' in result) return { ok: true, text: markdownPage(analysis, result.preview) };
    const why = result && 'error' in result ? result.error : 'it was interrupted';
    return { ok: true, text: markdownPage(analysis), note: `The auth preview failed (${why}); the page lists the auth tasks instead.` };
  } finally {
    clearTimeout(timer);
    client.dispose();
  }
}
