/** The Markdown page: description, diagram, states and auth outcomes, readable on GitHub. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { previewAuth } from '../../../src/core/auth/preview';
import { markdownPage } from '../../../src/core/export/markdown-export';
import { exporterFor } from '../../../src/core/export/registry';
import { analyze } from '../../../src/core/validate/validate';
import { corpus, EXAMPLES_DIR } from '../../support/corpus';
import { mermaidProblems } from './support/mermaid-check';

const load = (rel: string) => {
  const path = join(EXAMPLES_DIR, rel);
  return analyze(readFileSync(path, 'utf8'), path);
};

/** Rows of the Markdown table under a heading. */
function tableRows(page: string, heading: string): string[][] {
  const section = page.split(`## ${heading}\n`)[1]?.split('\n## ')[0] ?? '';
  return section
    .split('\n')
    .filter((l) => l.startsWith('| ') && !l.startsWith('|---'))
    .slice(1)
    .map((l) => l.slice(2, -2).split(/ (?<!\\)\| /));
}

describe('markdown export', () => {
  it('has the description, a well-formed diagram and one row per state', () => {
    const analysis = load('technical/http-success/http-success.journey.yaml');
    const result = exporterFor('markdown')!.run(analysis);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.text).toContain('Simple HTTP 200 success path with JSON body.');
    const diagram = /```mermaid\n([\s\S]*?)```/.exec(result.text)?.[1] ?? '';
    expect(mermaidProblems(diagram)).toEqual([]);
    const rows = tableRows(result.text, 'States');
    expect(rows.map((r) => r[0])).toEqual(['`call_api`', '`decide`', '`done`', '`failure`']);
    expect(rows[3]).toEqual(['`failure`', 'fail', 'HTTP_NOT_OK: HTTP call did not succeed', '']);
    expect(result.text).toContain('## Auth outcomes\n\nNo auth tasks.');
  });

  it('lists auth tasks with their failure codes when no preview is given', () => {
    const rows = tableRows(markdownPage(load('technical/auth-jwt-scopes/auth-jwt-scopes.journey.yaml')), 'Auth outcomes');
    expect(rows).toHaveLength(1);
    expect(rows[0].slice(0, 4)).toEqual(['`validateJwt`', '`jwtValidate:v1`', 'default', '`context.auth.jwt`']);
    expect(rows[0][4]).toContain('`JWT_EXPIRED`');
  });

  it('shows where each auth outcome ends when the preview is given', async () => {
    const analysis = load('technical/auth-jwt-scopes/auth-jwt-scopes.journey.yaml');
    const preview = await previewAuth(analysis.model);
    const rows = tableRows(markdownPage(analysis, preview), 'Auth outcomes');
    const outcomes = preview.authStates[0].outcomes;
    expect(rows).toHaveLength(outcomes.length);
    const missing = rows.find((r) => r[1] === '`JWT_TOKEN_MISSING`');
    const expected = outcomes.find((o) => o.code === 'JWT_TOKEN_MISSING')!;
    expect(missing?.[4]).toBe(expected.path.join(' → '));
    expect(missing?.[3]).toContain(expected.ends.state);
  });

  it('keeps table cells intact for every example', () => {
    for (const f of corpus()) {
      const page = markdownPage(analyze(f.text, f.path));
      for (const row of tableRows(page, 'States')) expect(row, f.rel).toHaveLength(4);
    }
  });

  it('escapes pipes and HTML in cells', () => {
    const path = join(import.meta.dirname, 'fixtures', 'hostile-ids.journey.yaml');
    const page = markdownPage(analyze(readFileSync(path, 'utf8'), path));
    expect(page).toContain('&lt;tags>');
    for (const row of tableRows(page, 'States')) expect(row).toHaveLength(4);
    expect(page).toContain('left \\| right');
  });
});
