/**
 * Exports from the editor (issue #8): every format of the Export menu on a
 * real example, checked as the receiver would use the file; and share links,
 * made in one browser and opened as a copy in another, with damaged links
 * refused in words.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { exportAs, openJourney, stateNode, stateNodes } from './helpers';
import { openScenarioFile, openSimulation, runAll } from './sim-helpers';

const root = join(import.meta.dirname, '..');
// An example with auth tasks (two auth states) and an external-input step: every format has something to show.
const GUARD = join(root, 'test', 'fixtures', 'examples', 'technical', 'subject-step-guard', 'subject-step-guard.journey.yaml');
// Its scenario file after the identity lab added an API key: the value must never travel in a link.
const SECRET_SCENARIOS = join(root, 'test', 'editor', 'share', 'fixtures', 'subject-step-guard.scenario.yaml');
const API_KEY = 'sk-live-e2e-5f3c9a1d77';
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Chooses an Export menu entry and returns the downloaded file's bytes (binary formats). */
async function exportBytes(page: Page, id: string): Promise<{ name: string; bytes: Buffer }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="export-menu"]').selectOption(id)]);
  const chunks: Buffer[] = [];
  for await (const c of await dl.createReadStream()) chunks.push(c as Buffer);
  return { name: dl.suggestedFilename(), bytes: Buffer.concat(chunks) };
}

