/**
 * Every key a person types in a text field edits that field, and only it: the canvas's keys
 * (Space pans, Delete/Backspace delete the selection, Ctrl+D duplicates, "?" shows the shortcuts)
 * never act while a text field has focus. And a keyboard user can leave each editor.
 */
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { setChoicePredicate } from '../src/core/commands/expr-set';
import { canvasSettled, codePaneReady, exportAs, openJourney, saved, stateNode, stateNodes, typeAtEnd, typeLine, typeYaml } from './helpers';
import { editScenarioFile, openScenarioFile, openSimulation } from './sim-helpers';

// The start-up journey: Journey Studio's corrected copy of the example (src/editor/files/example-corrections.ts).
const DEFAULT = 'src/editor/files/corrected/auth-jwt-scopes.journey.yaml';
const original = readFileSync(DEFAULT, 'utf8');
const PAYMENT = 'test/fixtures/examples/technical/payment-reminder-with-timeout/payment-reminder-with-timeout.journey.yaml';
const ROUTE = 'waitOrTimeout/waitBranch/routeWaitForPayment';

/** The journey text as the YAML export gives it (what is saved). */
async function journeyText(page: Page): Promise<string> {
  await saved(page);
  return (await exportAs(page, 'yaml')).text;
}

/** The default journey on screen, with `qid` selected (so a stray Delete would delete it). */
async function openWithSelected(page: Page, qid: string): Promise<void> {
  await page.goto('/');
  await canvasSettled(page);
  await codePaneReady(page);
  await stateNode(page, qid).click();
  await expect(page.locator('[data-testid="inspector"]')).toHaveAttribute('data-state', qid);
}

/** True when the focused element is inside `selector`. */
function focusIsIn(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => !!document.activeElement?.closest(sel), selector);
}

/** The first control after `selector`'s element, in the order Tab visits them. */
function nextTabbableAfter(page: Page, selector: string): Promise<string> {
  return page.evaluate((sel) => {
    const from = document.querySelector(sel)!;
    const all = [...document.querySelectorAll<HTMLElement>('a[href],button,input,select,textarea,[tabindex],[contenteditable]')];
    const next = all.find(
      (el) =>
        !from.contains(el) &&
        from.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING &&
        el.tabIndex >= 0 &&
        !(el as HTMLInputElement).disabled &&
        el.getClientRects().length > 0,
    );
    return next?.outerHTML.slice(0, 120) ?? 'none';
  }, selector);
}

const focused = (page: Page) => page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120) ?? 'none');

test('typing "# a b  c" and a YAML line with spaces in the code pane gives exactly that text @both', async ({ page }) => {
  await openWithSelected(page, 'done');
  const pane = await codePaneReady(page);
  await pane.locator('.view-lines').click();
  // A line above the first, as a person makes one: Enter at its start, then up.
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowUp');
  await typeYaml(page, '# a b  c');
  const added = '\n    archived:\n      type: fail\n      errorCode: ARCHIVED\n      reason: "Moved to the  archive (kept)"\n';
  await typeAtEnd(page, added);
  await expect(stateNode(page, 'archived')).toHaveAttribute('data-state-type', 'fail');
  expect(await journeyText(page)).toBe('# a b  c\n' + original + added);
  // Space panned nothing and took nothing: the selected state is still there, still selected.
  await expect(stateNodes(page)).toHaveCount(9);
  await expect(page.locator('[data-testid="inspector"]')).toHaveAttribute('data-state', 'done');
});

test('Space typed in an inspector expression field is part of the expression', async ({ page }) => {
  await page.goto('/');
  await openJourney(page, PAYMENT);
  await canvasSettled(page);
  await stateNode(page, ROUTE).click();
  const field = page.locator('[data-testid="expression"][data-choice-index="0"]');
  await expect(field).toHaveAttribute('data-ready', 'true');
  await field.locator('.view-lines').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' or context.payload.paymentStatus == "SETTLED"');
  await page.keyboard.press('Control+Enter');
  const expected = setChoicePredicate(readFileSync(PAYMENT, 'utf8'), ROUTE, 0, 'context.payload.paymentStatus == "PAID" or context.payload.paymentStatus == "SETTLED"');
  if ('error' in expected) throw new Error(expected.error);
  expect(await journeyText(page)).toBe(expected.text);
});

