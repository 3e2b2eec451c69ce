import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { buildModel } from '../src/core/model/build-model';
import { parseSource } from '../src/core/source';
import { canvasKey, canvasSettled, codePaneReady, openJourney, retype, stateNode, stateNodes, typeAtEnd } from './helpers';

// The start-up journey: Journey Studio's corrected copy of the example (src/editor/files/example-corrections.ts).
const DEFAULT = 'src/editor/files/corrected/auth-jwt-scopes.journey.yaml';
const OTHER = 'test/fixtures/examples/technical/http-cookie-jar/http-cookie-jar.journey.yaml';

test('the app opens the default example with its states and diagnostics hooks', async ({ page }) => {
  await page.goto('/');
  const nodes = page.locator('.react-flow__node[data-state-id]');
  await expect(nodes).toHaveCount(8);
  await expect(page.locator('.react-flow__node[data-state-id="validateJwt"]')).toHaveAttribute('data-task-kind', 'jwtValidate:v1');
  await expect(page.locator('.react-flow__node[data-state-id="checkScopes"]')).toHaveAttribute('data-state-type', 'choice');
  await expect(page.locator('[data-testid="code-pane"]')).toBeVisible();
  await expect(page.locator('input[data-testid="open-journey"]')).toHaveCount(1);
});

test('typing in the YAML shows on the canvas at once, and Ctrl+Z takes it back', async ({ page }) => {
  await page.goto('/');
  await expect(stateNodes(page)).toHaveCount(8);
  await typeAtEnd(page, '\n    archived:\n      type: succeed\n');
  await expect(stateNode(page, 'archived')).toHaveAttribute('data-state-type', 'succeed');
  await page.keyboard.press('Control+z');
  await expect(stateNode(page, 'archived')).toHaveCount(0);
  await expect(stateNodes(page)).toHaveCount(8);
});

test('YAML that does not parse stays as typed and is marked; the canvas keeps the last good graph, and nothing on the page moves', async ({ page }) => {
  await page.goto('/');
  await expect(stateNodes(page)).toHaveCount(8);
  await canvasSettled(page);
  const canvasBefore = await page.locator('[data-testid="canvas"]').boundingBox();
  await typeAtEnd(page, '\nstray: [never closed\n');
  await expect(page.locator('[data-testid="save-status"]')).toContainText('YAML does not parse');
  await expect(page.locator('[data-testid="code-pane"] .view-lines')).toContainText('stray: [never closed');
  await expect(page.locator('[data-testid="code-pane"] .squiggly-error').first()).toBeAttached();
  await expect(page.locator('[data-testid="diagnostic"][data-code="YAML-001"]').first()).toBeVisible();
  await expect(stateNodes(page)).toHaveCount(8);
  // The status line shrinks instead of wrapping the toolbar onto a second line.
  expect(await page.locator('[data-testid="canvas"]').boundingBox()).toEqual(canvasBefore);
});

test('switching journeys keeps each one’s place in the code, and Ctrl+Z acts on the journey shown', async ({ page }) => {
  await page.goto('/');
  await expect(stateNodes(page)).toHaveCount(8);
  const pane = await codePaneReady(page);
  const caretLine = pane.locator('.line-numbers.active-line-number');
  await pane.locator('.view-lines').click();
  await page.keyboard.press('Control+End');
  const lastLine = readFileSync(DEFAULT, 'utf8').split('\n').length;
  await expect(caretLine).toHaveText(String(lastLine));
  await page.keyboard.press('ArrowUp');
  const firstLine = lastLine - 1;
  await expect(caretLine).toHaveText(String(firstLine));

  await openJourney(page, OTHER);
  await expect(page.locator('[data-testid="doc-tab"].active')).toHaveAttribute('data-file', 'http-cookie-jar.journey.yaml');
  await expect(pane.locator('.view-lines')).toContainText('http-cookie-jar');
  await pane.locator('.view-lines').click();
  await page.keyboard.press('Control+Home');
  await expect(caretLine).toHaveText('1');

  await page.locator('[data-testid="doc-tab"][data-file="auth-jwt-scopes.journey.yaml"]').click();
  await expect(stateNodes(page)).toHaveCount(8);
  await expect(caretLine).toHaveText(String(firstLine));

  await typeAtEnd(page, '\n    archived:\n      type: succeed\n');
  await expect(stateNode(page, 'archived')).toHaveCount(1);
  await page.keyboard.press('Control+z');
  await expect(stateNode(page, 'archived')).toHaveCount(0);
  await page.locator('[data-testid="doc-tab"][data-file="http-cookie-jar.journey.yaml"]').click();
  await expect(pane.locator('.view-lines')).toContainText('http-cookie-jar');
  await expect(caretLine).toHaveText('1');
});

