/**
 * Accessibility as a keyboard or screen-reader user meets it: axe-core finds no critical or serious
 * violation on the main screens, Tab goes through the editor in a sensible order with a visible ring,
 * splitters are window splitters that move with the arrow keys, every control has a name.
 */
import { expect, test, type Page } from '@playwright/test';
import { canvasSettled, stateNode } from './helpers';
import { openSimulation, runAll } from './sim-helpers';
import { expectNoSeriousA11yViolations, focusStop, type FocusStop } from './a11y-helpers';

async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name, exact: true }).click();
}

test('axe finds nothing critical or serious on the canvas, the inspector, the auth preview, the mock, the menus and the shortcuts', async ({ page }) => {
  // axe takes seconds per screen on a busy machine.
  test.slow();
  await page.goto('/');
  await canvasSettled(page);
  await expectNoSeriousA11yViolations(page, 'the canvas with the start-up journey');

  // A task with a scalar field, a nested value and the other documented fields opened.
  await stateNode(page, 'fetchUser').click();
  await expect(page.locator('[data-testid="inspector"][data-state="fetchUser"]')).toBeVisible();
  await page.getByTestId('more-fields').click();
  await expectNoSeriousA11yViolations(page, 'the inspector with fetchUser selected');
  // A choice: its conditions are small code editors.
  await stateNode(page, 'checkScopes').click();
  await expect(page.locator('[data-testid="expression"][data-ready="true"]').first()).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'the inspector with checkScopes selected');

  await openTab(page, 'Auth');
  await expect(page.locator('[data-testid="auth-outcome"]').first()).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'the Auth preview panel');
  await openTab(page, 'Mock');
  await expectNoSeriousA11yViolations(page, 'the Mock panel');

  await page.getByRole('combobox', { name: 'New journey' }).focus();
  await expectNoSeriousA11yViolations(page, 'the New… menu');
  await page.getByRole('combobox', { name: 'Export' }).focus();
  await expectNoSeriousA11yViolations(page, 'the Export menu');

  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'the keyboard shortcuts dialog');
});

test('axe finds nothing critical or serious in the Simulation panel (suite run, debugger open), the identity lab and the Problems panel', async ({ page }) => {
  // axe takes seconds per screen on a busy machine.
  test.slow();
  await page.goto('/');
  await canvasSettled(page);
  await openSimulation(page);
  await runAll(page);
  await expectNoSeriousA11yViolations(page, 'the Simulation panel after a run');
  await page.locator('[data-testid="scenario-result"]').nth(2).getByRole('button', { name: 'Debug' }).click();
  await expect(page.locator('[data-testid="context-inspector"]')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'the step debugger');

  await openTab(page, 'Identity lab');
  await expect(page.locator('[data-testid="identity-lab"]')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'the identity lab');
  await openTab(page, 'Problems');
  await expectNoSeriousA11yViolations(page, 'the Problems panel');
});

test('axe finds nothing critical or serious with every pane collapsed to its rail', async ({ page }) => {
  // axe takes seconds per screen on a busy machine.
  test.slow();
  await page.goto('/');
  await canvasSettled(page);
  for (const pane of ['palette', 'code', 'side', 'dock']) await page.getByTestId(`toggle-${pane}`).click();
  await expect(page.locator('[data-testid="code-pane"]')).toBeHidden();
  await expectNoSeriousA11yViolations(page, 'the collapsed panes');
});

