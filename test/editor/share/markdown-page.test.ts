/**
 * The editor's Markdown page lists the auth preview's outcomes (the same rows
 * as the Auth panel, with the journey's own principal), and falls back to the
 * model's auth table, saying so, when the preview fails.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { previewAuthText } from '../../../src/core/auth/preview';
import { DEFAULT_PRINCIPAL } from '../../../src/core/auth/principal';
import { editPrincipal } from '../../../src/editor/auth/principal-edit';
import { createPreviewClient, type PreviewClient } from '../../../src/editor/auth/preview-client';
import { markdownWithPreview } from '../../../src/editor/share/markdown-page';

const FILE = 'auth-jwt-scopes.journey.yaml';
const JWT = readFileSync(new URL(`../../fixtures/examples/technical/auth-jwt-scopes/${FILE}`, import.meta.url), 'utf8');
const inline = () => createPreviewClient(() => undefined);
const doc = { text: JWT, fileName: FILE, docId: 'd1' };

/** The rows of the "Auth outcomes" section. */
function authRows(md: string): string[] {
  const section = md.slice(md.indexOf('## Auth outcomes'));
  return section.split('\n').filter((l) => l.startsWith('| `'));
}

describe('Markdown page with the auth preview', () => {
  it('has the states table and one auth row per preview outcome', async () => {
    const r = await markdownWithPreview(doc, { createClient: inline, principal: async () => undefined });
    if (!r.ok) throw new Error(r.message);
    expect(r.note).toBeUndefined();
    expect(r.text).toContain('| State | Type | Details | Goes to |');
    expect(r.text).toContain('| `validateJwt` | task (jwtValidate:v1) |');
    expect(r.text).toContain('| Auth state | Outcome | Problem status | Ends | Path |');
    const preview = await previewAuthText(JWT, FILE);
    const outcomes = preview.authStates.flatMap((s) => s.outcomes.map((o) => `| \`${s.state}\` | \`${o.code}\` |`));
    expect(outcomes.length).toBeGreaterThan(3);
    const rows = authRows(r.text);
    expect(rows).toHaveLength(outcomes.length);
    outcomes.forEach((o, i) => expect(rows[i].startsWith(o)).toBe(true));
    expect(r.text).toMatch(/\| `validateJwt` \| `JWT_EXPIRED` \| 401 \|/);
  });

  it('uses the journey’s saved preview principal, so the OK row ends where the Auth panel says', async () => {
    const denied = editPrincipal(DEFAULT_PRINCIPAL, { claims: { ...DEFAULT_PRINCIPAL.jwt.claims, scope: 'nothing' } });
    const asked: string[] = [];
    const principal = async (id: string) => {
      asked.push(id);
      return denied;
    };
    const r = await markdownWithPreview(doc, { createClient: inline, principal });
    if (!r.ok) throw new Error(r.message);
    expect(asked).toEqual(['d1']);
    const okRow = (md: string) => authRows(md).find((l) => l.includes('`OK`'));
    // without the scope the OK token ends at scopeDenied; with the default principal it succeeds
    expect(okRow(r.text)).toContain('fail JWT_SCOPE_DENIED at scopeDenied');
    const plain = await markdownWithPreview(doc, { createClient: inline, principal: async () => undefined });
    expect(plain.ok && okRow(plain.text)).toContain('succeed at done');
  });

  it('falls back to the auth tasks table with a note when the preview fails', async () => {
    const broken: PreviewClient = { request: async () => ({ error: 'worker crashed' }), dispose: () => undefined };
    const r = await markdownWithPreview(doc, { createClient: () => broken, principal: async () => undefined });
    if (!r.ok) throw new Error(r.message);
    expect(r.note).toContain('worker crashed');
    expect(r.text).toContain('| Auth state | Plugin | Profile | Result in | Failure codes |');
  });

  it('refuses text that is not a journey', async () => {
    const r = await markdownWithPreview({ text: 'a: [1,', fileName: 'x.journey.yaml', docId: 'd' }, { createClient: inline, principal: async () => undefined });
    expect(r.ok).toBe(false);
  });
});
