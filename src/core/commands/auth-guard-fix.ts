/** A guard template as a Diagnostic quick fix (edits against the analysed text). Pure. */
import type { Fix } from '../diagnostics';
import { guardEdits, type GuardArgs } from './auth-guard-edits';

/** The fix inserting a guard, or undefined when the template does not apply. */
export function guardFixFor(text: string, args: GuardArgs, title: string): Fix | undefined {
  const plan = guardEdits(text, args);
  return 'error' in plan ? undefined : { title, edits: plan.edits };
}
