/** What a person sees of placement: the boxes of the states on screen, and whether any two overlap. */
import { expect, type Page } from '@playwright/test';
import { codePaneReady } from './helpers';

export interface ScreenBox {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The on-screen box of every state node, by state id. */
export async function stateBoxes(page: Page): Promise<Map<string, ScreenBox>> {
  const nodes = page.locator('.react-flow__node[data-state-id]');
  const out = new Map<string, ScreenBox>();
  for (const n of await nodes.all()) {
    const id = (await n.getAttribute('data-state-id')) ?? '';
    const b = await n.boundingBox();
    if (b) out.set(id, { id, ...b });
  }
  return out;
}

export function overlap(a: ScreenBox, b: ScreenBox): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Asserts that `id`'s node overlaps no other state node. */
export async function expectOverNothing(page: Page, id: string): Promise<void> {
  const boxes = await stateBoxes(page);
  const mine = boxes.get(id);
  expect(mine, `${id} is on the canvas`).toBeTruthy();
  const under = [...boxes.values()].filter((b) => b.id !== id && overlap(mine!, b)).map((b) => b.id);
  expect(under, `${id} lies over other states`).toEqual([]);
}

/** Distance between the centres of two boxes, in screen pixels. */
export function distance(a: ScreenBox, b: ScreenBox): number {
  return Math.hypot(a.x + a.width / 2 - (b.x + b.width / 2), a.y + a.height / 2 - (b.y + b.height / 2));
}

/** Asserts the node lies whole inside the canvas's visible area. */
export async function expectInView(page: Page, id: string): Promise<void> {
  const canvas = await page.locator('[data-testid="canvas"]').boundingBox();
  const b = (await stateBoxes(page)).get(id);
  expect(b && canvas, `${id} on screen`).toBeTruthy();
  expect(b!.x).toBeGreaterThanOrEqual(canvas!.x);
  expect(b!.y).toBeGreaterThanOrEqual(canvas!.y);
  expect(b!.x + b!.width).toBeLessThanOrEqual(canvas!.x + canvas!.width);
  expect(b!.y + b!.height).toBeLessThanOrEqual(canvas!.y + canvas!.height);
}

/**
 * Types YAML lines at the end of the code pane as a person does: each line, then Enter, then
 * Home-and-delete of the indentation Monaco adds, so every line starts where the text says.
 */
export async function typeLinesAtEnd(page: Page, lines: readonly string[]): Promise<void> {
  const pane = await codePaneReady(page);
  await pane.locator('.view-lines').click();
  await page.keyboard.press('Control+End');
  for (const line of lines) {
    // A completion list may be open: Escape closes it, so Enter starts a new line.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Enter');
    // Monaco keeps the previous line's indentation: remove it, then type the line as written.
    await page.keyboard.press('Shift+Home');
    await page.keyboard.press('Shift+Home');
    await page.keyboard.press('Delete');
    await page.keyboard.type(line);
  }
}

/**
 * Where each state is relative to `origin`, in node widths (so a pan or a zoom changes nothing):
 * what a person compares to say "nothing moved".
 */
export async function diagramShape(page: Page, origin: string): Promise<Record<string, { dx: number; dy: number }>> {
  const boxes = await stateBoxes(page);
  const o = boxes.get(origin)!;
  const out: Record<string, { dx: number; dy: number }> = {};
  for (const b of [...boxes.values()].sort((a, c) => a.id.localeCompare(c.id)))
    out[b.id] = { dx: Math.round(((b.x - o.x) / o.width) * 100) / 100, dy: Math.round(((b.y - o.y) / o.width) * 100) / 100 };
  return out;
}

/** The empty space between two boxes (0 when they touch or overlap), in screen pixels. */
export function gap(a: ScreenBox, b: ScreenBox): number {
  const dx = Math.max(0, b.x - (a.x + a.width), a.x - (b.x + b.width));
  const dy = Math.max(0, b.y - (a.y + a.height), a.y - (b.y + b.height));
  return Math.max(dx, dy);
}
