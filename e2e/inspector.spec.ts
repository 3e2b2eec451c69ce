import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { setChoicePredicate } from '../src/core/commands/expr-set';
import { stateAdd } from '../src/core/commands/state-add';
import { canvasKey, canvasSettled, codePaneReady, exportAs, openJourney, retype, saved, stateNode, stateNodes } from './helpers';

const EXAMPLE = 'test/fixtures/examples/technical/payment-reminder-with-timeout/payment-reminder-with-timeout.journey.yaml';
const original = readFileSync(EXAMPLE, 'utf8');
const ROUTE = 'waitOrTimeout/waitBranch/routeWaitForPayment';

async function openAndSelectRoute(page: Page) {
  await page.goto('/');
  await openJourney(page, EXAMPLE);
  await expect(stateNode(page, ROUTE)).toHaveCount(1);
  await codePaneReady(page);
  await canvasSettled(page);
  await stateNode(page, ROUTE).click();
  await expect(page.locator('[data-testid="inspector"]')).toHaveAttribute('data-state', ROUTE);
}

test('edit a choice predicate in its Monaco field: the YAML changes byte-minimally, and Ctrl+Z undoes it', async ({ page }) => {
  await openAndSelectRoute(page);
  const field = page.locator('[data-testid="expression"][data-choice-index="0"]');
  await expect(field).toHaveAttribute('data-ready', 'true');
  await expect(field.locator('.view-lines')).toContainText('paymentStatus == "PAID"');
  await field.locator('.view-lines').click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('context.payload.paymentStatus == "SETTLED"');
  await page.keyboard.press('Control+Enter');

  const expected = setChoicePredicate(original, ROUTE, 0, 'context.payload.paymentStatus == "SETTLED"');
  if ('error' in expected) throw new Error(expected.error);
  // Only the expression's body changed; the `|` block scalar is kept.
  expect(expected.text).toBe(original.replace('== "PAID"\n', '== "SETTLED"\n'));
  await expect(page.locator('[data-testid="code-pane"] .view-lines')).toContainText('paymentStatus == "SETTLED"');
  await saved(page);
  expect((await exportAs(page, 'yaml')).text).toBe(expected.text);

  await canvasKey(page, 'Control+z');
  await expect(field.locator('.view-lines')).toContainText('paymentStatus == "PAID"');
  await saved(page);
  expect((await exportAs(page, 'yaml')).text).toBe(original);
});

test('a predicate with an error shows the problem under its field', async ({ page }) => {
  await openAndSelectRoute(page);
  const field = page.locator('[data-testid="expression"][data-choice-index="0"]');
  await expect(field).toHaveAttribute('data-ready', 'true');
  await field.locator('.view-lines').click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('context.payload.paymentStatus == ');
  await page.keyboard.press('Control+Enter');
  await expect(field.locator('[data-testid="expression-problems"] li').first()).toBeVisible();
});

test('a broken predicate is squiggled inside its field, its hover tells why, and the squiggle goes once fixed', async ({ page }) => {
  await openAndSelectRoute(page);
  const field = page.locator('[data-testid="expression"][data-choice-index="0"]');
  await expect(field).toHaveAttribute('data-ready', 'true');
  const squiggles = field.locator('.expr-editor .squiggly-error');
  await expect(squiggles).toHaveCount(0);
  await field.locator('.view-lines').click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('context.payload.paymentStatus == ("PAID"');
  await page.keyboard.press('Control+Enter');
  await expect(squiggles).toHaveCount(1);
  await expect(field.locator('[data-testid="expression-problems"] li[data-code="DW_PARSE_ERROR"]')).toHaveCount(1);
  // The parse error is at the end of the expression: the squiggle covers where the text ends (its last, maybe wrapped, row).
  const box = await squiggles.first().boundingBox();
  const rows = await field.locator('.view-line > span').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ y: r.y, right: r.right })));
  const last = rows.sort((a, b) => b.y - a.y)[0];
  if (!box || !last) throw new Error('field not on screen');
  expect(Math.abs(box.y - last.y)).toBeLessThan(2);
  expect(box.x).toBeLessThanOrEqual(last.right);
  expect(box.x + box.width).toBeGreaterThanOrEqual(last.right);

  // The squiggle lies under the text layer: move the mouse there as a person would.
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const hover = page.locator('.monaco-hover').filter({ hasText: 'DW_PARSE_ERROR' });
  await expect(hover).toBeVisible();
  await expect(hover).toContainText("Expected ')'");

  await field.locator('.view-lines').click();
  await page.keyboard.press('End');
  await page.keyboard.type(')');
  await page.keyboard.press('Control+Enter');
  await expect(squiggles).toHaveCount(0);
  await expect(field.locator('[data-testid="expression-problems"]')).toHaveCount(0);
});

