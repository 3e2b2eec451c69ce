/** `document.applyFix`: applies a diagnostic's machine-applicable fix (its text edits, against the text it was computed on). */
import { finish } from './document';
import type { Command, CommandArgs } from './types';

type Args = CommandArgs['document.applyFix'];

function check(textLength: number, a: Args): true | string {
  if (!a.fix?.edits?.length) return 'This finding has no automatic fix';
  const bad = a.fix.edits.some(
    (e) => e.span.start < 0 || e.span.end > textLength || e.span.start > e.span.end,
  );
  return bad ? 'The fix no longer matches the file; re-validate first' : true;
}

/** The `document.applyFix` command. */
export const documentApplyFix: Command<Args> = {
  title: 'Apply fix',
  canApply: (analysis, args) => check(analysis.source.text.length, args),
  apply(text, args) {
    const ok = check(text.length, args);
    if (ok !== true) return { error: ok };
    const first = [...args.fix.edits].sort((a, b) => a.span.start - b.span.start)[0];
    return finish(text, [...args.fix.edits], () => ({
      start: first.span.start,
      end: first.span.start + first.text.length,
    }));
  },
};