test('Delete and Backspace in an inspector field or expression field edit its text and do not delete the selected state', async ({ page }) => {
  await openWithSelected(page, 'fetchUser');
  const timeout = page.locator('[data-testid="state-field"][data-field="task.timeoutMs"] [data-testid="field-input"]');
  await timeout.click();
  await page.keyboard.press('End');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Home');
  await page.keyboard.press('Delete');
  await page.keyboard.type('7');
  await page.keyboard.press('Enter');
  await expect(timeout).toHaveValue('700');
  await expect(stateNodes(page)).toHaveCount(8);

  await stateNode(page, 'decide').click();
  const field = page.locator('[data-testid="expression"][data-choice-index="0"]');
  await expect(field).toHaveAttribute('data-ready', 'true');
  await field.locator('.view-lines').click();
  await page.keyboard.press('Control+End');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Backspace');
  await page.keyboard.type('204 or context.api.status == 201');
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < 'context.api.ok == true and '.length; i++) await page.keyboard.press('Delete');
  await page.keyboard.press('Control+Enter');
  await expect(stateNode(page, 'decide')).toHaveCount(1);
  await expect(stateNodes(page)).toHaveCount(8);
  const text = await journeyText(page);
  expect(text).toBe(original.replace('timeoutMs: 5000', 'timeoutMs: 700').replace('context.api.ok == true and context.api.status == 200', 'context.api.status == 204 or context.api.status == 201'));
});

test('"?", Ctrl+D and the arrows typed in the code pane are text and caret moves, not canvas shortcuts', async ({ page }) => {
  await openWithSelected(page, 'done');
  await typeAtEnd(page, '# what now?');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowUp');
  // Ctrl+D in Monaco selects the word again further on; it must not duplicate the selected state.
  await page.keyboard.press('Control+d');
  await expect(page.locator('[data-testid="shortcuts"]')).toHaveCount(0);
  await expect(stateNodes(page)).toHaveCount(8);
  await expect(page.locator('[data-testid="inspector"]')).toHaveAttribute('data-state', 'done');
  expect(await journeyText(page)).toBe(original + '# what now?');
});

test('the scenario editor and the state search take spaces, Backspace there deletes no state, Esc then Tab leaves the scenario editor', async ({ page }) => {
  await page.goto('/');
  await canvasSettled(page);
  await openSimulation(page);
  await openScenarioFile(page, DEFAULT.replace('.journey.yaml', '.scenario.yaml'));
  const scenario = await editScenarioFile(page);
  await scenario.locator('.view-lines').click();
  await page.keyboard.press('Control+End');
  await typeYaml(page, '\n# a b  c');
  await expect(scenario.locator('.view-lines')).toContainText('# a b c');
  await expect(stateNodes(page)).toHaveCount(8);
  // Esc then Tab leaves the scenario editor too.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  expect(await focusIsIn(page, '[data-testid="scenario-editor"]')).toBe(false);
  await expect(scenario.locator('.view-lines')).toContainText('# a b c');

  // The toolbar's search: Space, "?" and Backspace are the field's.
  await stateNode(page, 'done').click();
  const search = page.getByTestId('search-states');
  await search.click();
  await page.keyboard.type('scope denied?');
  await page.keyboard.press('Backspace');
  await expect(search).toHaveValue('scope denied');
  await expect(page.locator('[data-testid="shortcuts"]')).toHaveCount(0);
  await expect(stateNodes(page)).toHaveCount(8);
});