test('closing journeys: the next one shows in the code pane, and with none left a new file still opens and takes typing', async ({ page }) => {
  page.on('dialog', (d) => void d.accept());
  await page.goto('/');
  await expect(stateNodes(page)).toHaveCount(8);
  const pane = await codePaneReady(page);
  await openJourney(page, OTHER);
  await expect(page.locator('[data-testid="doc-tab"].active')).toHaveAttribute('data-file', 'http-cookie-jar.journey.yaml');

  await page.getByRole('button', { name: 'Close http-cookie-jar.journey.yaml' }).click();
  await expect(page.locator('[data-testid="doc-tab"]')).toHaveCount(1);
  await expect(stateNodes(page)).toHaveCount(8);
  await expect(pane.locator('.view-lines')).toContainText('auth-jwt-scopes');

  await page.getByRole('button', { name: 'Close auth-jwt-scopes.journey.yaml' }).click();
  await expect(page.locator('[data-testid="doc-tab"]')).toHaveCount(0);
  await expect(page.getByText('No journey open')).toBeVisible();

  await openJourney(page, OTHER);
  await expect(page.locator('[data-testid="doc-tab"].active')).toHaveAttribute('data-file', 'http-cookie-jar.journey.yaml');
  await expect((await codePaneReady(page)).locator('.view-lines')).toContainText('http-cookie-jar');
  await typeAtEnd(page, '\n    archived:\n      type: succeed\n');
  await expect(stateNode(page, 'archived')).toHaveAttribute('data-state-type', 'succeed');
});

test('switching journeys keeps each canvas where it was panned and zoomed', async ({ page }) => {
  await page.goto('/');
  await expect(stateNodes(page)).toHaveCount(8);
  await canvasSettled(page);
  const viewport = page.locator('.react-flow__viewport');
  await page.locator('.react-flow__controls-zoomin').click();
  await page.locator('.react-flow__controls-zoomin').click();
  await expect.poll(async () => viewport.getAttribute('style')).toMatch(/scale/);
  // Let the zoom animation end before reading where the user left it.
  await page.waitForTimeout(500);
  const zoomed = await viewport.getAttribute('style');

  await openJourney(page, OTHER);
  await expect(page.locator('[data-testid="doc-tab"].active')).toHaveAttribute('data-file', 'http-cookie-jar.journey.yaml');
  await canvasSettled(page);
  await page.locator('[data-testid="doc-tab"][data-file="auth-jwt-scopes.journey.yaml"]').click();
  await expect(stateNodes(page)).toHaveCount(8);
  await canvasSettled(page);
  await expect(viewport).toHaveAttribute('style', zoomed ?? '');
});

test('a journey opened is fitted to the canvas as laid out, with every state in view @both', async ({ page }) => {
  await page.goto('/');
  await canvasSettled(page);
  await openJourney(page, 'test/fixtures/examples/business/customer-onboarding-kyc/customer-onboarding-kyc.journey.yaml');
  await expect(page.locator('[data-testid="doc-tab"].active')).toHaveAttribute('data-file', 'customer-onboarding-kyc.journey.yaml');
  await canvasSettled(page);
  // How much of the canvas the states take up, along the direction that limits the fit.
  const fill = async () => {
    const canvas = (await page.locator('.react-flow').boundingBox())!;
    const boxes = await stateNodes(page).evaluateAll((els) =>
      els.map((el) => el.getBoundingClientRect()).map((r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom })),
    );
    const left = Math.min(...boxes.map((b) => b.left));
    const right = Math.max(...boxes.map((b) => b.right));
    const top = Math.min(...boxes.map((b) => b.top));
    const bottom = Math.max(...boxes.map((b) => b.bottom));
    const inside = left >= canvas.x && top >= canvas.y && right <= canvas.x + canvas.width && bottom <= canvas.y + canvas.height;
    return inside ? Math.max((right - left) / canvas.width, (bottom - top) / canvas.height) : 0;
  };
  // The first fit is of the quick layout; ELK's layout is more compact and is fitted again.
  await expect.poll(fill).toBeGreaterThan(0.8);
});