test('retarget a choice branch from the inspector: one in-place edit, one undo step', async ({ page }) => {
  await openAndSelectRoute(page);
  const to = 'waitOrTimeout/waitBranch/paymentNotCompleted';
  await page.locator('[data-testid="target-select"][data-field="→ when #1"]').selectOption(to);
  await expect(page.locator(`.react-flow__edge[data-testid*="${ROUTE}>${to}:choice"]`)).toHaveCount(1);
  await expect(page.locator(`.react-flow__edge[data-testid*="${ROUTE}>waitOrTimeout/waitBranch/paymentReceived:choice"]`)).toHaveCount(0);
  await saved(page);
  const edited = (await exportAs(page, 'yaml')).text;
  const at = original.indexOf('next: paymentReceived');
  expect(edited).toBe(original.slice(0, at) + 'next: paymentNotCompleted' + original.slice(at + 'next: paymentReceived'.length));
  await canvasKey(page, 'Control+z');
  await expect(page.locator(`.react-flow__edge[data-testid*="${ROUTE}>waitOrTimeout/waitBranch/paymentReceived:choice"]`)).toHaveCount(1);
  await saved(page);
  expect((await exportAs(page, 'yaml')).text).toBe(original);
});

test('drop a palette item into a parallel branch: the state is added in that branch', async ({ page }) => {
  await page.goto('/');
  await openJourney(page, EXAMPLE);
  const member = stateNode(page, 'waitOrTimeout/waitBranch/waitForPayment');
  await expect(member).toHaveCount(1);
  const states = await stateNodes(page).count();
  // The quick layout is replaced by ELK's shortly after opening: aim once the node stops moving.
  // ELK can answer late on a loaded machine: wait for three quiet samples in a row.
  let quiet = 0;
  let last = '';
  await expect
    .poll(
      async () => {
        await page.waitForTimeout(500);
        const now = JSON.stringify(await member.boundingBox());
        quiet = now === last ? quiet + 1 : 0;
        last = now;
        return quiet >= 3;
      },
      { timeout: 30_000 },
    )
    .toBe(true);
  const pane = await page.locator('.react-flow__pane').boundingBox();
  const box = await member.boundingBox();
  if (!pane || !box) throw new Error('canvas not on screen');
  await page
    .locator('[data-testid="palette-item"][data-item="succeed"]')
    .dragTo(page.locator('.react-flow__pane'), { targetPosition: { x: box.x - pane.x + box.width / 2, y: box.y - pane.y + box.height / 2 }, force: true });
  const added = stateNode(page, 'waitOrTimeout/waitBranch/newSucceed');
  await expect(added).toHaveAttribute('data-state-type', 'succeed');
  await expect(stateNodes(page)).toHaveCount(states + 1);
  const expected = stateAdd.apply(original, { type: 'succeed', scope: 'branch:waitOrTimeout/waitBranch' });
  if ('error' in expected) throw new Error(expected.error);
  await saved(page);
  expect((await exportAs(page, 'yaml')).text).toBe(expected.text);
});

