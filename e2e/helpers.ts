/** Driver helpers that act as a person would: open a file, type in the code pane, drag, connect. */
import { expect, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

/** The canvas node of a state. */
export function stateNode(page: Page, qid: string): Locator {
  return page.locator(`.react-flow__node[data-state-id="${qid}"]`);
}

/** All state nodes on the canvas. */
export function stateNodes(page: Page): Locator {
  return page.locator('.react-flow__node[data-state-id]');
}

/**
 * Opens a journey file through the open-journey file input, and waits until its tab is the
 * active one (reading the file is asynchronous: acting before would act on the journey shown before).
 */
export async function openJourney(page: Page, file: string): Promise<void> {
  const input = page.locator('input[data-testid="open-journey"]');
  // The input appears with the restored workspace (its tabs in the same render): count from then.
  await input.waitFor({ state: 'attached' });
  const tabs = page.locator('[data-testid="doc-tab"]');
  const before = await tabs.count();
  await input.setInputFiles({
    name: basename(file),
    mimeType: 'application/yaml',
    buffer: readFileSync(file),
  });
  await expect(tabs).toHaveCount(before + 1);
  await expect(page.locator('[data-testid="doc-tab"].active')).toHaveAttribute('data-file', basename(file));
}

/**
 * Waits until the canvas has stopped moving, as a person would before clicking or dragging a
 * state: the full analysis of the current text is shown and ELK has placed every state.
 */
export async function canvasSettled(page: Page): Promise<void> {
  await expect(page.locator('[data-testid="canvas"][data-settled="true"]')).toHaveCount(1);
}

/** Waits until Monaco is ready in the code pane. */
export async function codePaneReady(page: Page): Promise<Locator> {
  const pane = page.locator('[data-testid="code-pane"]');
  await expect(pane).toHaveAttribute('data-ready', 'true');
  await expect(pane.locator('.monaco-editor')).toBeVisible();
  return pane;
}

/**
 * Puts the cursor at the end of the code pane's text and types `text` key by key, as a person
 * does (see typeYaml): the code pane then holds its text followed by exactly `text`.
 */
export async function typeAtEnd(page: Page, text: string): Promise<void> {
  const pane = await codePaneReady(page);
  await pane.locator('.view-lines').click();
  await page.keyboard.press('Control+End');
  await typeYaml(page, text);
}

// Monaco's YAML language closes these as they are typed (quotes not after a letter), but only
// before the end of the line, a blank or one of CLOSE_BEFORE (its default `autoCloseBefore`).
const AUTO_CLOSE: Record<string, string> = { '{': '}', '[': ']', '(': ')', '"': '"', "'": "'" };
const CLOSE_BEFORE = ';:.,=}])> \t';

/** How many closing characters Monaco leaves after the caret once `line` is typed at a line's end. */
export function autoClosedAfter(line: string): number {
  const after: string[] = []; // auto-inserted closers after the caret, the nearest last
  let prev = '';
  for (const ch of line) {
    const next = after.at(-1);
    if (next === ch) after.pop(); // typing the closer types over the one Monaco put
    else if (AUTO_CLOSE[ch] && (next === undefined || CLOSE_BEFORE.includes(next)) && !(/['"]/.test(ch) && /\w/.test(prev))) after.push(AUTO_CLOSE[ch]);
    prev = ch;
  }
  return after.length;
}

/** Types one line (no newline) at the caret in Monaco, then deletes the closers Monaco added that the line does not have. */
export async function typeLine(page: Page, line: string): Promise<void> {
  await page.keyboard.type(line);
  for (let i = autoClosedAfter(line); i > 0; i--) await page.keyboard.press('Delete');
}

/**
 * Types multi-line YAML at the caret of a Monaco editor key by key, as a person does, so that the
 * editor gains exactly `text` (expected at the end of a line, e.g. the end of the file):
 * - a completion list that popped up is dismissed with Escape before Enter (Enter would accept it);
 * - after Enter, Monaco indents the new line like the last one (more after `key:`): Shift+Home
 *   selects that indentation and the line typed replaces it (an empty line: `x`, Backspace);
 * - brackets and quotes Monaco closes by itself are typed over, or deleted if the line leaves them open.
 */
export async function typeYaml(page: Page, text: string): Promise<void> {
  const lines = text.split('\n');
  for (const [i, line] of lines.entries()) {
    if (i > 0) {
      if (await page.locator('.suggest-widget.visible').count()) await page.keyboard.press('Escape');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Shift+Home');
      if (!line) {
        await page.keyboard.type('x');
        await page.keyboard.press('Backspace');
      }
    }
    if (line) await typeLine(page, line);
  }
  if (await page.locator('.suggest-widget.visible').count()) await page.keyboard.press('Escape');
}

/** Replaces the value of an input or textarea as a person does: click into it, select all, type. */
export async function retype(field: Locator, text: string): Promise<void> {
  await field.click();
  await field.press('Control+a');
  if (text) await field.page().keyboard.type(text);
  else await field.press('Delete');
}

/** Drags a palette entry (e.g. `task:jwtValidate:v1`) onto the canvas at a point relative to the canvas. */
export async function dragFromPalette(page: Page, item: string, at: { x: number; y: number }): Promise<void> {
  const source = page.locator(`[data-testid="palette-item"][data-item="${item}"]`);
  await source.dragTo(page.locator('.react-flow__pane'), { targetPosition: at });
}

/** Draws a connection from a state's outgoing handle (`next`, `choice`, `default`, `onTimeout`) to another state. */
export async function connect(page: Page, from: string, handle: string, to: string): Promise<void> {
  await canvasSettled(page);
  const src = stateNode(page, from).locator(`.react-flow__handle[data-handleid="${handle}"]`);
  const dst = stateNode(page, to).locator('.react-flow__handle[data-handleid="in"]');
  const a = await src.boundingBox();
  const b = await dst.boundingBox();
  if (!a || !b) throw new Error(`handles of ${from} / ${to} are not on screen`);
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2, { steps: 5 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 5 });
  await page.mouse.up();
}

/** Chooses an entry of the Export menu and returns the downloaded file's name and text. */
export async function exportAs(page: Page, id: string): Promise<{ name: string; text: string }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="export-menu"]').selectOption(id)]);
  const stream = await dl.createReadStream();
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  return { name: dl.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
}

/** Waits until autosave has written everything to IndexedDB. */
export async function saved(page: Page): Promise<void> {
  await expect(page.locator('[data-testid="save-status"]')).toHaveAttribute('data-state', 'saved');
}

/** Presses a key with the canvas focused (the canvas's shortcuts, and the shared undo). */
export async function canvasKey(page: Page, key: string): Promise<void> {
  await page.locator('[data-testid="canvas"]').focus();
  await page.keyboard.press(key);
}
