/** Applying a diagnostic's quick fix to the text, and ordering fixes. Pure. */
import type { Fix } from '../core/diagnostics';

/** Applies all edits of a fix (spans into `text`); undefined when the edits overlap or fall outside. */
export function applyFixText(text: string, fix: Fix): string | undefined {
  const edits = [...fix.edits].sort((a, b) => b.span.start - a.span.start);
  let out = text;
  let limit = text.length;
  for (const e of edits) {
    if (e.span.start < 0 || e.span.end > limit || e.span.start > e.span.end) return undefined;
    out = out.slice(0, e.span.start) + e.text + out.slice(e.span.end);
    limit = e.span.start;
  }
  return out;
}
