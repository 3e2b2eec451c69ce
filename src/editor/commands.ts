/**
 * Every canvas/inspector edit goes through the core commands: the text
 * changes by a minimal splice, and the whole edit is one undo step.
 */
import { buildModel } from '../core/model/build-model';
import { parseSource } from '../core/source';
import type { Analysis } from '../core/validate/validate';
import type { CommandArgs, CommandName, Command } from '../core/commands/types';
import { stateAdd } from '../core/commands/state-add';
import { stateRemove } from '../core/commands/state-remove';
import { stateRename } from '../core/commands/state-rename';
import { stateDuplicate } from '../core/commands/state-duplicate';
import { transitionConnect } from '../core/commands/transition-connect';
import { transitionDisconnect } from '../core/commands/transition-disconnect';
import type { EditorStore } from './store/editor-store';

type Registry = { [N in CommandName]?: Command<CommandArgs[N]> };

const COMMANDS: Registry = {
  'state.add': stateAdd,
  'state.remove': stateRemove,
  'state.rename': stateRename,
  'state.duplicate': stateDuplicate,
  'transition.connect': transitionConnect,
  'transition.disconnect': transitionDisconnect,
};

export type RunResult = { ok: true; text: string; selected?: string } | { ok: false; error: string };

const lite = new WeakMap<EditorStore, { text: string; analysis: Analysis }>();

/** A model-only Analysis of the store's text (no rules), cached per text; enough for `canApply`. */
export function liteAnalysis(store: EditorStore): Analysis {
  const text = store.getState().text;
  const hit = lite.get(store);
  if (hit && hit.text === text) return hit.analysis;
  const source = parseSource(text, store.getState().fileName);
  const analysis: Analysis = { source, model: buildModel(source), compiled: [], diagnostics: source.diagnostics };
  lite.set(store, { text, analysis });
  return analysis;
}

/** `true` or the reason a command cannot run on the store's current text. */
export function canRun<N extends CommandName>(store: EditorStore, name: N, args: CommandArgs[N]): true | string {
  const cmd = COMMANDS[name] as Command<CommandArgs[N]> | undefined;
  if (!cmd) return `'${name}' is not available`;
  try {
    return cmd.canApply(liteAnalysis(store), args);
  } catch (err) {
    return String(err);
  }
}

/** Runs a command on the store's text; on success the new text is one undo step. */
export function runCommand<N extends CommandName>(store: EditorStore, name: N, args: CommandArgs[N]): RunResult {
  const cmd = COMMANDS[name] as Command<CommandArgs[N]> | undefined;
  if (!cmd) return { ok: false, error: `'${name}' is not available` };
  const before = store.getState().text;
  let res;
  try {
    res = cmd.apply(before, args);
  } catch (err) {
    return { ok: false, error: `${cmd.title} failed: ${String(err)}` };
  }
  if ('error' in res) return { ok: false, error: res.error };
  store.getState().endBurst();
  store.getState().setText(res.text);
  const selected = res.selection ? res.text.slice(res.selection.start, res.selection.end) : undefined;
  return { ok: true, text: res.text, selected };
}
