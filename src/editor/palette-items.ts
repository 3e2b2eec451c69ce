/** What the palette offers: every state type, and a task entry per core task kind. Pure data. */
import { STATE_TYPES, type StateType } from '../core/model/types';
import { TASK_KINDS } from '../core/catalog/task-kinds';

export interface PaletteItem {
  key: string;
  label: string;
  type: StateType;
  taskKind?: string;
}

/** The drag payload's MIME type. */
export const PALETTE_MIME = 'application/x-journey-state';

/** Every palette entry, state types first (task replaced by one entry per kind). */
export const PALETTE_ITEMS: readonly PaletteItem[] = [
  ...STATE_TYPES.filter((t) => t !== 'task').map((t) => ({ key: t, label: t, type: t })),
  ...[...TASK_KINDS.keys()].map((k) => ({ key: `task:${k}`, label: k, type: 'task' as const, taskKind: k })),
];

/** Parses a drag payload back into an item; undefined for anything else. Pure. */
export function parsePaletteDrop(data: string): PaletteItem | undefined {
  return PALETTE_ITEMS.find((i) => i.key === data);
}
