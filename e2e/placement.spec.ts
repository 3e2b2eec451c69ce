/**
 * Placement as in the best diagram editors: a new state goes in free space
 * next to the selected state (or its neighbour), never over another; placed
 * states stay where they are; a new state is brought into view; every place
 * survives a reload. Driven with the mouse and the keyboard.
 */
import { test, expect } from '@playwright/test';
import { canvasSettled, codePaneReady, connect, saved, stateNode, stateNodes } from './helpers';
import { diagramShape, distance, expectInView, expectOverNothing, stateBoxes, typeLinesAtEnd } from './placement-helpers';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(stateNodes(page)).toHaveCount(7);
  await canvasSettled(page);
});

test('palette Enter adds a state next to the selected one, over no other state @both', async ({ page }) => {
  await stateNode(page, 'validateJwt').click();
  await expect(stateNode(page, 'validateJwt')).toHaveClass(/selected/);
  await page.locator('[data-testid="palette-item"][data-item="task:httpCall:v1"]').focus();
  await page.keyboard.press('Enter');
  await expect(stateNode(page, 'newTask')).toHaveCount(1);
  await canvasSettled(page);
  await expectOverNothing(page, 'newTask');
  const boxes = await stateBoxes(page);
  const sel = boxes.get('validateJwt')!;
  // Next to it: within about two node widths.
  expect(distance(boxes.get('newTask')!, sel)).toBeLessThan(2.5 * sel.width);
  await expectInView(page, 'newTask');
});

test('a state typed into the YAML lands on free space, near the state that points to it @both', async ({ page }) => {
  await codePaneReady(page);
  await typeLinesAtEnd(page, ['', '    audit:', '      type: succeed']);
  await expect(stateNode(page, 'audit')).toHaveCount(1);
  await canvasSettled(page);
  await expectOverNothing(page, 'audit');
});

test('after a connect nothing that was placed moves, and every place survives a reload @both', async ({ page }) => {
  await stateNode(page, 'fetchUser').click();
  await page.locator('[data-testid="palette-item"][data-item="transform"]').focus();
  await page.keyboard.press('Enter');
  await expect(stateNode(page, 'newTransform')).toHaveCount(1);
  await canvasSettled(page);
  const before = await diagramShape(page, 'validateJwt');
  await connect(page, 'fetchUser', 'next', 'newTransform');
  await expect(page.locator('.react-flow__edge[data-testid*="fetchUser>newTransform"]')).toHaveCount(1);
  await canvasSettled(page);
  // Wait out the pause after which ELK would have re-placed anything.
  await page.waitForTimeout(1200);
  const after = await diagramShape(page, 'validateJwt');
  expect(after).toEqual(before);
  await saved(page);
  await page.reload();
  await expect(stateNode(page, 'newTransform')).toHaveCount(1);
  await canvasSettled(page);
  expect(await diagramShape(page, 'validateJwt')).toEqual(after);
});
