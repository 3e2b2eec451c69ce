/** Helpers for the Delete, new-choice and auth-on-canvas specs: the code pane's caret and the canvas's edges. */
import { expect, type Locator, type Page } from '@playwright/test';
import { codePaneReady } from './helpers';

/** Puts the caret at the start of 1-based `line` of the code pane with Monaco's Go to Line (Ctrl+G), as a person would. */
export async function goToLine(page: Page, line: number): Promise<void> {
  const pane = await codePaneReady(page);
  await pane.locator('.view-lines').click();
  await page.keyboard.press('Control+g');
  await page.keyboard.type(String(line));
  await page.keyboard.press('Enter');
}

/** The 1-based line of the first line of `text` that contains `needle`. */
export function lineOf(text: string, needle: string): number {
  const i = text.split('\n').findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`no line with ${needle}`);
  return i + 1;
}

/** The canvas edge from `source` to `target` taken `via` (`next`, `choice`, `default`, `onTimeout`). */
export function edge(page: Page, source: string, target: string, via: string): Locator {
  return page.locator(`.react-flow__edge[data-testid*=":${source}>${target}:${via}"]`);
}

/** The codes of an edge's `data-auth-outcomes` hook (CONTRACTS §5), sorted. */
export async function authCodes(e: Locator): Promise<string[]> {
  await expect(e).toHaveCount(1);
  const v = (await e.getAttribute('data-auth-outcomes')) ?? '';
  return v.split(' ').filter(Boolean).sort();
}
