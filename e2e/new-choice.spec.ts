import { test, expect } from '@playwright/test';
import { canvasSettled, codePaneReady, dragFromPalette, exportAs, saved, stateNode } from './helpers';

test('a dropped choice wires nothing: no invented predicate, no edge from it, one problem asking for branches', async ({ page }) => {
  await page.goto('/');
  await canvasSettled(page);
  await codePaneReady(page);
  await stateNode(page, 'validateJwt').click(); // a selected state used to become the choice's target

  await dragFromPalette(page, 'choice', { x: 300, y: 60 });
  await expect(stateNode(page, 'newChoice')).toHaveAttribute('data-state-type', 'choice');

  // The one finding on it asks for branches; no loop was made for the person.
  const problem = page.locator('[data-testid="diagnostic"][data-code="CHOICE-001"]');
  await expect(problem).toHaveCount(1);
  await expect(problem).toContainText("Choice 'newChoice' has no branches yet");
  await expect(page.locator('[data-testid="diagnostic"][data-code="LIFE-004"]')).toHaveCount(0);
  await canvasSettled(page);
  await expect(page.locator('.react-flow__edge[data-testid*=":newChoice>"]')).toHaveCount(0);

  await saved(page);
  const yaml = (await exportAs(page, 'yaml')).text;
  expect(yaml).not.toContain('expr: "true"');
  expect(yaml).toContain('    newChoice:\n      type: choice\n      choices: []\n');
});
