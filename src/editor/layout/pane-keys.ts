/** The keys that collapse and open the panes: Ctrl+Alt+1…4, the panes from left to right, then the bottom. */
import type { CollapsiblePane } from '../pane-sizes';

export interface PaneInfo {
  /** The id of the pane's element (`aria-controls` of its toggles and splitter). */
  id: string;
  /** What a person calls it, in "Hide the …" / "Show the …". */
  name: string;
  /** The digit of its Ctrl+Alt shortcut. */
  digit: string;
}

export const PANE_INFO: Record<CollapsiblePane, PaneInfo> = {
  palette: { id: 'palette-pane', name: 'palette', digit: '1' },
  code: { id: 'code-pane', name: 'code pane', digit: '2' },
  side: { id: 'side-panels', name: 'side panels', digit: '3' },
  dock: { id: 'bottom-panels', name: 'bottom panels', digit: '4' },
};

/** The shortcut as the UI writes it. */
export function paneShortcut(pane: CollapsiblePane): string {
  return `Ctrl+Alt+${PANE_INFO[pane].digit}`;
}

/**
 * The pane a key event toggles, if any; pure. `key` must be the digit itself: with AltGr (which some
 * layouts report as Ctrl+Alt) the key is the character it types, so typing is never taken. On a Mac,
 * Option changes the character (Option+1 is "¡") and there is no AltGr: the physical key counts there.
 */
export function paneForKey(
  e: { key: string; code?: string; ctrlKey: boolean; altKey: boolean; metaKey: boolean; shiftKey: boolean },
  mac = false,
): CollapsiblePane | undefined {
  if (!e.ctrlKey || !e.altKey || e.metaKey || e.shiftKey) return undefined;
  return (Object.keys(PANE_INFO) as CollapsiblePane[]).find(
    (p) => PANE_INFO[p].digit === e.key || (mac && e.code === `Digit${PANE_INFO[p].digit}`),
  );
}
