/**
 * OpenAPI documents in the editor: a journey's operationRefs are checked
 * against the documents the person opens (or an example brings), as the CLI
 * checks them against the files beside the journey.
 */
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { canvasSettled, openJourney } from './helpers';

const COMPENSATION = 'test/fixtures/examples/technical/http-compensation/http-compensation.journey.yaml';
const BILLING = 'test/fixtures/examples/apis/billing.openapi.yaml';

const binding = (page: Page, api: string) => page.locator(`[data-testid="api-binding"][data-api="${api}"]`);
const problems = (page: Page, code: string) => page.locator(`[data-testid="diagnostic"][data-code="${code}"]`);

async function openApiFile(page: Page, file: string): Promise<void> {
  await page.locator('input[data-testid="open-journey"]').setInputFiles({
    name: file.split('/').pop()!,
    mimeType: 'application/yaml',
    buffer: readFileSync(file),
  });
}

test("the start-up example's API document is there, and a journey's own is checked once opened, also after a reload", async ({ page }) => {
  await page.goto('/');
  await canvasSettled(page);
  // auth-jwt-scopes calls the users API; its document comes with the example.
  await expect(binding(page, 'users')).toHaveAttribute('data-found', 'true');

  await openJourney(page, COMPENSATION);
  await canvasSettled(page);
  await expect(binding(page, 'billing')).toHaveAttribute('data-found', 'false');
  await expect(binding(page, 'billing')).toContainText('billing.openapi.yaml is not open');
  // Not open is not a problem of the journey: the inspector says how to have it checked.
  await expect(problems(page, 'SCH-004')).toHaveCount(1);
  await expect(problems(page, 'OPENAPI-001')).toHaveCount(0);
  await expect(problems(page, 'CAT-003')).toHaveCount(0);

  // Opened from where it is missing, the document is not a journey: no tab, a notice, and billing's operationRefs are checked.
  const tabs = page.locator('[data-testid="doc-tab"]');
  const before = await tabs.count();
  await expect(binding(page, 'billing')).toContainText('Open billing.openapi.yaml…');
  await binding(page, 'billing').getByTestId('api-open').setInputFiles({
    name: 'billing.openapi.yaml',
    mimeType: 'application/yaml',
    buffer: readFileSync(BILLING),
  });
  await expect(page.getByTestId('notice')).toContainText('billing.openapi.yaml (5 operations)');
  await expect(tabs).toHaveCount(before);
  await expect(binding(page, 'billing')).toHaveAttribute('data-found', 'true');
  await expect(problems(page, 'CAT-003')).toHaveCount(2);
  await expect(problems(page, 'CAT-003').first()).toContainText("operation 'cancelCharge' is not in billing.openapi.yaml");
  await expect(problems(page, 'CAT-003').first()).toContainText('29:25');

  await page.reload();
  await canvasSettled(page);
  await expect(binding(page, 'billing')).toHaveAttribute('data-found', 'true');
  await expect(problems(page, 'CAT-003')).toHaveCount(2);

  // Removed, billing is no longer checked.
  await page.locator('[data-testid="api-document"][data-name="billing.openapi.yaml"] [data-testid="api-remove"]').click();
  await expect(binding(page, 'billing')).toHaveAttribute('data-found', 'false');
  await expect(problems(page, 'CAT-003')).toHaveCount(0);
  // The start-up example's document was saved too (it arrived while the app was starting).
  await page.locator('[data-testid="doc-tab"][data-file="auth-jwt-scopes.journey.yaml"]').click();
  await expect(binding(page, 'users')).toHaveAttribute('data-found', 'true');
});

test("an operationRef field suggests the operations of the API's document and says what it calls; the mock offers its responses", async ({ page }) => {
  await page.goto('/');
  await canvasSettled(page);
  await page.locator('.react-flow__node[data-state-id="fetchUser"]').click();
  const suggestions = page.locator('[data-testid="field-suggestions"] option');
  await expect(suggestions.first()).toBeAttached();
  const values = await suggestions.evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  expect(values).toContain('users.getUserById');
  await expect(page.getByTestId('operation-hint')).toHaveText('GET /users/{userId} · requires path userId');
  // The Mock panel offers the responses the document declares.
  await page.getByRole('tab', { name: 'Mock', exact: true }).click();
  await expect(page.getByTestId('mock-operation')).toHaveText('GET /users/{userId} · documented: 200, 404');
  const statuses = await page.locator('#mock-status-documented option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  expect(statuses).toEqual(['200', '404']);
});

test('a share link can carry the OpenAPI documents, so the receiver sees the same operationRef findings', async ({ page, browser }) => {
  await page.goto('/');
  await canvasSettled(page);
  await openJourney(page, COMPENSATION);
  await openApiFile(page, BILLING);
  await expect(problems(page, 'CAT-003')).toHaveCount(2);
  await page.getByTestId('share-button').click();
  const dialog = page.getByTestId('share-dialog');
  const include = dialog.getByTestId('share-include-apis');
  await expect(dialog).toContainText('Include its OpenAPI documents (billing.openapi.yaml)');
  const url = dialog.getByTestId('share-url');
  await expect(url).toHaveValue(/#share=1\./);
  const without = await url.inputValue();
  await include.check();
  await expect(url).not.toHaveValue(without);
  const link = await url.inputValue();

  const other = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  try {
    const receiver = await other.newPage();
    await receiver.goto(link);
    await expect(receiver.getByTestId('share-message')).toContainText('OpenAPI documents added: billing.openapi.yaml.');
    await canvasSettled(receiver);
    await expect(binding(receiver, 'billing')).toHaveAttribute('data-found', 'true');
    await expect(problems(receiver, 'CAT-003')).toHaveCount(2);
  } finally {
    await other.close();
  }
});
