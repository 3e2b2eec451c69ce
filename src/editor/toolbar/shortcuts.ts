/** The keyboard shortcuts of the editor, by place, as the help popover lists them. */
import { PANE_INFO, paneShortcut } from '../layout/pane-keys';
import type { CollapsiblePane } from '../pane-sizes';

export interface Shortcut {
  keys: string;
  does: string;
}

export const SHORTCUTS: readonly { place: string; items: readonly Shortcut[] }[] = [
  {
    place: 'Everywhere',
    items: [
      { keys: 'Ctrl+Z', does: 'Undo (canvas and code share one history)' },
      { keys: 'Ctrl+Y · Ctrl+Shift+Z', does: 'Redo' },
      { keys: '?', does: 'This list (from the canvas; in a text field, ? is typed)' },
    ],
  },
  {
    place: 'Canvas',
    items: [
      { keys: '↑ ↓ ← →', does: 'Select the next state along the flow, or beside it' },
      { keys: 'Home', does: 'Select the start state' },
      { keys: 'Enter', does: 'Show the selected state in the code' },
      { keys: 'A', does: 'Append a state after the selected one (its context pad\'s menu)' },
      { keys: 'G', does: 'Insert an auth guard before the selected state' },
      { keys: 'Esc', does: 'Close the context pad\'s menu' },
      { keys: 'Delete · Backspace', does: 'Delete the selected states or transitions' },
      { keys: 'Ctrl+D', does: 'Duplicate the selected states' },
      { keys: 'Ctrl+C, Ctrl+V', does: 'Copy states, paste them as duplicates' },
      { keys: 'Shift/Ctrl+click', does: 'Select several states' },
    ],
  },
  {
    place: 'Find state',
    items: [
      { keys: 'Enter · Shift+Enter', does: 'Next / previous match' },
      { keys: 'Esc', does: 'Clear the search' },
    ],
  },
  {
    place: 'Code',
    items: [
      { keys: 'Ctrl+.', does: 'Quick fixes at the caret, and "Fix all" for that rule' },
      { keys: 'Ctrl+Space', does: 'Completion from the DSL schema' },
      { keys: 'Tab', does: 'Indent (in the code and the scenario file)' },
      { keys: 'Esc, Tab', does: 'Leave the code with the keyboard (Shift+Tab: backwards)' },
      { keys: 'Ctrl+M', does: 'Toggle: Tab moves focus instead of indenting' },
    ],
  },
  {
    place: 'Inspector',
    items: [
      { keys: 'Tab · Shift+Tab', does: 'Next / previous field (expression fields too)' },
      { keys: 'Ctrl+Enter', does: 'Apply an expression (leaving the field does too)' },
      { keys: 'Esc', does: 'Take back what was typed in a field' },
    ],
  },
  {
    place: 'Panels',
    items: [
      { keys: 'Tab, Enter', does: 'Go to a problem from the Problems list' },
      { keys: '← → · ↑ ↓', does: 'On a focused pane edge: resize the code pane, side or bottom panels (double-click: default size)' },
      { keys: 'Home · End · Enter', does: 'On a focused pane edge: smallest, largest size; hide the pane' },
      { keys: '↑ ↓, Enter', does: 'In the palette: choose a state type, add it' },
    ],
  },
  {
    place: 'Layout',
    items: [
      ...(Object.keys(PANE_INFO) as CollapsiblePane[]).map((p) => ({ keys: paneShortcut(p), does: `Hide or show the ${PANE_INFO[p].name} (also the button at its edge)` })),
    ],
  },
];
