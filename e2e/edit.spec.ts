import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { stateAdd } from '../src/core/commands/state-add';
import { transitionConnect } from '../src/core/commands/transition-connect';
import { canvasKey, canvasSettled, codePaneReady, connect, dragFromPalette, exportAs, openJourney, saved, stateNode, stateNodes, typeAtEnd } from './helpers';

const EXAMPLE = 'test/fixtures/examples/technical/auth-jwt-scopes/auth-jwt-scopes.journey.yaml';
const original = readFileSync(EXAMPLE, 'utf8');

/** The bytes a person would have written by hand: the same two edits, done by the core commands. */
function expectedAfterEdits(): string {
  const added = stateAdd.apply(original, { type: 'task', taskKind: 'jwtValidate:v1' });
  if ('error' in added) throw new Error(added.error);
  const wired = transitionConnect.apply(added.text, { from: 'newTask', to: 'checkScopes', via: 'next' });
  if ('error' in wired) throw new Error(wired.error);
  return wired.text;
}

test('drag a jwtValidate node from the palette, wire it to a choice, undo, reload, export', async ({ page }) => {
  await page.goto('/');
  await openJourney(page, EXAMPLE);
  await expect(stateNodes(page)).toHaveCount(7);
  const pane = await codePaneReady(page);

  await dragFromPalette(page, 'task:jwtValidate:v1', { x: 300, y: 60 });
  const added = stateNode(page, 'newTask');
  await expect(added).toHaveAttribute('data-task-kind', 'jwtValidate:v1');
  await expect(pane.locator('.view-lines')).toContainText('newTask:');

  await connect(page, 'newTask', 'next', 'checkScopes');
  await expect(page.locator('.react-flow__edge[data-testid*="newTask>checkScopes"]')).toHaveCount(1);
  await saved(page);

  // Export gives exactly the bytes of the two edits, nothing else touched.
  const exported = await exportAs(page, 'yaml');
  expect(exported.name).toBe('auth-jwt-scopes.journey.yaml');
  expect(exported.text).toBe(expectedAfterEdits());

  // Reload: the work is restored from IndexedDB.
  await page.reload();
  await expect(stateNode(page, 'newTask')).toHaveAttribute('data-task-kind', 'jwtValidate:v1');
  await expect(page.locator('.react-flow__edge[data-testid*="newTask>checkScopes"]')).toHaveCount(1);
});

test('one history for both panes: undo a canvas edit and a typed edit with Ctrl+Z', async ({ page }) => {
  await page.goto('/');
  await openJourney(page, EXAMPLE);
  await expect(stateNodes(page)).toHaveCount(7);
  await codePaneReady(page);
  // Nothing done yet: the toolbar offers neither undo nor redo.
  await expect(page.getByTestId('undo')).toBeDisabled();
  await expect(page.getByTestId('redo')).toBeDisabled();
  await dragFromPalette(page, 'task:jwtValidate:v1', { x: 300, y: 60 });
  await expect(stateNode(page, 'newTask')).toHaveCount(1);
  await expect(page.getByTestId('undo')).toBeEnabled();
  await expect(page.getByTestId('redo')).toBeDisabled();
  await connect(page, 'newTask', 'next', 'checkScopes');
  await expect(page.locator('.react-flow__edge[data-testid*="newTask>checkScopes"]')).toHaveCount(1);
  await typeAtEnd(page, '\n    archived:\n      type: succeed\n');
  await expect(stateNode(page, 'archived')).toHaveCount(1);

  // Ctrl+Z in the code pane takes back the typing; on the canvas, the canvas edits.
  await page.keyboard.press('Control+z');
  await expect(stateNode(page, 'archived')).toHaveCount(0);
  await expect(page.locator('.react-flow__edge[data-testid*="newTask>checkScopes"]')).toHaveCount(1);
  await canvasKey(page, 'Control+z');
  await expect(page.locator('.react-flow__edge[data-testid*="newTask>checkScopes"]')).toHaveCount(0);
  await expect(stateNode(page, 'newTask')).toHaveCount(1);
  await canvasKey(page, 'Control+z');
  await expect(stateNode(page, 'newTask')).toHaveCount(0);
  await expect(stateNodes(page)).toHaveCount(7);
  await saved(page);
  const exported = await exportAs(page, 'yaml');
  expect(exported.text).toBe(original);

  await expect(page.getByTestId('undo')).toBeDisabled();

  // Redo brings the node back, as in any editor; the toolbar's redo button does the next step.
  await canvasKey(page, 'Control+y');
  await expect(stateNode(page, 'newTask')).toHaveCount(1);
  await page.getByTestId('redo').click();
  await expect(page.locator('.react-flow__edge[data-testid*="newTask>checkScopes"]')).toHaveCount(1);
});

test('a quick fix from the Problems panel is one click, and one undo step', async ({ page }) => {
  const file = 'test/fixtures/examples/business/b2b-purchase-order/b2b-purchase-order.journey.yaml';
  await page.goto('/');
  await openJourney(page, file);
  // The diagram of a journey opened in the page's first seconds is drawn once the editor is ready: wait for it.
  await canvasSettled(page);
  const dialect = page.locator('[data-testid="diagnostic"][data-code="WAIT-004"]');
  await expect(dialect.first()).toBeVisible();
  const found = await dialect.count();
  const states = await stateNodes(page).count();
  await dialect.first().locator('[data-testid="quick-fix"]').click();
  await expect(dialect).toHaveCount(found - 1);
  await expect(stateNodes(page)).toHaveCount(states);
  await canvasKey(page, 'Control+z');
  await expect(dialect).toHaveCount(found);
  await saved(page);
  expect((await exportAs(page, 'yaml')).text).toBe(readFileSync(file, 'utf8'));
});

