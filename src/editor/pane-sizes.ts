/**
 * The code pane's and the right side bar's widths and the bottom dock's height, as a person dragged them:
 * CSS variables on the page root (a drag restyles the grid without a React
 * render), remembered in this browser.
 */

export type Pane = 'code' | 'dock' | 'side';
const PANES: readonly Pane[] = ['code', 'dock', 'side'];

const KEY = 'journey-studio.pane-sizes';
const VARS: Record<Pane, string> = { code: '--code-width', dock: '--dock-height', side: '--side-width' };
/** Each pane keeps room for itself and leaves room for the canvas (and the panels beside it). */
const LIMITS: Record<Pane, (viewport: { width: number; height: number }) => [number, number]> = {
  code: (v) => [240, Math.max(240, v.width - 170 - 240 - 240)],
  dock: (v) => [60, Math.max(60, Math.round(v.height * 0.7))],
  // The inspector, auth preview and mock: wider for long expressions, never more than 640 px.
  side: (v) => [200, Math.max(200, Math.min(640, v.width - 170 - 240 - 240))],
};

type Sizes = Partial<Record<Pane, number>>;

function load(): Sizes {
  try {
    const raw = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Record<string, unknown>;
    const out: Sizes = {};
    for (const pane of PANES) if (typeof raw[pane] === 'number' && Number.isFinite(raw[pane])) out[pane] = raw[pane];
    return out;
  } catch {
    return {};
  }
}

let sizes: Sizes = {};

function apply(pane: Pane): void {
  const px = sizes[pane];
  if (px === undefined) document.documentElement.style.removeProperty(VARS[pane]);
  else document.documentElement.style.setProperty(VARS[pane], `${px}px`);
}

function save(): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(sizes));
  } catch {
    // not remembered; the size still holds for this page
  }
}

/** `px` within the pane's limits for a viewport; pure. */
export function clampSize(pane: Pane, px: number, viewport: { width: number; height: number }): number {
  const [min, max] = LIMITS[pane](viewport);
  return Math.round(Math.min(max, Math.max(min, px)));
}

/** Applies the remembered sizes (once, at start-up). */
export function restorePaneSizes(): void {
  sizes = load();
  PANES.forEach(apply);
}

/** Sets a pane's size (clamped to the window) and remembers it. */
export function setPaneSize(pane: Pane, px: number): void {
  sizes = { ...sizes, [pane]: clampSize(pane, px, { width: innerWidth, height: innerHeight }) };
  apply(pane);
  save();
}

/** Back to the layout's default size. */
export function resetPaneSize(pane: Pane): void {
  const { [pane]: _dropped, ...rest } = sizes;
  sizes = rest;
  apply(pane);
  save();
}
