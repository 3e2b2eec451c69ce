/**
 * The layout on a 1280×720 laptop and a 1440×900 desktop: the canvas gets a usable share, every pane
 * collapses and opens again (mouse and keyboard, remembered), and the step debugger shows its controls
 * and the run's context inside the window, with the scenario being debugged in its choice.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { canvasSettled, codePaneReady } from './helpers';
import { openSimulation, runAll } from './sim-helpers';
import { expectInWindow } from './a11y-helpers';

const PANES = ['palette', 'code', 'side', 'dock'] as const;
type Pane = (typeof PANES)[number];

/** The element of each pane (what collapses). */
function paneBox(page: Page, pane: Pane): Locator {
  return page.locator({ palette: '.workbench > [data-area="left"]', code: '.code-area', side: '.side-wrap', dock: '.dock-wrap' }[pane]);
}

async function widthOf(l: Locator): Promise<number> {
  return (await l.boundingBox())!.width;
}

async function heightOf(l: Locator): Promise<number> {
  return (await l.boundingBox())!.height;
}

test('the canvas gets a usable share of the window beside the palette, code and side panels @both', async ({ page }) => {
  await page.goto('/');
  await canvasSettled(page);
  const window = page.viewportSize()!;
  const canvas = page.getByTestId('canvas');
  expect(await widthOf(canvas), 'canvas width').toBeGreaterThanOrEqual(0.42 * window.width);
  expect(await heightOf(canvas), 'canvas height').toBeGreaterThanOrEqual(0.55 * window.height);
  // The other panes are still there and usable.
  expect(await widthOf(page.locator('[data-testid="code-pane"]'))).toBeGreaterThanOrEqual(270);
  expect(await widthOf(page.locator('[data-testid="inspector"]'))).toBeGreaterThanOrEqual(200);
  await expectInWindow(page, page.getByTestId('palette-item').first(), 'the first palette entry');
});

test('every pane collapses to a rail with its button and opens again from the rail; the choice survives a reload @both', async ({ page }) => {
  await page.goto('/');
  await canvasSettled(page);
  const window = page.viewportSize()!;
  const canvas = page.getByTestId('canvas');
  const canvasBefore = await widthOf(canvas);
  const open: Record<Pane, number> = { palette: 0, code: 0, side: 0, dock: 0 };
  for (const pane of PANES) open[pane] = pane === 'dock' ? await heightOf(paneBox(page, pane)) : await widthOf(paneBox(page, pane));

  for (const pane of PANES) {
    const toggle = page.getByTestId(`toggle-${pane}`);
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await toggle.click();
    await expect(page.getByTestId(`toggle-${pane}`)).toHaveAttribute('aria-expanded', 'false');
  }
  await expect(page.locator('[data-testid="code-pane"]')).toBeHidden();
  await expect(page.locator('[data-testid="inspector"]')).toHaveCount(0);
  await expect(page.locator('[data-testid="palette"]')).toHaveCount(0);
  for (const pane of ['palette', 'code', 'side'] as const) expect(await widthOf(paneBox(page, pane)), `${pane} rail`).toBeLessThanOrEqual(40);
  expect(await heightOf(paneBox(page, 'dock')), 'the bottom panels keep only their tabs').toBeLessThanOrEqual(40);
  await expect.poll(() => widthOf(canvas)).toBeGreaterThanOrEqual(window.width - 3 * 40);
  expect(await widthOf(canvas)).toBeGreaterThan(canvasBefore);

  await page.reload();
  await canvasSettled(page);
  for (const pane of PANES) await expect(page.getByTestId(`toggle-${pane}`)).toHaveAttribute('aria-expanded', 'false');
  await expect(page.locator('[data-testid="code-pane"]')).toBeHidden();

  // A rail names what it holds: "Auth" opens the side panels on the auth preview; a dock tab opens the dock.
  await page.locator('[data-area="right"]').getByRole('button', { name: 'Auth' }).click();
  await expect(page.locator('[data-testid="auth-preview"]')).toBeVisible();
  await page.getByRole('tab', { name: 'Simulation' }).click();
  await expect(page.locator('[data-testid="simulation"]')).toBeVisible();
  await page.getByTestId('toggle-palette').click();
  await page.getByTestId('toggle-code').click();
  await codePaneReady(page);
  await expect(page.getByTestId('palette-item').first()).toBeVisible();
  await page.getByRole('tab', { name: 'Problems' }).click();
  for (const pane of ['palette', 'code', 'side'] as const) await expect.poll(() => widthOf(paneBox(page, pane))).toBeCloseTo(open[pane], 0);
  await expect.poll(() => heightOf(paneBox(page, 'dock'))).toBeCloseTo(open.dock, 0);
});

