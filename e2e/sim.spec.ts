/** Simulation in the browser: run suites, step through runs, submit steps, move the clock, stop runaway loops, edit scenario files. */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { join } from 'node:path';
import { codePaneReady, openJourney, retype, stateNode, typeAtEnd, typeYaml } from './helpers';
import { debugScenario, editScenarioFile, openScenarioFile, openSimulation, runAll, submitStepAs } from './sim-helpers';

const examples = join(import.meta.dirname, '..', 'test', 'fixtures', 'examples');
const simFixtures = join(import.meta.dirname, '..', 'test', 'fixtures', 'sim');

test('runs the scenario suite of an auth journey and shows every result and the coverage', async ({ page }) => {
  await page.goto('/');
  const journey = join(examples, 'technical', 'auth-jwt-scopes', 'auth-jwt-scopes.journey.yaml');
  await openJourney(page, journey);
  await openSimulation(page);
  await openScenarioFile(page, journey.replace('.journey.yaml', '.scenario.yaml'));
  // Before the run the reviewer sees what the suite holds; after it, every scenario has a result.
  const pending = page.locator('[data-testid="scenario-pending"]');
  await expect(pending.first()).toBeVisible();
  const listed = await pending.count();
  await expect(page.locator('[data-testid="scenario-pending"][data-name="JWT_EXPIRED"]')).toContainText('not run');
  const results = await runAll(page);
  const count = await results.count();
  expect(count).toBeGreaterThan(3);
  expect(count).toBe(listed);
  await expect(pending).toHaveCount(0);
  await expect(page.locator('[data-testid="scenario-result"][data-passed="true"]')).toHaveCount(count);
  await expect(page.locator('[data-testid="scenario-result"][data-name="JWT_EXPIRED"]')).toBeVisible();
  const auth = page.locator('[data-testid="coverage"][data-kind="auth outcomes"]');
  await expect(auth).toBeVisible();
  expect(Number(await auth.getAttribute('data-covered'))).toBeGreaterThan(2);
  // the states the suite reached are marked on the canvas
  await expect(stateNode(page, 'validateJwt')).toHaveAttribute('data-run-state', 'visited');
  // and the auth node says how many of its outcomes (OK + nine JWT codes) the suite exercised
  await expect(stateNode(page, 'validateJwt').locator('[data-testid="coverage-badge"]')).toHaveText(/^auth \d+\/10$/);
});

test('steps through a webhook journey: a bad API key loops back, a good one completes', async ({ page }) => {
  await page.goto('/');
  const journey = join(examples, 'business', 'ecommerce-order-split-shipment', 'ecommerce-order-split-shipment.journey.yaml');
  await openJourney(page, journey);
  await openSimulation(page);
  await openScenarioFile(page, journey.replace('.journey.yaml', '.scenario.yaml'));
  await debugScenario(page, 'fulfilled', false);
  const outcome = page.locator('[data-testid="run-outcome"]');
  await expect(outcome).toHaveAttribute('data-state', 'waitForConfirmation');
  await expect(stateNode(page, 'waitForConfirmation')).toHaveAttribute('data-run-state', 'active');

  await submitStepAs(page, 'waitForConfirmation', { decision: 'proceed' });
  await expect(outcome).toHaveAttribute('data-state', 'waitForFulfillment');

  const payload = { orderId: 'ord-1', overallStatus: 'FULFILLED', shipments: [{ id: 'sh-1' }] };
  await submitStepAs(page, 'waitForFulfillment', payload, 'X-Fulfillment-Secret: not-the-secret');
  await expect(outcome).toHaveAttribute('data-state', 'waitForFulfillment');
  const inspector = page.locator('[data-testid="context-inspector"]');
  await expect(inspector.locator('[data-path="auth.apiKey.problem.code"]')).toContainText('APIKEY_INVALID');
  await expect(stateNode(page, 'validateFulfillmentSecret')).toHaveAttribute('data-run-state', 'visited');

  await submitStepAs(page, 'waitForFulfillment', payload, 'X-Fulfillment-Secret: wh-secret-1');
  await expect(outcome).toHaveAttribute('data-phase', 'SUCCEEDED');
  await expect(stateNode(page, 'ingestWaitForFulfillment')).toHaveAttribute('data-run-state', 'visited');
  await expect(stateNode(page, 'completeFulfilled')).toHaveAttribute('data-run-state', /visited|active/);
  await expect(inspector.locator('[data-path="auth.apiKey.keyId"]')).toContainText('warehouse');

  // step back through the timeline: the canvas follows
  await page.locator('[data-testid="step-back"]').click();
  await expect(page.locator('[data-testid="frame"][aria-current="step"]')).toBeVisible();
});

