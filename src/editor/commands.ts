/**
 * Every canvas/inspector edit goes through the core commands: the text
 * changes by a minimal splice, and the whole edit is one undo step.
 */
import { buildModel } from '../core/model/build-model';
import { parseSource } from '../core/source';
import { ParseCache } from '../core/incremental-parse';
import type { Analysis } from '../core/validate/validate';
import type { CommandArgs, CommandName } from '../core/commands/types';
import { canApply, commands, runCommand as runCore } from '../core/commands/registry';
import type { EditorStore } from './store/editor-store';

export type RunResult = { ok: true; text: string; selected?: string } | { ok: false; error: string };

const lite = new WeakMap<EditorStore, { text: string; analysis: Analysis; cache: ParseCache }>();

/**
 * A model-only Analysis of the store's text (no rules), cached per text; enough for `canApply`
 * and the inspector. Read incrementally: with a state selected, the inspector reads the text on
 * every keystroke, and a full parse cost ~20 ms (200 states) to ~110 ms (1,000) of the main
 * thread each time; re-reading only the edited state costs ~2 ms. The analysis is valid until the
 * next call for another text (its Document shares nodes with the parse cache): use it at once.
 */
export function liteAnalysis(store: EditorStore): Analysis {
  const text = store.getState().text;
  const hit = lite.get(store);
  if (hit && hit.text === text) return hit.analysis;
  const cache = hit?.cache ?? new ParseCache();
  const source = parseSource(text, store.getState().fileName, { cache });
  const analysis: Analysis = { source, model: buildModel(source), compiled: [], diagnostics: source.diagnostics };
  lite.set(store, { text, analysis, cache });
  return analysis;
}

/** `true` or the reason a command cannot run on the store's current text. */
export function canRun<N extends CommandName>(store: EditorStore, name: N, args: CommandArgs[N]): true | string {
  return canApply(name, liteAnalysis(store), args);
}

/** The title of a command, for menus and messages. */
export function commandTitle(name: CommandName): string {
  return commands[name].title;
}

/** Runs a command on the store's text; on success the new text is one undo step. */
export function runCommand<N extends CommandName>(store: EditorStore, name: N, args: CommandArgs[N]): RunResult {
  const res = runCore(name, store.getState().text, args);
  if ('error' in res) return { ok: false, error: res.error };
  store.getState().endBurst();
  store.getState().setText(res.text);
  const selected = res.selection ? res.text.slice(res.selection.start, res.selection.end) : undefined;
  return { ok: true, text: res.text, selected };
}
