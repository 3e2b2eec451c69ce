import { test, expect } from '@playwright/test';
import { stateNode, stateNodes, typeAtEnd } from './helpers';

test('the app opens the default example with its states and diagnostics hooks', async ({ page }) => {
  await page.goto('/');
  const nodes = page.locator('.react-flow__node[data-state-id]');
  await expect(nodes).toHaveCount(7);
  await expect(page.locator('.react-flow__node[data-state-id="validateJwt"]')).toHaveAttribute('data-task-kind', 'jwtValidate:v1');
  await expect(page.locator('.react-flow__node[data-state-id="checkScopes"]')).toHaveAttribute('data-state-type', 'choice');
  await expect(page.locator('[data-testid="code-pane"]')).toBeVisible();
  await expect(page.locator('input[data-testid="open-journey"]')).toHaveCount(1);
});

test('typing in the YAML shows on the canvas at once, and Ctrl+Z takes it back', async ({ page }) => {
  await page.goto('/');
  await expect(stateNodes(page)).toHaveCount(7);
  await typeAtEnd(page, '\n    archived:\n      type: succeed\n');
  await expect(stateNode(page, 'archived')).toHaveAttribute('data-state-type', 'succeed');
  await page.keyboard.press('Control+z');
  await expect(stateNode(page, 'archived')).toHaveCount(0);
  await expect(stateNodes(page)).toHaveCount(7);
});
