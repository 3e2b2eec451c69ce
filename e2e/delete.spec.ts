import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { canvasSettled, codePaneReady, exportAs, saved, stateNode, stateNodes } from './helpers';
import { edge, lineOf } from './h3-helpers';

// The start-up journey: Journey Studio's corrected copy of the example (src/editor/files/example-corrections.ts).
const EXAMPLE = 'src/editor/files/corrected/auth-jwt-scopes.journey.yaml';
const original = readFileSync(EXAMPLE, 'utf8');

test('Delete a state: the branch that led to it keeps its predicate, is marked, re-pointed by its quick fix, and Ctrl+Z restores all', async ({ page }) => {
  await page.goto('/');
  await canvasSettled(page);
  const pane = await codePaneReady(page);
  await expect(stateNodes(page)).toHaveCount(8);

  await stateNode(page, 'fetchUser').click();
  await page.keyboard.press('Delete');
  await expect(stateNode(page, 'fetchUser')).toHaveCount(0);
  await expect(stateNodes(page)).toHaveCount(7);

  // The scope check did not vanish: its branch is listed as a problem, where the branch is written.
  const dangling = page.locator('[data-testid="diagnostic"][data-code="GRAPH-001"]');
  await expect(dangling).toHaveCount(1);
  await expect(dangling).toContainText("'checkScopes' points to unknown state 'fetchUser'");
  await expect(dangling).toHaveAttribute('data-line', String(lineOf(original, 'next: fetchUser')));
  // Opening the problem shows the branch in the code pane, predicate and all.
  await dangling.click();
  await expect(pane.locator('.view-lines')).toContainText('contains "read:users"');
  await expect(pane.locator('.view-lines')).toContainText('next: fetchUser');

  // Its quick fix points the branch at the deleted state's successor; remove is offered beside it.
  await expect(dangling.locator('[data-testid="quick-fix-alt"]')).toHaveText('Remove this branch');
  const fix = dangling.locator('[data-testid="quick-fix"]');
  await expect(fix).toHaveText("Point to 'decide'");
  await fix.click();
  await expect(dangling).toHaveCount(0);
  await expect(edge(page, 'checkScopes', 'decide', 'choice')).toHaveCount(1);
  await expect(pane.locator('.view-lines')).toContainText('next: decide');

  // Undo: the fix, then the delete, each one step; the file is exactly as before.
  await stateNode(page, 'checkScopes').click();
  await page.keyboard.press('Control+z');
  await expect(dangling).toHaveCount(1);
  await page.keyboard.press('Control+z');
  await expect(stateNode(page, 'fetchUser')).toHaveCount(1);
  await expect(dangling).toHaveCount(0);
  await expect(edge(page, 'checkScopes', 'fetchUser', 'choice')).toHaveCount(1);
  await saved(page);
  expect((await exportAs(page, 'yaml')).text).toBe(original);
});