test('leaving the code pane by keyboard: Tab indents, Esc then Tab or Ctrl+M then Tab land on the next control @both', async ({ page }) => {
  await page.goto('/');
  await canvasSettled(page);
  const pane = await codePaneReady(page);
  await pane.locator('.view-lines').click();
  await page.keyboard.press('Control+End');
  // How to leave is told where the person is: on screen while the pane has focus, and in the "?" list.
  await expect(pane.locator('[data-testid="code-keys-hint"]')).toBeVisible();
  await expect(pane.locator('[data-testid="code-keys-hint"]')).toContainText('Ctrl+M');
  const next = await nextTabbableAfter(page, '[data-testid="code-pane"]');

  await page.keyboard.press('Tab');
  expect(await focusIsIn(page, '[data-testid="code-pane"]')).toBe(true);
  // An Escape that closes the completion list is not a way out: Tab after it still indents.
  await page.keyboard.press('Control+Space');
  await expect(page.locator('.suggest-widget.visible')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(page.locator('.suggest-widget.visible')).toHaveCount(0);
  await page.keyboard.press('Tab');
  expect(await focusIsIn(page, '[data-testid="code-pane"]')).toBe(true);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  expect(await focusIsIn(page, '[data-testid="code-pane"]')).toBe(false);
  expect(await focused(page)).toBe(next);
  // Tab indented the last line twice; leaving added nothing.
  expect(await journeyText(page)).toBe(original + '    ');

  await pane.locator('.view-lines').click();
  await page.keyboard.press('Control+m');
  await page.keyboard.press('Tab');
  expect(await focusIsIn(page, '[data-testid="code-pane"]')).toBe(false);
  expect(await focused(page)).toBe(next);
  expect(await journeyText(page)).toBe(original + '    ');
  // Back in, Ctrl+M gives Tab back to indenting.
  await pane.locator('.view-lines').click();
  await page.keyboard.press('Control+m');
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Tab');
  expect(await focusIsIn(page, '[data-testid="code-pane"]')).toBe(true);

  await page.locator('[data-testid="shortcuts-button"]').click();
  await expect(page.locator('[data-testid="shortcuts"]')).toContainText('Ctrl+M');
  await expect(page.locator('[data-testid="shortcuts"]')).toContainText('Esc, Tab');
});

test('Tab in an inspector expression field goes to the next control, Shift+Tab comes back; nothing is indented', async ({ page }) => {
  await openWithSelected(page, 'decide');
  const field = page.locator('[data-testid="expression"][data-choice-index="0"]');
  await expect(field).toHaveAttribute('data-ready', 'true');
  await field.locator('.view-lines').click();
  const next = await nextTabbableAfter(page, '[data-testid="expression"][data-choice-index="0"] .expr-editor');
  await page.keyboard.press('Tab');
  expect(await focusIsIn(page, '.expr-editor')).toBe(false);
  expect(await focused(page)).toBe(next);
  await page.keyboard.press('Shift+Tab');
  expect(await focusIsIn(page, '[data-testid="expression"][data-choice-index="0"]')).toBe(true);
  // Ctrl+M in the code pane (a page-wide toggle in Monaco) does not take that away from the field.
  await page.locator('[data-testid="code-pane"] .view-lines').click();
  await page.keyboard.press('Control+m');
  await page.keyboard.press('Control+m');
  await field.locator('.view-lines').click();
  await page.keyboard.press('Tab');
  expect(await focusIsIn(page, '.expr-editor')).toBe(false);
  expect(await journeyText(page)).toBe(original);
});

test('an IME composition commits into the code pane and into an inspector field', async ({ page }) => {
  await openWithSelected(page, 'done');
  // An input method composes text without key presses: CDP drives it as the OS would (this is not a paste).
  const cdp = await page.context().newCDPSession(page);
  const compose = async (steps: string[], commit: string) => {
    for (const s of steps) await cdp.send('Input.imeSetComposition', { text: s, selectionStart: s.length, selectionEnd: s.length });
    await cdp.send('Input.insertText', { text: commit }); // the IME commits its text (not a paste)
  };
  await typeAtEnd(page, '# ');
  await compose(['c', 'ca', 'caf', 'café'], 'café');
  await typeLine(page, ' ');
  await compose(['に', 'にほ', 'にほん'], '日本');
  await expect(stateNodes(page)).toHaveCount(8);
  expect(await journeyText(page)).toBe(original + '# café 日本');

  await stateNode(page, 'scopeDenied').click();
  const reason = page.locator('[data-testid="state-field"][data-field="reason"] [data-testid="field-input"]');
  await reason.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' ');
  await compose(['u', 'ü'], 'ü');
  await page.keyboard.press('Enter');
  await expect(reason).toHaveValue('Token does not have required scopes ü');
});
