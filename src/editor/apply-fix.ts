/** One-click quick fixes: a diagnostic's fix through `document.applyFix`, one undo step. */
import type { EditorDiagnostic } from './analysis';
import type { EditorStore } from './store/editor-store';
import { runCommand } from './commands';

/** Applies a diagnostic's fix if the diagnostics are for the current text; reports why not otherwise. */
export function applyDiagnosticFix(store: EditorStore, d: EditorDiagnostic): boolean {
  const s = store.getState();
  if (!d.fix) return false;
  // Fix spans point into the analysed text; after further typing they would land in the wrong place.
  if (s.analyzedText !== s.text) {
    s.notify('Still checking your last change; try the fix again in a moment');
    return false;
  }
  const res = runCommand(store, 'document.applyFix', { fix: d.fix });
  if (!res.ok) s.notify(res.error);
  return res.ok;
}

/** Diagnostics with fixes first: dialect warnings (canonical-form fixes), then errors, then the rest; pure. */
export function fixOrder(list: readonly EditorDiagnostic[]): EditorDiagnostic[] {
  const rank = (d: EditorDiagnostic) => (d.fix ? (d.severity === 'warning' ? 0 : d.severity === 'error' ? 1 : 2) : 3);
  return [...list].sort((a, b) => rank(a) - rank(b));
}
