/** Driver helpers for the Simulation panel: open it, open and edit a scenario file, run, debug. */
import { expect, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { retype } from './helpers';

/** Shows the Simulation tab of the bottom dock. */
export async function openSimulation(page: Page): Promise<Locator> {
  await page.getByRole('tab', { name: 'Simulation' }).click();
  const panel = page.locator('[data-testid="simulation"]');
  await expect(panel).toBeVisible();
  return panel;
}

/** Opens a scenario file through the open-scenario input. */
export async function openScenarioFile(page: Page, file: string): Promise<void> {
  await page.locator('input[data-testid="open-scenario"]').setInputFiles({
    name: basename(file),
    mimeType: 'application/yaml',
    buffer: readFileSync(file),
  });
}

/** Shows the scenario file in its editor ("Edit file") and waits until Monaco is up in it. */
export async function editScenarioFile(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Edit file' }).click();
  const editor = page.locator('[data-testid="scenario-editor"]');
  await expect(editor.locator('.monaco-editor')).toBeVisible();
  return editor;
}

/** Runs every scenario and waits for the results. */
export async function runAll(page: Page): Promise<Locator> {
  await page.locator('[data-testid="run-scenarios"]').click();
  const results = page.locator('[data-testid="scenario-result"]');
  await expect(results.first()).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('[data-testid="run-scenarios"]')).toBeEnabled({ timeout: 30_000 });
  return results;
}

/** Starts the debugger on a scenario, with or without replaying its steps. */
export async function debugScenario(page: Page, name: string, replaySteps: boolean): Promise<void> {
  const dbg = page.locator('[data-testid="debugger"]');
  await dbg.getByRole('combobox', { name: 'Scenario' }).selectOption(name);
  const replay = dbg.getByRole('checkbox', { name: 'replay steps' });
  if ((await replay.isChecked()) !== replaySteps) await replay.click();
  await dbg.locator('[data-testid="debug-start"]').click();
  await expect(dbg.locator('[data-testid="run-outcome"]')).toBeVisible();
}

/** Submits a step with a raw JSON body and header lines from the debugger's form. */
export async function submitStepAs(page: Page, stepId: string, body: unknown, headers = ''): Promise<void> {
  const form = page.locator(`[data-testid="submit-form"][data-step="${stepId}"]`);
  await expect(form).toBeVisible();
  const raw = form.getByRole('checkbox', { name: 'raw JSON' });
  if (!(await raw.isChecked())) await raw.click();
  await retype(form.locator('[data-testid="submit-json"]'), JSON.stringify(body));
  await retype(form.locator('[data-testid="submit-headers"]'), headers);
  await form.locator('[data-testid="submit-step"]').click();
}