test('a fitted diagram leaves no state under the minimap or the canvas controls, nor after "Fit view" @both', async ({ page }) => {
  await page.goto('/');
  await canvasSettled(page);
  const overlapsAPanel = () =>
    page.evaluate(() => {
      const panels = ['.react-flow__minimap', '.react-flow__controls']
        .map((sel) => document.querySelector(sel)?.getBoundingClientRect())
        .filter((r): r is DOMRect => r !== undefined);
      const states = [...document.querySelectorAll('.react-flow__node[data-state-id]')].map((el) => el.getBoundingClientRect());
      const meet = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      return panels.length === 2 ? states.filter((s) => panels.some((p) => meet(s, p))).length : -1;
    });
  await expect.poll(overlapsAPanel).toBe(0);
  // Moved away, then fitted again from the controls.
  await page.locator('.react-flow__controls-zoomin').click();
  await page.locator('.react-flow__controls-zoomin').click();
  await expect.poll(overlapsAPanel).toBeGreaterThan(0);
  await page.getByTestId('fit-view').click();
  await expect.poll(overlapsAPanel).toBe(0);
});

test('a fitted diagram stays fitted while a pane beside the canvas is resized; once zoomed, it is left alone', async ({ page }) => {
  await page.goto('/');
  await canvasSettled(page);
  const outside = () =>
    page.evaluate(() => {
      const canvas = document.querySelector('.react-flow')!.getBoundingClientRect();
      const states = [...document.querySelectorAll('.react-flow__node[data-state-id]')].map((el) => el.getBoundingClientRect());
      return states.filter((r) => r.left < canvas.left || r.right > canvas.right || r.top < canvas.top || r.bottom > canvas.bottom).length;
    });
  const widenSidePanels = async (dx: number) => {
    const bar = (await page.getByTestId('splitter-side').boundingBox())!;
    await page.mouse.move(bar.x + bar.width / 2, bar.y + 300);
    await page.mouse.down();
    await page.mouse.move(bar.x - dx, bar.y + 300, { steps: 4 });
    await page.mouse.up();
  };
  await expect.poll(outside).toBe(0);
  await widenSidePanels(220);
  await expect.poll(outside).toBe(0);
  // Zoomed in by the person: a resize leaves their pan and zoom as they are.
  const viewport = page.locator('.react-flow__viewport');
  await page.locator('.react-flow__controls-zoomin').click();
  await expect.poll(outside).toBeGreaterThan(0);
  // The zoom is animated: read the view once it has stopped moving.
  const still = async () => {
    const a = await viewport.getAttribute('style');
    await page.waitForTimeout(150);
    return a === (await viewport.getAttribute('style'));
  };
  await expect.poll(still).toBe(true);
  const zoomed = await viewport.getAttribute('style');
  await page.getByTestId('splitter-side').dblclick();
  await page.waitForTimeout(300);
  expect(await viewport.getAttribute('style')).toBe(zoomed);
});

test('the minimap can be hidden from the canvas controls, and stays hidden after a reload', async ({ page }) => {
  await page.goto('/');
  await expect(stateNodes(page)).toHaveCount(8);
  const minimap = page.locator('.react-flow__minimap');
  await expect(minimap).toBeVisible();
  await page.getByTestId('toggle-minimap').click();
  await expect(minimap).toHaveCount(0);
  await page.reload();
  await expect(stateNodes(page)).toHaveCount(8);
  await expect(minimap).toHaveCount(0);
  await page.getByTestId('toggle-minimap').click();
  await expect(minimap).toBeVisible();
});

test("a parallel state's branches are a box it leads to, which collapses to one line and opens again", async ({ page }) => {
  await page.goto('/');
  await openJourney(page, 'test/fixtures/examples/technical/payment-reminder-with-timeout/payment-reminder-with-timeout.journey.yaml');
  await canvasSettled(page);
  const member = stateNode(page, 'waitOrTimeout/waitBranch/waitForPayment');
  await expect(member).toBeVisible();
  await expect(page.locator('.react-flow__edge.edge-branches')).toHaveCount(1);
  const toggle = page.locator('.group-box[data-group-id="waitOrTimeout"] [data-testid="group-toggle"]');
  await toggle.click();
  await expect(member).toBeHidden();
  await expect(toggle).toContainText(/· \d+ states/);
  await expect(page.locator('.react-flow__edge.edge-branches')).toHaveCount(1);
  await toggle.click();
  await expect(member).toBeVisible();
});