test('clicking a problem (or Enter on it) selects its state on the canvas and puts the caret on its line', async ({ page }) => {
  const file = 'test/fixtures/examples/business/b2b-purchase-order/b2b-purchase-order.journey.yaml';
  await page.goto('/');
  await openJourney(page, file);
  await canvasSettled(page);
  const pane = await codePaneReady(page);
  const problem = page.locator('[data-testid="diagnostic"][data-code="WAIT-004"]').first();
  const [line] = (await problem.locator('.diag-pos').innerText()).split(':');
  await problem.locator('.diag-msg').click();
  const state = /Wait state '(\w+)'/.exec(await problem.locator('.diag-msg').innerText())![1];
  await expect(page.locator('[data-testid="inspector"]')).toHaveAttribute('data-state', state);
  await expect(stateNode(page, state)).toHaveClass(/selected/);
  await expect(pane.locator('.line-numbers.active-line-number')).toHaveText(line);

  // Without a mouse: focus another problem and press Enter.
  const other = page.locator('[data-testid="diagnostic"][data-code="WAIT-004"]').nth(1);
  const [otherLine] = (await other.locator('.diag-pos').innerText()).split(':');
  const otherState = /Wait state '(\w+)'/.exec(await other.locator('.diag-msg').innerText())![1];
  expect(otherState).not.toBe(state);
  await other.focus();
  await page.keyboard.press('Enter');
  // A state inside a parallel branch is selected by its qualified id (parallel/branch/state).
  await expect(page.locator('[data-testid="inspector"]')).toHaveAttribute('data-state', new RegExp(`(^|/)${otherState}$`));
  await expect(pane.locator('.line-numbers.active-line-number')).toHaveText(otherLine);
});

test('closing the tab with changes never exported asks first; once exported, it does not', async ({ page }) => {
  await page.goto('/');
  await expect(stateNodes(page)).toHaveCount(8);
  await typeAtEnd(page, '\n    archived:\n      type: succeed\n');
  await expect(stateNode(page, 'archived')).toHaveCount(1);
  await expect(page.locator('[data-testid="doc-tab"].active')).toContainText('•');
  const asked: string[] = [];
  page.on('dialog', (d) => {
    asked.push(d.type());
    void d.dismiss();
  });
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => asked).toEqual(['beforeunload']);
  expect(page.isClosed()).toBe(false);

  await saved(page);
  await exportAs(page, 'yaml');
  await expect(page.locator('[data-testid="doc-tab"].active')).not.toContainText('•');
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => page.isClosed()).toBe(true);
  expect(asked).toEqual(['beforeunload']);
});

test('the Problems panel counts each severity, and hides or shows one with a click', async ({ page }) => {
  await page.goto('/');
  // The upstream example keeps one warning (SCH-007); the start-up copy has none.
  await openJourney(page, EXAMPLE);
  await canvasSettled(page);
  const rows = page.locator('[data-testid="diagnostic"]');
  const warnings = page.locator('[data-testid="severity-filter"][data-severity="warning"]');
  await expect(page.locator('[data-testid="severity-filter"][data-severity="error"]')).toHaveText('0 errors');
  await expect(warnings).toHaveText('1 warning');
  await expect(rows).toHaveCount(1);
  await warnings.click();
  await expect(warnings).toHaveAttribute('aria-pressed', 'false');
  await expect(rows).toHaveCount(0);
  // Hidden, the count still says it is there.
  await expect(warnings).toHaveText('1 warning');
  await warnings.click();
  await expect(warnings).toHaveAttribute('aria-pressed', 'true');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toHaveAttribute('data-severity', 'warning');
});

test('"all N" applies every fix of one rule in one step, and one undo takes them all back', async ({ page }) => {
  await page.goto('/');
  await canvasSettled(page);
  await openJourney(page, 'test/fixtures/examples/business/loan-application/loan-application.journey.yaml');
  await canvasSettled(page);
  const dialect = page.locator('[data-testid="diagnostic"][data-code="EXPR-007"]');
  await expect(dialect.first()).toBeVisible();
  const found = await dialect.count();
  expect(found).toBeGreaterThan(1);
  await expect(dialect.first().getByTestId('fix-all-code')).toHaveText(`all ${found}`);
  await dialect.first().getByTestId('fix-all-code').click();
  await expect(page.getByTestId('notice')).toContainText(`Applied ${found} fixes in one step`);
  await expect(dialect).toHaveCount(0);
  await page.getByTestId('undo').click();
  await expect(dialect).toHaveCount(found);
});

test('in the code pane, Ctrl+. offers to fix all findings of the rule at the caret', async ({ page }) => {
  await page.goto('/');
  await canvasSettled(page);
  await openJourney(page, 'test/fixtures/examples/business/loan-application/loan-application.journey.yaml');
  await canvasSettled(page);
  const dialect = page.locator('[data-testid="diagnostic"][data-code="EXPR-007"]');
  const found = await dialect.count();
  expect(found).toBeGreaterThan(1);
  // Clicking a problem brings its line into view; a click on that line puts the caret there.
  await dialect.first().locator('.diag-msg').click();
  const pane = await codePaneReady(page);
  await pane.locator('.view-line', { hasText: 'checks.bureauA.ok' }).first().click();
  await page.keyboard.press('Control+Period');
  const fixAll = page.locator('.action-widget').getByText(`Fix all ${found} EXPR-007 findings in this file`);
  await expect(fixAll).toBeVisible();
  await fixAll.click();
  await expect(dialect).toHaveCount(0);
});
