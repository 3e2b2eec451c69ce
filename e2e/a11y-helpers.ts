/** Helpers for the accessibility and layout checks: axe-core per screen, focus rings, boxes in the window. */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

/** Runs axe-core on the page as it is and fails, listing them, on any critical or serious violation. */
export async function expectNoSeriousA11yViolations(page: Page, screen: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const bad = violations
    .filter((v) => v.impact === 'critical' || v.impact === 'serious')
    .map((v) => `${v.impact} ${v.id} (${v.help}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`);
  expect(bad, `axe on ${screen}:\n${bad.join('\n')}`).toEqual([]);
}

/** What has the keyboard focus: a short description, and whether a person sees where it is. */
export interface FocusStop {
  /** data-testid, else role/aria-label, else tag name. */
  what: string;
  tag: string;
  type: string | null;
  /** Where it is: toolbar, tabs (the open journeys), left, canvas, code, right, bottom, or other. */
  area: string;
  /** A ring is drawn: an outline of 2px or more, or (for the canvas, and an edge) its own focus style. */
  ringVisible: boolean;
}

/** Describes the focused element (see FocusStop). */
export function focusStop(page: Page): Promise<FocusStop> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | SVGElement | null;
    if (!el || el === document.body) return { what: 'body', tag: 'BODY', type: null, area: 'none', ringVisible: false };
    const area =
      el.closest('.toolbar') ? 'toolbar'
      : el.closest('.doc-tabs') ? 'tabs'
      : el.closest('.canvas') ? 'canvas'
      : el.closest('.code-pane, #code-pane') ? 'code'
      : (el.closest('[data-area]')?.getAttribute('data-area') ?? 'other');
    const cs = getComputedStyle(el);
    const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2;
    // The canvas draws its ring as an overlay (React Flow's layers would cover an outline).
    const after = getComputedStyle(el, '::after');
    const overlay = after.content !== 'none' && parseFloat(after.borderTopWidth) >= 2;
    // An edge: its path is drawn thicker in the focus colour.
    const path = el.querySelector?.('.react-flow__edge-path');
    const edge = !!path && parseFloat(getComputedStyle(path).strokeWidth) >= 3;
    return {
      what: el.getAttribute('data-testid') ?? el.getAttribute('aria-label') ?? el.getAttribute('role') ?? el.tagName,
      tag: el.tagName,
      type: el.getAttribute('type'),
      area,
      ringVisible: outline || overlay || edge,
    };
  });
}

/** Asserts a locator's box lies wholly inside the window, and that nothing clips it (it is fully visible). */
export async function expectInWindow(page: Page, target: Locator, what: string): Promise<void> {
  await expect(target, `${what} is fully visible`).toBeInViewport({ ratio: 1 });
  const box = await target.boundingBox();
  const size = page.viewportSize()!;
  expect(box, `${what} has a box`).not.toBeNull();
  expect(box!.x, `${what} left edge`).toBeGreaterThanOrEqual(0);
  expect(box!.y, `${what} top edge`).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width, `${what} right edge`).toBeLessThanOrEqual(size.width + 0.5);
  expect(box!.y + box!.height, `${what} bottom edge`).toBeLessThanOrEqual(size.height + 0.5);
}
