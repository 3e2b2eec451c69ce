/** Auth-aware design in the browser: guard templates change the Problem Details preview; lab tokens drive scenarios. */
import { expect, test, type Page } from '@playwright/test';
import { join } from 'node:path';
import { canvasKey, canvasSettled, openJourney, retype, stateNode } from './helpers';
import { openSimulation, runAll } from './sim-helpers';

const root = join(import.meta.dirname, '..');
const WEBHOOK = join(root, 'test', 'editor', 'auth', 'fixtures', 'webhook-callback.journey.yaml');
const JWT = join(root, 'test', 'fixtures', 'examples', 'technical', 'auth-jwt-scopes', 'auth-jwt-scopes.journey.yaml');

async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name, exact: true }).click();
}

test('inserting a guard template on a webhook adds its outcomes to the auth preview, and undo removes them', async ({ page }) => {
  await page.goto('/');
  await openJourney(page, WEBHOOK);
  await expect(stateNode(page, 'awaitCallback')).toBeVisible();
  await openTab(page, 'Auth');
  const preview = page.locator('[data-testid="auth-preview"]');
  await expect(preview).toContainText('No auth task in this journey');
  const rows = page.locator('[data-testid="auth-outcome"]');
  await expect(rows).toHaveCount(0);

  await canvasSettled(page);
  await stateNode(page, 'awaitCallback').click();
  const menu = page.locator('[data-testid="guard-menu"][data-at="awaitCallback"]');
  await menu.locator('[data-testid="guard-template"]').selectOption('auth.insertGuard.externalInput');
  await menu.locator('[data-testid="guard-mechanism"]').selectOption('apiKey');
  await menu.locator('[data-testid="guard-apply"]').click();

  await expect(stateNode(page, 'validateAwaitCallbackApiKey')).toBeVisible();
  await expect(rows).toHaveCount(3);
  const missing = page.locator('[data-testid="auth-outcome"][data-state="validateAwaitCallbackApiKey"][data-code="APIKEY_MISSING"]');
  await expect(missing).toHaveAttribute('data-end-state', 'awaitCallback');
  await expect(missing).toContainText('"status": 401', { useInnerText: false });

  // hovering a row paints its path: the failure loops back to the webhook
  await missing.hover();
  await expect(stateNode(page, 'awaitCallback')).toHaveAttribute('data-run-state', 'active');
  await expect(stateNode(page, 'routeAwaitCallbackAuth')).toHaveAttribute('data-run-state', 'visited');
  await page.mouse.move(5, 5);
  await expect(stateNode(page, 'awaitCallback')).not.toHaveAttribute('data-run-state', 'active');

  // the whole template was one undo step
  await canvasKey(page, 'Control+z');
  await expect(stateNode(page, 'validateAwaitCallbackApiKey')).toHaveCount(0);
  await expect(rows).toHaveCount(0);
});

test('an expired token minted in the identity lab makes its scenario fail with JWT_EXPIRED', async ({ page }) => {
  await page.goto('/');
  await openJourney(page, JWT);
  await expect(stateNode(page, 'validateJwt')).toBeVisible();
  await openTab(page, 'Identity lab');
  const lab = page.locator('[data-testid="identity-lab"]');
  await retype(lab.locator('[data-testid="lab-token-name"]'), 'stale');
  await lab.locator('[data-testid="lab-token-variant"]').selectOption('expired');
  await retype(lab.locator('[data-testid="lab-token-claims"]'), '{ "sub": "bob", "scope": "read:users" }');
  await lab.locator('[data-testid="lab-mint"]').click();
  const token = lab.locator('[data-testid="lab-token"][data-name="stale"]');
  await expect(token).toHaveAttribute('data-verdict', 'JWT_EXPIRED');
  await token.locator('[data-testid="lab-token-scenario"]').click();
  await expect(lab.locator('[data-testid="lab-status"]')).toContainText('Added a scenario for token stale');

  await openSimulation(page);
  await runAll(page);
  const result = page.locator('[data-testid="scenario-result"][data-name="token stale (JWT_EXPIRED)"]');
  await expect(result).toHaveAttribute('data-passed', 'true');
  await expect(result).toContainText('FAILED');
  await expect(result).toContainText('JWT_SCOPE_DENIED');

  // rotate: add k2, retire k1 — k1 stays listed and tokens signed with it stop verifying
  await openTab(page, 'Identity lab');
  await lab.locator('[data-testid="lab-add-key"]').click();
  await lab.locator('[data-testid="lab-key"][data-kid="k1"]').getByRole('button', { name: 'Retire' }).click();
  await expect(lab.locator('[data-testid="lab-key"][data-kid="k1"]')).toHaveAttribute('data-retired', 'true');
  await expect(token).toHaveAttribute('data-verdict', 'JWT_KID_NOT_FOUND');
});

test('the principal for OK is editable, changes where OK ends, and is kept for the journey after a reload', async ({ page }) => {
  await page.goto('/');
  await openJourney(page, JWT);
  await openTab(page, 'Auth');
  const ok = page.locator('[data-testid="auth-outcome"][data-state="validateJwt"][data-code="OK"]');
  await expect(ok).toHaveAttribute('data-end-state', 'done');
  // every failure code is routed to scopeDenied, unlike OK: nothing is flagged
  await expect(page.locator('[data-testid="auth-outcome"][data-indistinguishable="true"]')).toHaveCount(0);

  const principal = page.locator('[data-testid="auth-principal"]');
  await principal.locator('summary').click();
  await retype(principal.locator('[data-testid="principal-claims"]'), '{ "sub": "walt", "scope": "write:users" }');
  await principal.locator('[data-testid="principal-apply"]').click();
  await expect(ok).toHaveAttribute('data-end-state', 'scopeDenied');
  await expect(ok).toContainText('JWT_SCOPE_DENIED');

  await page.reload();
  await openTab(page, 'Auth');
  await expect(page.locator('[data-testid="auth-principal"] summary')).toContainText('(edited)');
  await expect(page.locator('[data-testid="auth-outcome"][data-state="validateJwt"][data-code="OK"]')).toHaveAttribute('data-end-state', 'scopeDenied');
});