test('advances the virtual clock past a timer', async ({ page }) => {
  await page.goto('/');
  const journey = join(examples, 'business', 'business-hours-payment-authorization', 'business-hours-payment-authorization.journey.yaml');
  await openJourney(page, journey);
  await openSimulation(page);
  await openScenarioFile(page, journey.replace('.journey.yaml', '.scenario.yaml'));
  await debugScenario(page, 'before opening the payment waits for 9:00', false);
  const outcome = page.locator('[data-testid="run-outcome"]');
  await expect(outcome).toHaveAttribute('data-state', 'waitUntilBusinessOpen');
  const clockBefore = await page.locator('[data-testid="virtual-clock"]').textContent();
  await retype(page.getByRole('textbox', { name: 'Advance by (ISO-8601 duration)' }), 'PT3H');
  await page.locator('[data-testid="advance-clock"]').click();
  await expect(page.locator('[data-testid="virtual-clock"]')).not.toHaveText(clockBefore ?? '');
  await expect(stateNode(page, 'authorizePayment')).toHaveAttribute('data-run-state', /visited|active/);
});

test('a journey with an infinite loop stops with a clear message and the tab stays responsive', async ({ page }) => {
  await page.goto('/');
  await openJourney(page, join(simFixtures, 'retry-forever.journey.yaml'));
  await openSimulation(page);
  await openScenarioFile(page, join(simFixtures, 'retry-forever.scenario.yaml'));
  const results = await runAll(page);
  await expect(results.first()).toHaveAttribute('data-passed', 'false');
  await expect(results.first()).toContainText(/Step budget exceeded at state 'poll'/);
  // the page still answers while and after the loop ran in the worker
  await page.getByRole('tab', { name: 'Problems' }).click();
  await expect(page.locator('[data-testid="problems"]')).toBeVisible();
});

test('a scenario file mistake is squiggled where it is, by the same check the simulator applies; journey mistakes still are too', async ({ page }) => {
  await page.goto('/');
  const journey = join(examples, 'technical', 'auth-jwt-scopes', 'auth-jwt-scopes.journey.yaml');
  await openJourney(page, journey);

  // The journey's squiggles are the core's diagnostics (one each: monaco-yaml no longer validates too).
  const code = await codePaneReady(page);
  const journeyErrors = code.locator('.squiggly-error');
  await expect(journeyErrors).toHaveCount(0);
  const dock = page.locator('section[data-area="bottom"]');
  const dockHeight = (await dock.boundingBox())?.height;
  await typeAtEnd(page, 'bogusRoot: 1\n');
  await expect(page.locator('[data-testid="problems"]')).toContainText('TOP-017');
  // The new problem does not grow the dock, so the line just typed stays in view with its squiggle.
  expect((await dock.boundingBox())?.height).toBe(dockHeight);
  await expect(code.locator('.view-lines')).toContainText('bogusRoot: 1');
  await expect(journeyErrors).toHaveCount(1);
  await hoverSquiggle(page, journeyErrors.first());
  await expect(page.locator('.monaco-hover').filter({ hasText: 'TOP-017' })).toContainText("Unknown key 'bogusRoot'");
  await page.keyboard.press('Control+z');
  await expect(journeyErrors).toHaveCount(0);

  await openSimulation(page);
  await openScenarioFile(page, journey.replace('.journey.yaml', '.scenario.yaml'));
  const scenario = await editScenarioFile(page);
  const scenarioErrors = scenario.locator('.squiggly-error');
  await expect(scenarioErrors).toHaveCount(0);
  await scenario.locator('.view-lines').click();
  await page.keyboard.press('Control+End');
  await typeYaml(page, '    retries: 3');
  await expect(scenarioErrors).toHaveCount(1);
  await hoverSquiggle(page, scenarioErrors.first());
  await expect(page.locator('.monaco-hover').filter({ hasText: 'SCENARIO-002' })).toContainText("Unknown key 'retries'");

  // Taking the key out clears the squiggle (after the short pause the check waits for); undoing that brings it back.
  await page.keyboard.press('Shift+Home');
  await page.keyboard.press('Backspace');
  await expect(scenarioErrors).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(scenarioErrors).toHaveCount(1);

  // Running the suite refuses the file with the same finding, at the same line:column.
  await page.locator('[data-testid="run-scenarios"]').click();
  await expect(page.locator('.sim-error')).toContainText(/does not match the scenario format:\s+85:5 Unknown key 'retries'/);
});

/** Moves the mouse onto a squiggle (it lies under the text layer) so Monaco shows its hover. */
async function hoverSquiggle(page: Page, squiggle: Locator): Promise<void> {
  const box = await squiggle.boundingBox();
  if (!box) throw new Error('squiggle not on screen');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
}

test('the debugger shows what the HTTP client holds: the session cookie by name, its value masked', async ({ page }) => {
  await page.goto('/');
  const journey = join(examples, 'technical', 'http-cookie-jar', 'http-cookie-jar.journey.yaml');
  await openJourney(page, journey);
  await openSimulation(page);
  await openScenarioFile(page, journey.replace('.journey.yaml', '.scenario.yaml'));
  await debugScenario(page, 'login then profile', false);
  await expect(page.locator('[data-testid="run-outcome"]')).toHaveAttribute('data-phase', 'SUCCEEDED');
  const cookies = page.locator('[data-testid="http-client"] [data-testid="http-cookies"]');
  const session = cookies.locator('tr', { hasText: 'session' });
  await expect(session).toContainText('api.example.com');
  await expect(session.locator('.http-secret')).toContainText('••••');
  await expect(session.locator('.http-secret')).not.toContainText('s1');
  // the tracker cookie for a domain outside the jar's patterns was never kept
  await expect(cookies).not.toContainText('tracker');
});
