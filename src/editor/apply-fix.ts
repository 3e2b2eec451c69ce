/** One-click quick fixes: a diagnostic's fix through `document.applyFix`, one undo step. */
import type { EditorDiagnostic } from './analysis';
import type { Diagnostic, Fix, TextEdit } from '../core/diagnostics';
import type { EditorStore } from './store/editor-store';
import { runCommand } from './commands';

/** Applies a diagnostic's fix (or one of its alternatives) if the diagnostics are for the current text; reports why not otherwise. */
export function applyDiagnosticFix(store: EditorStore, d: EditorDiagnostic, fix: Fix | undefined = d.fix): boolean {
  const s = store.getState();
  if (!fix) return false;
  // Fix spans point into the analysed text; after further typing they would land in the wrong place.
  if (s.analyzedText !== s.text) {
    s.notify('Still checking your last change; try the fix again in a moment');
    return false;
  }
  const res = runCommand(store, 'document.applyFix', { fix });
  if (!res.ok) s.notify(res.error);
  return res.ok;
}

/**
 * The fixes of several findings as one fix (one edit of the text, one undo step). A fix whose
 * edits overlap one already taken is left out (`skipped`): after this one is applied and the
 * file checked again, it can be applied on its own. A fix identical to a taken one counts once. Pure.
 */
export function mergedFix(list: readonly Diagnostic[]): { fix: Fix; applied: number; skipped: number } | undefined {
  const taken: TextEdit[] = [];
  const same = (a: TextEdit, b: TextEdit) => a.span.start === b.span.start && a.span.end === b.span.end && a.text === b.text;
  // Two edits clash when their spans overlap, or start at the same place (which goes first would be a guess).
  const clash = (a: TextEdit, b: TextEdit) =>
    (a.span.start < b.span.end && b.span.start < a.span.end) || a.span.start === b.span.start;
  let applied = 0;
  let skipped = 0;
  const fixes = list.flatMap((d) => (d.fix?.edits.length ? [d.fix] : []));
  const firstStart = (f: Fix) => Math.min(...f.edits.map((e) => e.span.start));
  for (const fix of [...fixes].sort((a, b) => firstStart(a) - firstStart(b))) {
    const fresh = fix.edits.filter((e) => !taken.some((t) => same(t, e)));
    if (fresh.some((e) => taken.some((t) => clash(t, e)))) {
      skipped++;
      continue;
    }
    taken.push(...fresh);
    applied++;
  }
  if (!applied) return undefined;
  return { fix: { title: `Apply ${applied} fixes`, edits: taken }, applied, skipped };
}

/** Applies the fixes of `list` as one edit (one undo step) and says how many; reports why not otherwise. */
export function applyDiagnosticFixes(store: EditorStore, list: readonly EditorDiagnostic[]): boolean {
  const s = store.getState();
  const merged = mergedFix(list);
  if (!merged) return false;
  if (s.analyzedText !== s.text) {
    s.notify('Still checking your last change; try the fixes again in a moment');
    return false;
  }
  const res = runCommand(store, 'document.applyFix', { fix: merged.fix });
  if (!res.ok) {
    s.notify(res.error);
    return false;
  }
  const left = merged.skipped ? `; ${merged.skipped} touched the same text and are left for a second click` : '';
  s.notify(`Applied ${merged.applied} ${merged.applied === 1 ? 'fix' : 'fixes'} in one step (Ctrl+Z undoes them)${left}`);
  return true;
}
