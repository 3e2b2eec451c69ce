/**
 * Placement as in the best diagram editors: a new state goes in free space
 * next to the selected state (or its neighbour), never over another; placed
 * states stay where they are; a new state is brought into view; every place
 * survives a reload. Driven with the mouse and the keyboard.
 */
import { test, expect, type Page } from '@playwright/test';
import { canvasSettled, codePaneReady, connect, saved, stateNode, stateNodes } from './helpers';
import { diagramShape, distance, expectInView, expectOverNothing, gap, stateBoxes, typeLinesAtEnd } from './placement-helpers';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(stateNodes(page)).toHaveCount(8);
  await canvasSettled(page);
});

test('palette Enter adds a state next to the selected one, over no other state @both', async ({ page }) => {
  // The last state of the flow: the new one belongs beside it, at the bottom of the diagram.
  await stateNode(page, 'done').click();
  await expect(stateNode(page, 'done')).toHaveClass(/selected/);
  await page.locator('[data-testid="palette-item"][data-item="task:httpCall:v1"]').focus();
  await page.keyboard.press('Enter');
  await expect(stateNode(page, 'newTask')).toHaveCount(1);
  await canvasSettled(page);
  await expectOverNothing(page, 'newTask');
  // Still so once the diagram has had time to lay itself out again.
  await page.waitForTimeout(1500);
  await expectOverNothing(page, 'newTask');
  const boxes = await stateBoxes(page);
  const sel = boxes.get('done')!;
  // Next to it: less than half a state's width of empty space between the two.
  expect(gap(boxes.get('newTask')!, sel)).toBeLessThan(sel.width / 2);
  await expectInView(page, 'newTask');
});

test('a state typed into the YAML lands on free space, near the state it leads to', async ({ page }) => {
  await codePaneReady(page);
  await typeLinesAtEnd(page, ['', '    audit:', '      type: wait', '      next: fetchUser']);
  await expect(page.locator('.react-flow__edge[data-testid*="audit>fetchUser"]')).toHaveCount(1);
  await expectOverNothing(page, 'audit');
  // Still so once the diagram has had time to lay itself out again.
  await page.waitForTimeout(1500);
  await canvasSettled(page);
  await expectOverNothing(page, 'audit');
  const boxes = await stateBoxes(page);
  expect(distance(boxes.get('audit')!, boxes.get('fetchUser')!)).toBeLessThan(3 * boxes.get('fetchUser')!.width);
});

test('after a connect nothing that was placed moves, and every place survives a reload', async ({ page }) => {
  const before = await diagramShape(page, 'validateJwt');
  // Re-route decide's default to userFound: upstreamFailed is left without a way in.
  await connect(page, 'decide', 'default', 'userFound');
  await expect(page.locator('.react-flow__edge[data-testid*="decide>userFound"]')).toHaveCount(2);
  await canvasSettled(page);
  // Wait out the pause after which the diagram would lay itself out again.
  await page.waitForTimeout(1500);
  const after = await diagramShape(page, 'validateJwt');
  expect(after).toEqual(before);
  await saved(page);
  await page.reload();
  await expect(stateNodes(page)).toHaveCount(8);
  await expect(page.locator('.react-flow__edge[data-testid*="decide>userFound"]')).toHaveCount(2);
  await canvasSettled(page);
  expect(await diagramShape(page, 'validateJwt')).toEqual(after);
});

const edge = (page: Page, from: string, to: string) => page.locator(`.react-flow__edge[data-testid*="${from}>${to}"]`);

test('append from the context pad in one click wires the new state and shows it', async ({ page }) => {
  await stateNode(page, 'decide').click();
  const shape = await diagramShape(page, 'validateJwt');
  // A choice appends through its default (never an invented branch): between decide and upstreamFailed.
  await page.getByRole('button', { name: 'Append an HTTP call task after decide' }).click();
  await expect(stateNode(page, 'newTask')).toHaveCount(1);
  await expect(edge(page, 'decide', 'newTask')).toHaveCount(1);
  await expect(edge(page, 'newTask', 'upstreamFailed')).toHaveCount(1);
  await expect(stateNode(page, 'newTask')).toHaveClass(/selected/);
  await canvasSettled(page);
  await expectOverNothing(page, 'newTask');
  await expectInView(page, 'newTask');
  const after = await diagramShape(page, 'validateJwt');
  for (const id of Object.keys(shape)) expect(after[id]).toEqual(shape[id]);
});