async function openGuard(page: Page): Promise<string[]> {
  await page.goto('/');
  await openJourney(page, GUARD);
  await expect(stateNode(page, 'waitForUserAction')).toBeVisible();
  await expect(stateNodes(page)).toHaveCount(8);
  return stateNodes(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-state-id') ?? ''));
}

test('the Export menu downloads every format of an opened example', async ({ page }) => {
  const ids = await openGuard(page);
  const source = readFileSync(GUARD);

  const yaml = await exportBytes(page, 'yaml');
  expect(yaml.name).toBe('subject-step-guard.journey.yaml');
  expect(yaml.bytes.equals(source)).toBe(true);

  const json = await exportAs(page, 'json');
  expect(json.name).toBe('subject-step-guard.journey.json');
  expect(JSON.parse(json.text)).toEqual(parse(source.toString('utf8')));

  const openapi = await exportAs(page, 'openapi');
  expect(openapi.name).toBe('subject-step-guard.openapi.yaml');
  const oas = parse(openapi.text) as { openapi: string; paths: Record<string, unknown> };
  expect(oas.openapi).toMatch(/^3\.1\.\d+$/);
  expect(Object.keys(oas.paths).sort()).toEqual(
    ['/journeys/subject-step-guard/start', '/journeys/{journeyId}', '/journeys/{journeyId}/steps/waitForUserAction', '/journeys/{journeyId}/result'].sort(),
  );

  const arazzo = await exportAs(page, 'arazzo');
  expect(arazzo.name).toBe('subject-step-guard.arazzo.yaml');
  const wf = parse(arazzo.text) as { arazzo: string; workflows: { workflowId: string; steps: { operationId?: string }[] }[] };
  expect(wf.arazzo).toMatch(/^1\.0\.\d+$/);
  expect(wf.workflows.map((w) => w.workflowId)).toEqual(['subject-step-guard-happy-path']);
  expect(JSON.stringify(wf.workflows[0].steps)).toContain('waitForUserAction');

  const mermaid = await exportAs(page, 'mermaid');
  expect(mermaid.text.startsWith('stateDiagram-v2')).toBe(true);
  for (const id of ids) expect(mermaid.text).toContain(id);

  const svg = await exportAs(page, 'svg');
  expect(svg.name).toBe('subject-step-guard.svg');
  expect(svg.text).toContain('<svg');
  for (const id of ids) expect(svg.text).toContain(id);

  const png = await exportBytes(page, 'png');
  expect(png.name).toBe('subject-step-guard.png');
  expect(png.bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  expect(png.bytes.length).toBeGreaterThan(1000);
});

test('the Markdown page has the states table and the Auth panel’s outcomes', async ({ page }) => {
  const ids = await openGuard(page);
  await page.getByRole('tab', { name: 'Auth', exact: true }).click();
  const rows = page.locator('[data-testid="auth-outcome"]');
  await expect(rows.first()).toBeVisible();
  await expect(page.locator('[data-testid="auth-preview"]')).toHaveAttribute('data-busy', 'false');
  const outcomes = await rows.evaluateAll((els) =>
    els.map((e) => ({ state: e.getAttribute('data-state'), code: e.getAttribute('data-code'), end: e.getAttribute('data-end-state') })),
  );
  expect(new Set(outcomes.map((o) => o.state))).toEqual(new Set(['validateJwt', 'validateStepJwt']));

  const md = await exportAs(page, 'markdown');
  expect(md.name).toBe('subject-step-guard.md');
  expect(md.text).toContain('| State | Type | Details | Goes to |');
  for (const id of ids) expect(md.text).toContain(`| \`${id}\` |`);
  expect(md.text).toContain('```mermaid\nstateDiagram-v2');
  // the preview's table (where each outcome ends), not the CLI's list of failure codes
  expect(md.text).toContain('| Auth state | Outcome | Problem status | Ends | Path |');
  const authRows = md.text.split('\n').filter((l) => /^\| `validate(Step)?Jwt` \| `[A-Z_]+` \|/.test(l));
  expect(authRows).toHaveLength(outcomes.length);
  for (const o of outcomes) {
    const row = authRows.find((l) => l.startsWith(`| \`${o.state}\` | \`${o.code}\` |`));
    expect(row, `${o.state} ${o.code}`).toBeDefined();
    expect(row).toContain(` at ${o.end}`);
  }
});

test('a share link with scenarios opens as a copy in another browser, without the API key value', async ({ page, browser }) => {
  await openGuard(page);
  await openScenarioFile(page, SECRET_SCENARIOS);
  await page.locator('[data-testid="share-button"]').click();
  const dialog = page.locator('[data-testid="share-dialog"]');
  await expect(dialog.locator('[data-testid="share-url"]')).toHaveValue(/#share=1\./);
  const withoutScenarios = await dialog.locator('[data-testid="share-url"]').inputValue();
  await dialog.locator('[data-testid="share-include-scenarios"]').check();
  // what the link leaves out is listed before anyone copies it
  await expect(dialog.locator('[data-testid="share-removed-item"]')).toHaveText(['subject-step-guard.scenario.yaml: env.auth.apiKey.partners.keys.value']);
  await expect(dialog.locator('[data-testid="share-url"]')).not.toHaveValue(withoutScenarios);
  const url = await dialog.locator('[data-testid="share-url"]').inputValue();
  expect(url.startsWith(new URL('/#share=1.', page.url()).href)).toBe(true);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await dialog.locator('[data-testid="share-copy"]').click();
  await expect(dialog.locator('[data-testid="share-copied"]')).toHaveText('Copied to the clipboard.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);

  const other = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  try {
    const receiver = await other.newPage();
    await receiver.goto(url);
    await expect(receiver.locator('[data-testid="share-message"]')).toHaveAttribute('data-kind', 'opened');
    await expect(stateNode(receiver, 'waitForUserAction')).toBeVisible();
    // the fragment is cleared: a reload does not open a second copy
    expect(new URL(receiver.url()).hash).toBe('');
    const copy = await exportAs(receiver, 'yaml');
    expect(copy.text).toBe(readFileSync(GUARD, 'utf8'));

    await openSimulation(receiver);
    const results = await runAll(receiver);
    await expect(results).toHaveCount(21);
    await expect(receiver.locator('[data-testid="scenario-result"][data-passed="false"]')).toHaveCount(0);
    const stored = await receiver.evaluate(readStoredScenarios);
    expect(stored.join('\n')).toContain('the same subject acts at the step');
    expect(stored.join('\n')).not.toContain(API_KEY);

    // a link cut off while pasting (only the fragment changes: the running app opens it too)
    await receiver.goto(url.slice(0, Math.floor(url.length * 0.7)));
    const message = receiver.locator('[data-testid="share-message"]');
    await expect(message).toHaveAttribute('data-kind', 'error');
    await expect(message).toContainText('damaged');
  } finally {
    await other.close();
  }
});

test('a damaged or oversized share link shows why, and the app still opens', async ({ page }) => {
  for (const [hash, why] of [
    ['#share=1.H4sIAAAA-cut', 'damaged'],
    [`#share=1.${'A'.repeat(70_000)}`, 'too long'],
    ['#share=7.abc', 'unknown version'],
  ]) {
    // a fresh load each time (the running app's own hashchange path is covered above)
    await page.goto('about:blank');
    await page.goto(`/${hash}`);
    const message = page.locator('[data-testid="share-message"]');
    await expect(message).toHaveAttribute('data-kind', 'error');
    await expect(message).toContainText(why);
    await expect(stateNodes(page).first()).toBeVisible();
    expect(new URL(page.url()).hash).toBe('');
    await message.locator('[data-testid="share-message-dismiss"]').click();
    await expect(message).toHaveCount(0);
  }
});

/** Every scenario file the app autosaved (runs in the page). */
function readStoredScenarios(): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open('journey-studio-scenarios');
    req.onerror = () => reject(new Error('no scenario database'));
    req.onsuccess = () => {
      const all = req.result.transaction('scenarios').objectStore('scenarios').getAll();
      all.onsuccess = () => resolve((all.result as { text: string }[]).map((v) => v.text));
      all.onerror = () => reject(new Error('cannot read scenarios'));
    };
  });
}
