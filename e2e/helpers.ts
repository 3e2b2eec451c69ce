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

/**
 * Types one line (no newline) at the end of a line in Monaco, then takes out what Monaco put after
 * the caret by itself, as a person who sees it does: a closing bracket or quote the line leaves
 * open (`stray: [never closed`), or one left behind when a completion took the closing key.
 * Shift+End selects it and `x`, Backspace deletes it (with nothing selected they delete nothing).
 */
export async function typeLine(page: Page, line: string): Promise<void> {
  await page.keyboard.type(line);
  await page.keyboard.press('Shift+End');
  await page.keyboard.type('x');
  await page.keyboard.press('Backspace');
}

/**
 * Closes the completion list before a key it would take (Enter accepts a suggestion), as a person
 * who looks before pressing Enter does. The list opens by itself a moment after `:`, a space or a
 * word is typed; Ctrl+Space asks for it now, so the helper waits for Monaco's answer (the list, or
 * "No suggestions.") instead of for time, and Escape then closes it and cancels any pending request.
 */
export async function dismissCompletions(page: Page): Promise<void> {
  const list = page.locator('.suggest-widget.visible');
  await page.keyboard.press('Control+Space');
  await expect(list).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(list).toHaveCount(0);
}

/**
 * Types multi-line YAML at the caret of a Monaco editor key by key, as a person does, so that the
 * editor gains exactly `text`; the caret is at the end of a line (e.g. the end of the file):
 * - the completion list is closed before Enter (see dismissCompletions);
 * - after Enter, Monaco indents the new line like the last one (more after `key:`): Shift+Home
 *   selects that indentation and the line typed replaces it (an empty line: `x`, Backspace);
 * - brackets and quotes Monaco closes by itself are typed over, or deleted if the line leaves them open (typeLine).
 */
export async function typeYaml(page: Page, text: string): Promise<void> {
  const lines = text.split('\n');
  for (const [i, line] of lines.entries()) {
    if (i > 0) {
      await dismissCompletions(page);
      await page.keyboard.press('Enter');
      await page.keyboard.press('Shift+Home');
      if (!line) {
        await page.keyboard.type('x');
        await page.keyboard.press('Backspace');
      }
    }
    if (line) await typeLine(page, line);
  }
  await dismissCompletions(page);
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
