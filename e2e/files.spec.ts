import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { canvasSettled } from './helpers';

const PNG = 'test/fixtures/files/state-diagram.png';
const BINARY = 'test/fixtures/files/archive.bin';

const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

/** Drops files on the page as a person drags them from the file manager. */
async function dropFiles(page: Page, files: { name: string; mimeType: string; base64?: string; repeatA?: number }[]): Promise<void> {
  const transfer = await page.evaluateHandle((fs) => {
    const dt = new DataTransfer();
    for (const f of fs) {
      // A big file is made in the page: sent from the test, 2 MB crawl through the protocol.
      const content = f.repeatA ? 'a'.repeat(f.repeatA) : Uint8Array.from(atob(f.base64 ?? ''), (c) => c.charCodeAt(0));
      dt.items.add(new File([content], f.name, { type: f.mimeType }));
    }
    return dt;
  }, files);
  await page.locator('[data-testid="canvas"]').dispatchEvent('drop', { dataTransfer: transfer });
}

test('a picture chosen with Open… is refused with a notice naming it; no tab opens and the page keeps its width @both', async ({ page }) => {
  await page.goto('/');
  await canvasSettled(page);
  const tabs = page.locator('[data-testid="doc-tab"]');
  const before = await tabs.count();
  const width = await pageWidth(page);
  await page.locator('input[data-testid="open-journey"]').setInputFiles({ name: 'state-diagram.png', mimeType: 'image/png', buffer: readFileSync(PNG) });
  await expect(page.getByTestId('notice')).toContainText('state-diagram.png is a PNG picture, not a journey or an OpenAPI document');
  await expect(tabs).toHaveCount(before);
  await expect(page.locator('[data-testid="doc-tab"].active')).toHaveAttribute('data-file', 'auth-jwt-scopes.journey.yaml');
  expect(await pageWidth(page)).toBe(width);
});

test('a binary file and a file over 2 MB dropped on the page are refused, each named with its reason; no tab opens', async ({ page }) => {
  await page.goto('/');
  await canvasSettled(page);
  const tabs = page.locator('[data-testid="doc-tab"]');
  const before = await tabs.count();
  const width = await pageWidth(page);
  await dropFiles(page, [
    { name: 'archive.bin', mimeType: 'application/octet-stream', base64: readFileSync(BINARY).toString('base64') },
    { name: 'huge.journey.yaml', mimeType: 'application/yaml', repeatA: 2 * 1024 * 1024 + 10 },
  ]);
  const notice = page.getByTestId('notice');
  await expect(notice).toContainText('archive.bin is a binary file');
  await expect(notice).toContainText('huge.journey.yaml is too big to open (2.0 MB; the limit is 2.0 MB)');
  await expect(tabs).toHaveCount(before);
  expect(await pageWidth(page)).toBe(width);
});

test('a YAML file that is not a journey is refused with what it is instead of opening as a broken journey', async ({ page }) => {
  await page.goto('/');
  await canvasSettled(page);
  const tabs = page.locator('[data-testid="doc-tab"]');
  const before = await tabs.count();
  await page.locator('input[data-testid="open-journey"]').setInputFiles({
    name: 'http-success.scenario.yaml',
    mimeType: 'application/yaml',
    buffer: readFileSync('test/fixtures/examples/technical/http-success/http-success.scenario.yaml'),
  });
  await expect(page.getByTestId('notice')).toContainText('http-success.scenario.yaml is a scenario file: open it with Scenario… in the toolbar');
  await expect(tabs).toHaveCount(before);
});

test('a journey that never parsed does not claim a last good graph', async ({ page }) => {
  await page.goto('/');
  await canvasSettled(page);
  await page.locator('input[data-testid="open-journey"]').setInputFiles({ name: 'draft.journey.yaml', mimeType: 'application/yaml', buffer: Buffer.from('spec: [never closed\n') });
  await expect(page.locator('[data-testid="doc-tab"].active')).toHaveAttribute('data-file', 'draft.journey.yaml');
  const status = page.getByTestId('save-status');
  await expect(status).toContainText('YAML does not parse — nothing to draw until it does');
  await expect(status).not.toContainText('last good graph');
});
