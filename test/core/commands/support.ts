/** Given/when/then helpers for command specs on the real example journeys. */
import { expect } from 'vitest';
import { runCommand } from '../../../src/core/commands/registry';
import type { CommandArgs, CommandName, CommandOk } from '../../../src/core/commands/types';
import { analyze } from '../../../src/core/validate/validate';
import { corpus } from '../../support/corpus';

const files = corpus();

/** The text of example journey `name` (e.g. `auth-jwt-scopes`). */
export function given(name: string): string {
  const f = files.find((x) => x.name === name);
  if (!f) throw new Error(`no example ${name}`);
  return f.text;
}

/** Runs a command and insists it succeeded. */
export function when<K extends CommandName>(
  text: string,
  name: K,
  args: CommandArgs[K],
): CommandOk {
  const r = runCommand(name, text, args);
  if ('error' in r) throw new Error(`${name} refused: ${r.error}`);
  return r;
}

/** The error message a refused command gives. */
export function refused<K extends CommandName>(
  text: string,
  name: K,
  args: CommandArgs[K],
): string {
  const r = runCommand(name, text, args);
  expect('error' in r, `${name} should refuse`).toBe(true);
  return (r as { error: string }).error;
}

/** Errors of a text as `code|message`, to compare before and after an edit. */
export function errors(text: string): string[] {
  return analyze(text)
    .diagnostics.filter((d) => d.severity === 'error')
    .map((d) => `${d.code}|${d.message}`);
}

/** Asserts the edit adds no error the file did not have before (per rule id: messages may name renamed states). */
export function expectNoNewErrors(before: string, after: string): void {
  const count = (list: string[]) =>
    list.reduce<Record<string, number>>(
      (m, e) => ((m[e.split('|')[0]] = (m[e.split('|')[0]] ?? 0) + 1), m),
      {},
    );
  const old = count(errors(before));
  const added = Object.entries(count(errors(after))).filter(([code, n]) => n > (old[code] ?? 0));
  expect(added, errors(after).join('\n')).toEqual([]);
}

/** The one contiguous region that differs: `[removed, added]` between the common prefix and suffix. */
export function splice(
  before: string,
  after: string,
): { at: number; removed: string; added: string } {
  let p = 0;
  while (p < before.length && p < after.length && before[p] === after[p]) p++;
  let s = 0;
  while (
    s < before.length - p &&
    s < after.length - p &&
    before[before.length - 1 - s] === after[after.length - 1 - s]
  )
    s++;
  return {
    at: p,
    removed: before.slice(p, before.length - s),
    added: after.slice(p, after.length - s),
  };
}

/** Every comment line of `before` is still in `after`. */
export function expectCommentsKept(before: string, after: string): void {
  const comments = before.split('\n').filter((l) => /^\s*#/.test(l));
  for (const c of comments) expect(after).toContain(c);
}

/** Undo is restoring the snapshot: the old text analyses exactly as before the edit. */
export function expectUndoRestores(before: string, after: string): void {
  const snapshot = before; // the store keeps the previous text as-is
  expect(after).not.toBe(snapshot);
  expect(analyze(snapshot).diagnostics).toEqual(analyze(before).diagnostics);
  expect(Buffer.from(snapshot)).toEqual(Buffer.from(before));
}
