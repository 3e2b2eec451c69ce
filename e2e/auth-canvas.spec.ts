import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { canvasSettled, codePaneReady } from './helpers';
import { authCodes, edge, goToLine, lineOf } from './h3-helpers';

// The start-up journey: Journey Studio's corrected copy of the example (src/editor/files/example-corrections.ts).
const EXAMPLE = 'src/editor/files/corrected/auth-jwt-scopes.journey.yaml';
const original = readFileSync(EXAMPLE, 'utf8');

/** The preview's rows of the JWT validation as the Auth panel lists them: code → the state it ends at. */
async function previewRows(page: Page): Promise<Map<string, string>> {
  const rows = page.locator('[data-testid="auth-outcome"][data-state="validateJwt"]');
  await expect(rows.first()).toBeVisible();
  const out = new Map<string, string>();
  for (const r of await rows.all()) out.set((await r.getAttribute('data-code'))!, (await r.getAttribute('data-end-state'))!);
  return out;
}

/** What the edges out of the JWT check and the scope choice must carry, derived from the preview rows. */
function expected(rows: Map<string, string>) {
  const codes = [...rows.keys()];
  return {
    intoChoice: [...codes].sort(),
    denied: codes.filter((c) => rows.get(c) === 'scopeDenied').sort(),
    allowed: codes.filter((c) => rows.get(c) !== 'scopeDenied').sort(),
  };
}

test('auth outcomes on the canvas at rest: codes on each edge, a badge with the codes on hover, failure edges drawn apart; a typed predicate edit moves them @both', async ({ page }) => {
  await page.goto('/');
  await canvasSettled(page);
  await page.getByRole('tab', { name: 'Auth' }).click();
  const rows = await previewRows(page);
  const want = expected(rows);
  expect(want.denied.length).toBeGreaterThan(0);
  expect(want.allowed).toEqual(['OK']);

  const intoChoice = edge(page, 'validateJwt', 'checkScopes', 'next');
  const allowed = edge(page, 'checkScopes', 'fetchUser', 'choice');
  const denied = edge(page, 'checkScopes', 'scopeDenied', 'default');
  await expect.poll(() => authCodes(intoChoice)).toEqual(want.intoChoice);
  expect(await authCodes(allowed)).toEqual(want.allowed);
  expect(await authCodes(denied)).toEqual(want.denied);

  // Drawn, not only an attribute: a badge per edge, the failures' edge red and dashed.
  const badgeOf = async (e: typeof denied) => page.locator(`[data-testid="auth-badge"][data-edge="${await e.getAttribute('data-id')}"]`);
  const deniedBadge = await badgeOf(denied);
  await expect(deniedBadge).toBeVisible();
  await expect(deniedBadge).toHaveText(new RegExp(`^401 · ${want.denied.length}`));
  await expect(await badgeOf(allowed)).toHaveText(/^OK/);
  const stroke = (e: typeof denied) => e.locator('.react-flow__edge-path').evaluate((p) => [getComputedStyle(p).stroke, getComputedStyle(p).strokeDasharray]);
  const [deniedStroke, deniedDash] = await stroke(denied);
  const [allowedStroke, allowedDash] = await stroke(allowed);
  expect(deniedStroke).not.toBe(allowedStroke);
  expect(deniedDash).not.toBe(allowedDash);

  // Hovering the badge shows the codes.
  const tip = deniedBadge.locator('[role="tooltip"]');
  await expect(tip).toBeHidden();
  await deniedBadge.hover();
  await expect(tip).toBeVisible();
  for (const code of want.denied) await expect(tip).toContainText(code);
  await page.mouse.move(5, 5);
  await expect(tip).toBeHidden();

  // Typed in the code pane: the scope asked for becomes one the principal lacks; OK now takes the denied branch.
  await codePaneReady(page);
  await goToLine(page, lineOf(original, 'contains "read:users"') );
  await page.keyboard.press('End');
  for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowLeft'); // before `:users"`
  for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowLeft'); // `read`
  await page.keyboard.type('write');
  await expect(page.locator('[data-testid="auth-outcome"][data-state="validateJwt"][data-code="OK"]')).toHaveAttribute('data-end-state', 'scopeDenied');
  const after = expected(await previewRows(page));
  expect(after.denied).toContain('OK');
  await expect.poll(() => authCodes(denied)).toEqual(after.denied);
  expect(await authCodes(allowed)).toEqual([]);
  await expect(page.locator(`[data-testid="auth-badge"][data-edge="${await allowed.getAttribute('data-id')}"]`)).toHaveCount(0);
  await expect(deniedBadge).toHaveText(new RegExp(`^OK/401 · ${after.denied.length}`));
});