test('the code pane, the side panels and the bottom panels resize by dragging their edge, and keep their size after a reload', async ({ page }) => {
  await page.goto('/');
  await canvasSettled(page);
  const pane = page.locator('[data-testid="code-pane"]');
  const dock = page.locator('.dock-wrap');
  const before = (await pane.boundingBox())!;
  const dockBefore = (await dock.boundingBox())!;
  const side = page.locator('.side-wrap');
  const sideBefore = (await side.boundingBox())!;
  const drag = async (testId: string, dx: number, dy: number) => {
    const bar = (await page.getByTestId(testId).boundingBox())!;
    const x = bar.x + bar.width / 2;
    const y = bar.y + bar.height / 2;
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + dx / 2, y + dy / 2);
    await page.mouse.move(x + dx, y + dy);
    await page.mouse.up();
  };
  await drag('splitter-code', -120, 0);
  await drag('splitter-dock', 0, -80);
  await drag('splitter-side', -100, 0);
  const wider = (await pane.boundingBox())!;
  const widerSide = (await side.boundingBox())!;
  expect(widerSide.width).toBeGreaterThan(sideBefore.width + 90);
  expect(wider.width).toBeGreaterThan(before.width + 110);
  expect((await dock.boundingBox())!.height).toBeGreaterThan(dockBefore.height + 70);
  // Monaco follows its pane.
  await expect.poll(async () => (await pane.locator('.monaco-editor').boundingBox())!.width).toBeGreaterThan(before.width + 100);

  await page.reload();
  await canvasSettled(page);
  expect(Math.round((await pane.boundingBox())!.width)).toBe(Math.round(wider.width));
  expect(Math.round((await side.boundingBox())!.width)).toBe(Math.round(widerSide.width));
  // Double-click gives the default size back.
  await page.getByTestId('splitter-code').dblclick();
  await expect.poll(async () => Math.round((await pane.boundingBox())!.width)).toBe(Math.round(before.width));
});

test('searching states: a count, Enter selects each match in turn (opening its group), Escape clears', async ({ page }) => {
  await page.goto('/');
  await canvasSettled(page);
  const search = page.getByTestId('search-states');
  await retype(search, 'fail');
  await expect(page.getByTestId('search-count')).toHaveText('2 states');
  await expect(stateNode(page, 'validateJwt').locator('.state-node')).toHaveClass(/dimmed/);
  const inspected = page.locator('[data-testid="inspector"]');
  await search.press('Enter');
  await expect(inspected).toHaveAttribute('data-state', 'scopeDenied');
  await search.press('Enter');
  await expect(inspected).toHaveAttribute('data-state', 'upstreamFailed');
  await search.press('Enter');
  await expect(inspected).toHaveAttribute('data-state', 'scopeDenied');
  await search.press('Shift+Enter');
  await expect(inspected).toHaveAttribute('data-state', 'upstreamFailed');
  await search.press('Escape');
  await expect(search).toHaveValue('');
  await expect(page.getByTestId('search-count')).toHaveCount(0);

  await openJourney(page, 'test/fixtures/examples/technical/payment-reminder-with-timeout/payment-reminder-with-timeout.journey.yaml');
  await canvasSettled(page);
  await page.locator('.group-box[data-group-id="waitOrTimeout"] [data-testid="group-toggle"]').click();
  const timer = stateNode(page, 'waitOrTimeout/timeoutBranch/paymentTimer');
  await expect(timer).toBeHidden();
  await retype(search, 'paymentTimer');
  await search.press('Enter');
  await expect(timer).toBeVisible();
  await expect(inspected).toHaveAttribute('data-state', 'waitOrTimeout/timeoutBranch/paymentTimer');
  await expect(timer).toBeInViewport();
});

test('New… offers the shared examples: choosing one opens it in a new tab with all its states', async ({ page }) => {
  await page.goto('/');
  await canvasSettled(page);
  await page.getByTestId('new-journey').selectOption('example:technical/http-cookie-jar');
  await expect(page.locator('[data-testid="doc-tab"].active')).toHaveAttribute('data-file', 'http-cookie-jar.journey.yaml');
  await expect(stateNodes(page)).toHaveCount(buildModel(parseSource(readFileSync(OTHER, 'utf8'))).states.length);
  await expect(page.locator('[data-testid="doc-tab"]')).toHaveCount(2);
});

test('the keyboard shortcuts are listed behind "?", in the toolbar and on the canvas', async ({ page }) => {
  await page.goto('/');
  await canvasSettled(page);
  const help = page.getByTestId('shortcuts');
  await expect(help).toHaveCount(0);
  await canvasKey(page, 'Shift+Slash');
  await expect(help).toBeVisible();
  await expect(help).toContainText('Duplicate the selected states');
  await expect(help).toContainText('Ctrl+.');
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);
  await page.getByTestId('shortcuts-button').click();
  await expect(help).toBeVisible();
  await page.getByTestId('shortcuts-button').click();
  await expect(help).toHaveCount(0);
});