test('the append menu with the keyboard: A, Tab to a type, Enter', async ({ page }) => {
  await stateNode(page, 'fetchUser').click();
  await page.keyboard.press('a');
  await expect(page.getByRole('menu', { name: 'Append after fetchUser' })).toBeVisible();
  // The first type has the focus; the second is transform.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('menuitem', { name: 'transform' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(edge(page, 'fetchUser', 'newTransform')).toHaveCount(1);
  await expect(edge(page, 'newTransform', 'decide')).toHaveCount(1);
  await canvasSettled(page);
  await expectOverNothing(page, 'newTransform');
  await expectInView(page, 'newTransform');
});

test('insert an auth guard before a state from the pad: placed, in view, nothing else moves @both', async ({ page }) => {
  const shape = await diagramShape(page, 'validateJwt');
  await stateNode(page, 'fetchUser').click();
  await page.getByRole('button', { name: 'Insert an auth guard before fetchUser…' }).click();
  await page.getByRole('menuitem', { name: 'JWT', exact: true }).click();
  const guard = stateNode(page, 'validateFetchUserJwt');
  await expect(guard).toHaveAttribute('data-task-kind', 'jwtValidate:v1');
  await expect(edge(page, 'checkScopes', 'validateFetchUserJwt')).toHaveCount(1);
  await canvasSettled(page);
  const boxes = await stateBoxes(page);
  const added = [...boxes.keys()].filter((id) => !(id in shape));
  expect(added.length).toBeGreaterThanOrEqual(2);
  for (const id of added) await expectOverNothing(page, id);
  await expectInView(page, 'validateFetchUserJwt');
  const after = await diagramShape(page, 'validateJwt');
  for (const id of Object.keys(shape)) expect(after[id]).toEqual(shape[id]);
});

test('insert on a transition: a palette item dropped on it, or its "+", goes between the two states', async ({ page }) => {
  const a = (await stateBoxes(page)).get('validateJwt')!;
  const b = (await stateBoxes(page)).get('checkScopes')!;
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  // The middle of the line from validateJwt down to checkScopes.
  const at = { x: a.x + a.width / 2 - pane.x, y: (a.y + a.height + b.y) / 2 - pane.y };
  await page.locator('[data-testid="palette-item"][data-item="timer"]').dragTo(page.locator('.react-flow__pane'), { targetPosition: at });
  await expect(stateNode(page, 'newTimer')).toHaveCount(1);
  await expect(edge(page, 'validateJwt', 'newTimer')).toHaveCount(1);
  await expect(edge(page, 'newTimer', 'checkScopes')).toHaveCount(1);
  await expect(edge(page, 'validateJwt', 'checkScopes')).toHaveCount(0);
  await canvasSettled(page);
  await expectOverNothing(page, 'newTimer');
  // One step: a single undo takes it all back.
  await page.keyboard.press('Control+z');
  await expect(stateNode(page, 'newTimer')).toHaveCount(0);
  await expect(edge(page, 'validateJwt', 'checkScopes')).toHaveCount(1);

  // The "+" of a selected transition.
  await canvasSettled(page);
  // A person clicks on the line between the two states.
  const boxes = await stateBoxes(page);
  const f = boxes.get('fetchUser')!;
  const d = boxes.get('decide')!;
  // Near its top: the middle of the line carries the auth badge.
  await page.mouse.click(f.x + f.width / 2, f.y + f.height + (d.y - f.y - f.height) / 4);
  await page.getByRole('button', { name: 'Insert a state between fetchUser and decide…' }).click();
  await page.getByRole('menuitem', { name: 'wait' }).click();
  await expect(edge(page, 'fetchUser', 'newWait')).toHaveCount(1);
  await expect(edge(page, 'newWait', 'decide')).toHaveCount(1);
  await canvasSettled(page);
  await expectOverNothing(page, 'newWait');
});