test("a task's fields are a form: a changed timeout is one byte-minimal edit and one undo step; a bad value is refused in place", async ({ page }) => {
  const file = 'test/fixtures/examples/technical/auth-jwt-scopes/auth-jwt-scopes.journey.yaml';
  const before = readFileSync(file, 'utf8');
  await page.goto('/');
  await openJourney(page, file);
  await canvasSettled(page);
  await stateNode(page, 'fetchUser').click();
  const timeout = page.locator('[data-testid="state-field"][data-field="task.timeoutMs"] [data-testid="field-input"]');
  await expect(timeout).toHaveValue('5000');

  await retype(timeout, 'soon');
  await timeout.press('Enter');
  await expect(page.locator('[data-testid="state-field"][data-field="task.timeoutMs"] .field-error')).toHaveText('timeoutMs is a whole number');

  await retype(timeout, '2500');
  await timeout.press('Enter');
  await expect(page.locator('[data-testid="code-pane"] .view-lines')).toContainText('timeoutMs: 2500');
  await saved(page);
  expect((await exportAs(page, 'yaml')).text).toBe(before.replace(/(fetchUser:[\s\S]*?timeoutMs: )5000/, '$12500'));

  // The documented fields not in use are one click away; choosing one writes it.
  await page.getByTestId('more-fields').click();
  const mode = page.locator('[data-testid="state-field"][data-field="task.mode"] select');
  await mode.selectOption('notify');
  await expect(page.locator('[data-testid="code-pane"] .view-lines')).toContainText('mode: notify');

  await canvasKey(page, 'Control+z');
  await canvasKey(page, 'Control+z');
  await expect(timeout).toHaveValue('5000');
  await saved(page);
  expect((await exportAs(page, 'yaml')).text).toBe(before);
});

test("a transform's mapper is edited in its own Monaco field", async ({ page }) => {
  const file = 'test/fixtures/examples/technical/transform-pipeline/transform-pipeline.journey.yaml';
  await page.goto('/');
  await openJourney(page, file);
  await canvasSettled(page);
  await stateNode(page, 'normalise').click();
  const field = page.locator('[data-testid="expression"][data-at="transform.mapper"]');
  await expect(field).toHaveAttribute('data-ready', 'true');
  await field.locator('.view-lines').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' ++ {}');
  await page.keyboard.press('Control+Enter');
  await expect(page.locator('[data-testid="save-status"]')).toHaveAttribute('data-state', 'saved');
  // The YAML gains exactly the typed text, inside that mapper's block.
  const exported = (await exportAs(page, 'yaml')).text;
  expect(exported).not.toBe(readFileSync(file, 'utf8'));
  expect(exported.replace(' ++ {}', '')).toBe(readFileSync(file, 'utf8'));
  expect(exported.indexOf(' ++ {}')).toBeLessThan(exported.indexOf('enrich:'));
});

test("a subjourney call's ref is offered the subjourneys the file declares", async ({ page }) => {
  await page.goto('/');
  await openJourney(page, 'test/fixtures/examples/technical/subjourney-local-reuse/subjourney-local-reuse.journey.yaml');
  await canvasSettled(page);
  // Each call is drawn leading to the subjourney's box.
  await expect(page.locator('.react-flow__edge.edge-calls')).toHaveCount(3);
  await stateNode(page, 'callComputeTotals').click();
  const ref = page.locator('[data-testid="state-field"][data-field="subjourney.ref"]');
  await expect(ref.locator('[data-testid="field-input"]')).toHaveValue('computeTotals');
  const offered = await ref.locator('[data-testid="field-suggestions"] option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  expect(offered.sort()).toEqual(['computeTotals', 'enrichProfile', 'riskCheck']);
  // Its input mapper is an expression field.
  await expect(page.locator('[data-testid="expression"][data-at="subjourney.input.mapper"]')).toHaveAttribute('data-ready', 'true');
});
