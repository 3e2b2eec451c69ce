import { test, expect } from '@playwright/test';
import { canvasSettled } from './helpers';

test('a state clicked as soon as the first diagram is drawn is selected, and the diagram does not move under the pointer @both', async ({ page }) => {
  await page.goto('/');
  const state = page.locator('.react-flow__node[data-state-id="fetchUser"]');
  // No wait for data-settled: a person clicks what they see.
  await expect(state).toBeVisible();
  const drawnAt = await state.boundingBox();
  await state.click();
  await expect(state).toHaveClass(/selected/);
  await expect(page.locator('[data-testid="inspector"]')).toHaveAttribute('data-state', 'fetchUser');
  await canvasSettled(page);
  const settledAt = await state.boundingBox();
  expect(Math.abs(settledAt!.x - drawnAt!.x)).toBeLessThan(2);
  expect(Math.abs(settledAt!.y - drawnAt!.y)).toBeLessThan(2);
});

test('the first screen tells a newcomer what they can do, beside the canvas, and runs the example’s scenarios from there @both', async ({ page }) => {
  await page.goto('/');
  const welcome = page.getByTestId('welcome');
  await expect(welcome).toBeVisible();
  await expect(welcome).toContainText('Open…');
  await expect(welcome).toContainText('New…');
  // Not over the canvas: a person sees the whole diagram and the card.
  const card = (await welcome.boundingBox())!;
  const canvas = (await page.getByTestId('canvas').boundingBox())!;
  expect(card.x >= canvas.x + canvas.width || card.x + card.width <= canvas.x || card.y >= canvas.y + canvas.height).toBe(true);
  await welcome.getByRole('button', { name: 'Run the scenarios' }).click();
  await expect(page.getByRole('tab', { name: 'Simulation' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('scenario-result').first()).toBeVisible();
  await expect(page.locator('[data-testid="scenario-result"][data-passed="false"]')).toHaveCount(0);
  await welcome.getByRole('button', { name: 'Show auth outcomes' }).click();
  await expect(page.getByRole('tab', { name: 'Auth' })).toHaveAttribute('aria-selected', 'true');
});

test('the welcome, once dismissed, stays dismissed after a reload', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('welcome').getByRole('button', { name: 'Got it' }).click();
  await expect(page.getByTestId('welcome')).toHaveCount(0);
  await page.reload();
  await expect(page.locator('.react-flow__node[data-state-id="validateJwt"]')).toBeVisible();
  await expect(page.getByTestId('welcome')).toHaveCount(0);
});

test('an example under New… opens with no error and says why it keeps its warnings; the start-up journey has no finding', async ({ page }) => {
  await page.goto('/');
  await canvasSettled(page);
  const severity = (s: string) => page.locator(`[data-testid="severity-filter"][data-severity="${s}"]`);
  await expect(severity('error')).toHaveText('0 errors');
  await expect(severity('warning')).toHaveText('0 warnings');
  const example = page.getByTestId('new-journey').locator('option[value="example:technical/payment-reminder-with-timeout"]');
  await expect(example).toHaveText('payment-reminder-with-timeout (keeps 7 warnings on purpose)');
  await expect(example).toHaveAttribute('title', /XFORM-010: dialect D11/);
  await page.getByTestId('new-journey').selectOption('example:technical/payment-reminder-with-timeout');
  await expect(page.locator('[data-testid="doc-tab"].active')).toHaveAttribute('data-file', 'payment-reminder-with-timeout.journey.yaml');
  await expect(page.getByTestId('notice')).toContainText('This example keeps 7 warnings on purpose: 4 × XFORM-010 (dialect D11)');
  await canvasSettled(page);
  await expect(severity('error')).toHaveText('0 errors');
  await expect(severity('warning')).toHaveText('7 warnings');
});