test('controls are named: undo and redo, the state search, the inspector fields, the file buttons', async ({ page }) => {
  await page.goto('/');
  await canvasSettled(page);
  const undo = page.getByRole('button', { name: 'Undo', exact: true });
  await expect(undo).toBeVisible();
  await expect(undo).toHaveAttribute('title', /Ctrl\+Z/);
  await expect(page.getByRole('button', { name: 'Redo', exact: true })).toHaveAttribute('title', /Ctrl\+Y/);
  await expect(page.getByRole('searchbox', { name: 'Find state' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Open…' })).toBeVisible();

  await stateNode(page, 'fetchUser').click();
  // A field's name is its label: a screen reader says "operationRef", and a click on it focuses the input.
  const operationRef = page.getByRole('combobox', { name: 'operationRef' });
  await expect(operationRef).toHaveValue('users.getUserById');
  await page.locator('[data-field="task.operationRef"] .state-field-label').click();
  await expect(operationRef).toBeFocused();
  await expect(page.getByRole('textbox', { name: 'timeoutMs' })).toBeVisible();
});

/** Presses Tab until `done` says stop (or `max` presses), returning every stop on the way. */
async function tabThrough(page: Page, max: number, done: (stop: FocusStop) => boolean): Promise<FocusStop[]> {
  const stops: FocusStop[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const stop = await focusStop(page);
    stops.push(stop);
    if (done(stop)) break;
  }
  return stops;
}

test('Tab goes from the toolbar to the palette, the canvas and its states, then the code pane; every stop shows a focus ring and no hidden file input takes the focus', async ({ page }) => {
  await page.goto('/');
  await canvasSettled(page);
  // Start before the toolbar's first control, as after loading the page.
  await page.locator('header.toolbar').click({ position: { x: 4, y: 4 } });
  const stops = await tabThrough(page, 80, (s) => s.area === 'code');
  const where = stops.map((s) => s.what);
  // The places in the order Tab first reaches them.
  const areas = stops.map((s) => s.area).filter((a, i, all) => all.indexOf(a) === i);
  expect(areas).toEqual(['toolbar', 'tabs', 'left', 'canvas', 'code']);
  expect(where[0], 'New… is the first control').toBe('new-journey');
  expect(where.indexOf('canvas')).toBeGreaterThan(where.indexOf('palette-item'));
  expect(where.some((w) => /^rf__node-/.test(w)), 'a state on the canvas takes the focus').toBe(true);
  // The palette is one stop (its entries are reached with the arrow keys), not seventeen.
  expect(where.filter((w) => w === 'palette-item')).toHaveLength(1);
  expect(stops.filter((s) => s.tag === 'INPUT' && s.type === 'file').length, 'a hidden file input took the focus').toBe(0);
  expect(stops.filter((s) => !s.ringVisible).map((s) => s.what), 'stops without a visible focus ring').toEqual([]);

  // The palette: ↓ moves to the next entry, with its ring.
  await page.getByTestId('palette-item').first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('palette-item').nth(1)).toBeFocused();
  expect((await focusStop(page)).ringVisible).toBe(true);
});

test('Tab goes on from the side panels to the bottom panels, each stop with a visible focus ring', async ({ page }) => {
  await page.goto('/');
  await canvasSettled(page);
  await stateNode(page, 'fetchUser').click();
  await page.getByRole('tab', { name: 'Inspector', exact: true }).focus();
  const stops = await tabThrough(page, 60, (s) => s.area === 'bottom');
  const where = stops.map((s) => s.what);
  expect(where).toContain('inspector-id');
  expect(stops.at(-1)!.area, 'the bottom panels come after the side panels').toBe('bottom');
  expect(stops.filter((s) => !s.ringVisible).map((s) => s.what), 'stops without a visible focus ring').toEqual([]);
});

test('a splitter is a window splitter with its size as value, moved by the arrow keys, Home and End @both', async ({ page }) => {
  await page.goto('/');
  await canvasSettled(page);
  const bar = page.getByRole('separator', { name: 'Resize the code pane' });
  await expect(bar).toHaveAttribute('aria-orientation', 'vertical');
  const controls = await bar.getAttribute('aria-controls');
  expect(controls).toBeTruthy();
  await expect(page.locator(`#${controls}`)).toBeVisible();
  const value = async () => Number(await bar.getAttribute('aria-valuenow'));
  const min = Number(await bar.getAttribute('aria-valuemin'));
  const max = Number(await bar.getAttribute('aria-valuemax'));
  const pane = page.locator('[data-testid="code-pane"]');
  const width = async () => Math.round((await pane.boundingBox())!.width);
  expect(min).toBeGreaterThan(0);
  expect(max).toBeGreaterThan(min);
  expect(await value()).toBeGreaterThanOrEqual(min);
  expect(await value()).toBeLessThanOrEqual(max);

  // Reached with Tab right after the code pane's collapse button.
  await page.getByTestId('toggle-code').focus();
  await page.keyboard.press('Tab');
  await expect(bar).toBeFocused();
  expect((await focusStop(page)).ringVisible).toBe(true);
  const before = await value();
  const wide = await width();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect.poll(value).toBeGreaterThan(before + 20);
  expect(await width()).toBeGreaterThan(wide + 20);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect.poll(value).toBe(before);
  await page.keyboard.press('Home');
  await expect.poll(value).toBe(min);
  await page.keyboard.press('End');
  await expect.poll(value).toBe(max);

  // The bottom panels' bar: ↑ makes them taller.
  const dockBar = page.getByRole('separator', { name: 'Resize the bottom panels' });
  await expect(dockBar).toHaveAttribute('aria-orientation', 'horizontal');
  await dockBar.focus();
  const dockBefore = Number(await dockBar.getAttribute('aria-valuenow'));
  await page.keyboard.press('ArrowUp');
  await expect.poll(async () => Number(await dockBar.getAttribute('aria-valuenow'))).toBeGreaterThan(dockBefore);
});
