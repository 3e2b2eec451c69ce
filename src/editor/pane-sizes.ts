/**
 * The code pane's and the right side bar's widths and the bottom dock's height, as a person dragged them,
 * and which panes they collapsed: CSS variables and a `data-collapsed` list on the page root (a drag
 * restyles the grid without a React render), remembered in this browser.
 */

/** A pane with a size a person can drag. */
export type Pane = 'code' | 'dock' | 'side';
/** A pane a person can collapse to a thin rail (and open again). */
export type CollapsiblePane = 'palette' | Pane;

const PANES: readonly Pane[] = ['code', 'dock', 'side'];
export const COLLAPSIBLE: readonly CollapsiblePane[] = ['palette', 'code', 'side', 'dock'];

const KEY = 'journey-studio.pane-sizes';
const COLLAPSED_KEY = 'journey-studio.pane-collapsed';
const VARS: Record<Pane, string> = { code: '--code-width', dock: '--dock-height', side: '--side-width' };

/** The palette's width (editor.css `--palette-col`): the other panes leave room for it and for the canvas. */
export const PALETTE_PX = 150;
/** The canvas keeps at least this much beside the panes a person widens. */
const CANVAS_MIN_PX = 240;
/** Each pane keeps room for itself and leaves room for the canvas (and the panels beside it). */
const LIMITS: Record<Pane, (viewport: { width: number; height: number }) => [number, number]> = {
  code: (v) => [240, Math.max(240, v.width - PALETTE_PX - CANVAS_MIN_PX - 240)],
  dock: (v) => [60, Math.max(60, Math.round(v.height * 0.7))],
  // The inspector, auth preview and mock: wider for long expressions, never more than 640 px.
  side: (v) => [200, Math.max(200, Math.min(640, v.width - PALETTE_PX - CANVAS_MIN_PX - 240))],
};

/** Below this window width the code pane starts collapsed (until the person opens it): the canvas needs the room. */
const NARROW_PX = 1100;

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

/** The collapsed panes remembered, or undefined when the person never chose. */
function loadCollapsed(): CollapsiblePane[] | undefined {
  try {
    const raw = JSON.parse(localStorage.getItem(COLLAPSED_KEY) ?? 'null') as unknown;
    return Array.isArray(raw) ? COLLAPSIBLE.filter((p) => raw.includes(p)) : undefined;
  } catch {
    return undefined;
  }
}

let sizes: Sizes = {};
let collapsed: ReadonlySet<CollapsiblePane> = new Set();
const listeners = new Set<() => void>();

function apply(pane: Pane): void {
  const px = sizes[pane];
  if (px === undefined) document.documentElement.style.removeProperty(VARS[pane]);
  else document.documentElement.style.setProperty(VARS[pane], `${px}px`);
}

function applyCollapsed(): void {
  const list = COLLAPSIBLE.filter((p) => collapsed.has(p));
  if (list.length) document.documentElement.dataset.collapsed = list.join(' ');
  else delete document.documentElement.dataset.collapsed;
}

function save(): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(sizes));
  } catch {
    // not remembered; the size still holds for this page
  }
}

function saveCollapsed(): void {
  try {
    localStorage.setItem(COLLAPSED_KEY, JSON.stringify(COLLAPSIBLE.filter((p) => collapsed.has(p))));
  } catch {
    // not remembered; the choice still holds for this page
  }
}

function changed(): void {
  for (const l of listeners) l();
}

/** A pane's limits `[min, max]` in px for a viewport; pure. */
export function paneLimits(pane: Pane, viewport: { width: number; height: number }): [number, number] {
  return LIMITS[pane](viewport);
}

/** `px` within the pane's limits for a viewport; pure. */
export function clampSize(pane: Pane, px: number, viewport: { width: number; height: number }): number {
  const [min, max] = LIMITS[pane](viewport);
  return Math.round(Math.min(max, Math.max(min, px)));
}

/** The panes collapsed on a first visit (nothing remembered) for a window width; pure. */
export function defaultCollapsed(width: number): CollapsiblePane[] {
  return width < NARROW_PX ? ['code'] : [];
}

/** Applies the remembered sizes and collapsed panes (once, at start-up). */
export function restorePaneSizes(): void {
  sizes = load();
  PANES.forEach(apply);
  collapsed = new Set(loadCollapsed() ?? defaultCollapsed(innerWidth));
  applyCollapsed();
}

/** Sets a pane's size (clamped to the window) and remembers it. */
export function setPaneSize(pane: Pane, px: number): void {
  sizes = { ...sizes, [pane]: clampSize(pane, px, { width: innerWidth, height: innerHeight }) };
  apply(pane);
  save();
  changed();
}

/** Back to the layout's default size. */
export function resetPaneSize(pane: Pane): void {
  const { [pane]: _dropped, ...rest } = sizes;
  sizes = rest;
  apply(pane);
  save();
  changed();
}

/** Whether a pane is collapsed to its rail. */
export function isCollapsed(pane: CollapsiblePane): boolean {
  return collapsed.has(pane);
}

/** Collapses or opens a pane, and remembers it. */
export function setCollapsed(pane: CollapsiblePane, value: boolean): void {
  if (collapsed.has(pane) === value) return;
  const next = new Set(collapsed);
  if (value) next.add(pane);
  else next.delete(pane);
  collapsed = next;
  applyCollapsed();
  saveCollapsed();
  changed();
}

/** Collapses an open pane, opens a collapsed one. */
export function toggleCollapsed(pane: CollapsiblePane): void {
  setCollapsed(pane, !collapsed.has(pane));
}

/** Calls `fn` after any size or collapse change (for `useSyncExternalStore`); returns the unsubscribe. */
export function subscribePanes(fn: () => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}
