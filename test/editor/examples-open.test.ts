/**
 * What a newcomer meets first: the start-up journey opens with no finding of
 * warning or error severity, every example under New… opens with no error, and
 * every warning an example keeps is explained (example-notes.ts). Measured with
 * the analysis the editor runs, with the OpenAPI documents the editor brings.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeForEditor } from '../../src/editor/analysis';
import { libraryResolver, type ApiDocument } from '../../src/editor/files/api-library';
import { DEFAULT_JOURNEY } from '../../src/editor/default-journey';
import { EXAMPLE_API_LOADERS } from '../../src/editor/files/example-apis';
import { CORRECTIONS, correctedFiles, correctedLoader } from '../../src/editor/files/example-corrections';
import { keptNote, KEPT_WARNINGS, WHY_KEPT } from '../../src/editor/files/example-notes';
import { EXAMPLES } from '../../src/editor/files/examples';
import { exampleScenariosFor } from '../../src/editor/sim/example-scenarios';
import { corpus } from '../support/corpus';

const library: Promise<ApiDocument[]> = Promise.all([...EXAMPLE_API_LOADERS].map(async ([name, load]) => ({ name, text: await load() })));

async function findings(text: string, fileName: string) {
  return analyzeForEditor(text, fileName, undefined, libraryResolver(await library)).diagnostics;
}

const tally = (codes: string[]) => codes.reduce<Record<string, number>>((m, c) => ({ ...m, [c]: (m[c] ?? 0) + 1 }), {});

describe('what opens first', () => {
  it('the start-up journey has no warning and no error', async () => {
    const found = await findings(DEFAULT_JOURNEY.text, DEFAULT_JOURNEY.fileName);
    expect(found.filter((d) => d.severity !== 'info').map((d) => `${d.code} ${d.line}:${d.column}`)).toEqual([]);
  });

  it('every example under New… opens with no error, keeping only the warnings the table explains', async () => {
    expect(EXAMPLES).toHaveLength(46);
    for (const e of EXAMPLES) {
      const found = await findings(await e.load(), e.fileName);
      expect(found.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.line}:${d.column} ${d.message}`), e.title).toEqual([]);
      expect(tally(found.filter((d) => d.severity === 'warning').map((d) => d.code)), e.title).toEqual(KEPT_WARNINGS[e.title] ?? {});
    }
  });

  it('every kept warning has its reason, and the note says how many', () => {
    for (const kept of Object.values(KEPT_WARNINGS)) for (const code of Object.keys(kept)) expect(WHY_KEPT[code], code).toBeTruthy();
    expect(keptNote('payment-reminder-with-timeout')?.text).toMatch(/^This example keeps 7 warnings on purpose\. 4 × XFORM-010: dialect D11/);
    expect(keptNote('payment-reminder-with-timeout')?.short).toMatch(/^This example keeps 7 warnings on purpose: 4 × XFORM-010 \(dialect D11\), /);
    expect(keptNote('http-chained-calls-api')).toBeUndefined();
  });
});

describe("Journey Studio's corrected copies", () => {
  it('are each recorded with what changed, and remove the upstream findings they name', async () => {
    expect(correctedFiles().sort()).toEqual(CORRECTIONS.map((c) => c.file).sort());
    for (const c of CORRECTIONS.filter((x) => x.file.endsWith('.journey.yaml'))) {
      const upstream = corpus().find((f) => `${f.name}.journey.yaml` === c.file)!;
      const before = (await findings(upstream.text, c.file)).map((d) => d.code);
      const after = (await findings(await correctedLoader(c.file)!(), c.file)).map((d) => d.code);
      for (const code of c.fixes) {
        expect(before, `${c.file} upstream has ${code}`).toContain(code);
        expect(after, `${c.file} has no ${code}`).not.toContain(code);
      }
    }
  });

  it('leave the upstream files (what the CLI, the docs and the corpus tests read) untouched', () => {
    const auth = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'examples', 'technical', 'auth-jwt-scopes', 'auth-jwt-scopes.journey.yaml'), 'utf8');
    expect(auth).toContain('outputVar: api');
    expect(DEFAULT_JOURNEY.text).toContain('outputVar: result');
  });

  it("bring their own scenarios; the upstream file opened from disk keeps the upstream scenarios", async () => {
    const upstream = corpus().find((f) => f.name === 'auth-jwt-scopes')!.text;
    expect((await exampleScenariosFor(DEFAULT_JOURNEY.fileName, DEFAULT_JOURNEY.text))?.text).toContain('status: USER_FOUND');
    expect((await exampleScenariosFor(DEFAULT_JOURNEY.fileName, upstream))?.text).toContain('output: { ok: true, status: 200');
    expect((await exampleScenariosFor('http-cookie-jar.journey.yaml'))?.fileName).toBe('http-cookie-jar.scenario.yaml');
  });
});