test('the panes collapse and open with Ctrl+Alt+1…4 from anywhere, also from inside the code pane, and the focus is not lost @both', async ({ page }) => {
  await page.goto('/');
  await canvasSettled(page);
  const pane = await codePaneReady(page);
  // From the canvas.
  await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
  await page.keyboard.press('Control+Alt+1');
  await expect(page.locator('[data-testid="palette"]')).toHaveCount(0);
  await page.keyboard.press('Control+Alt+3');
  await expect(page.locator('[data-testid="inspector"]')).toHaveCount(0);
  await page.keyboard.press('Control+Alt+4');
  await expect(page.getByTestId('toggle-dock')).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Control+Alt+1');
  await page.keyboard.press('Control+Alt+3');
  await page.keyboard.press('Control+Alt+4');
  await expect(page.locator('[data-testid="palette"]')).toBeVisible();
  await expect(page.locator('[data-testid="inspector"]')).toBeVisible();
  await expect(page.getByTestId('toggle-dock')).toHaveAttribute('aria-expanded', 'true');

  // From inside the code: the pane goes, and the focus goes to its button on the rail (not to nowhere).
  await pane.locator('.view-lines').click();
  await page.keyboard.press('Control+Alt+2');
  await expect(pane).toBeHidden();
  const toggle = page.getByTestId('toggle-code');
  await expect(toggle).toBeFocused();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Enter');
  await expect(pane).toBeVisible();
  await expect(page.getByTestId('toggle-code')).toBeFocused();

  // A focused splitter hides its pane with Enter.
  await page.getByRole('separator', { name: 'Resize the side panels' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-testid="inspector"]')).toHaveCount(0);
  await expect(page.getByTestId('toggle-side')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.locator('[data-testid="inspector"]')).toBeVisible();
});

test('debugging a scenario shows the step controls and the run context inside the window, and the scenario choice names the one being debugged @both', async ({ page }) => {
  await page.goto('/');
  await canvasSettled(page);
  await openSimulation(page);
  const results = await runAll(page);
  const third = results.nth(2);
  const name = (await third.getAttribute('data-name'))!;
  await third.getByRole('button', { name: 'Debug' }).click();
  const dbg = page.locator('[data-testid="debugger"]');
  await expect(dbg.locator('[data-testid="run-outcome"]')).toBeVisible();

  const choice = dbg.getByRole('combobox', { name: 'Scenario' });
  for (const id of ['debug-start', 'step-back', 'step-forward', 'advance-clock', 'run-outcome', 'timeline'])
    await expectInWindow(page, dbg.getByTestId(id), id);
  await expectInWindow(page, choice, 'the scenario choice');
  const context = dbg.getByTestId('context-inspector');
  await expectInWindow(page, context.locator('.ctx-head'), 'the context heading');
  await expectInWindow(page, context.locator('[data-path="auth"] > details > summary'), 'the first context entry');

  // The choice shows the scenario the run is of, not the first of the file.
  await expect(choice).toHaveValue(name);
  // Step back: the canvas and the context follow, still in view.
  await dbg.getByTestId('step-back').click();
  await expect(dbg.locator('[data-testid="frame"][aria-current="step"]')).toBeVisible();
  await expectInWindow(page, context.locator('.ctx-head'), 'the context heading after a step back');

  // Choosing another scenario debugs that one; the choice and the run agree.
  const first = (await results.first().getAttribute('data-name'))!;
  await choice.selectOption(first);
  await expect(choice).toHaveValue(first);
  await expect(dbg.getByTestId('run-outcome')).toHaveAttribute('data-phase', 'SUCCEEDED');
  await expect(choice).toHaveValue(first);
});
