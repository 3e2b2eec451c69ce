/**
 * Collapsing and opening the panes: the button at a pane's edge (or on its rail when collapsed), and
 * Ctrl+Alt+1…4 from anywhere. A pane that takes the focus with it hands it to its toggle, so the
 * keyboard never loses its place.
 */
import { useEffect, useSyncExternalStore, type ReactNode } from 'react';
import { isCollapsed, subscribePanes, toggleCollapsed, type CollapsiblePane } from '../pane-sizes';
import { PANE_INFO, paneForKey, paneShortcut } from './pane-keys';

/** Whether `pane` is collapsed, re-rendering when it changes. */
export function usePaneCollapsed(pane: CollapsiblePane): boolean {
  return useSyncExternalStore(subscribePanes, () => isCollapsed(pane));
}

/** Toggles a pane; when the focus went away with what it hid, the pane's toggle takes it. */
export function togglePane(pane: CollapsiblePane): void {
  toggleCollapsed(pane);
  requestAnimationFrame(() => {
    const at = document.activeElement as HTMLElement | null;
    if (at && at !== document.body && at.isConnected && at.checkVisibility()) return;
    document.querySelector<HTMLElement>(`[data-pane-toggle="${pane}"]`)?.focus();
  });
}

/** The button that hides an open pane or shows a collapsed one. */
export function PaneToggle({ pane, children, className }: { pane: CollapsiblePane; children?: ReactNode; className?: string }) {
  const collapsed = usePaneCollapsed(pane);
  const { id, name } = PANE_INFO[pane];
  const label = `${collapsed ? 'Show' : 'Hide'} the ${name}`;
  const arrow = { palette: collapsed ? '»' : '«', code: collapsed ? '«' : '»', side: collapsed ? '«' : '»', dock: collapsed ? '▴' : '▾' }[pane];
  return (
    <button
      type="button"
      className={`pane-toggle ${className ?? ''}`}
      data-pane-toggle={pane}
      data-testid={`toggle-${pane}`}
      aria-expanded={!collapsed}
      aria-controls={id}
      aria-label={label}
      title={`${label} (${paneShortcut(pane)})`}
      onClick={() => togglePane(pane)}
    >
      <span aria-hidden>{arrow}</span>
      {children}
    </button>
  );
}

const MAC = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);

/** Binds Ctrl+Alt+1…4 on the window. */
export function usePaneKeys(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.getModifierState('AltGraph')) return;
      const pane = paneForKey(e, MAC);
      if (!pane) return;
      e.preventDefault();
      togglePane(pane);
    };
    // Capture: Monaco and the canvas handle keys on their own elements first otherwise.
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
}
