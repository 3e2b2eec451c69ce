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
