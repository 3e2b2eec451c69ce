/** Every edit command by `noun.verb`: one typed map the editor, the canvas and tests share. */
import type { Analysis } from '../validate/validate';
import { documentApplyFix } from './document-apply-fix';
import { fieldSet } from './field-set';
import { fieldUnset } from './field-unset';
import { stateAdd } from './state-add';
import { stateInsert } from './state-insert';
import { stateDuplicate } from './state-duplicate';
import { stateRemove } from './state-remove';
import { stateRename } from './state-rename';
import { transitionConnect } from './transition-connect';
import { transitionDisconnect } from './transition-disconnect';
import type { Command, CommandArgs, CommandName, CommandResult } from './types';

/** The command table; `apply` is pure and returns new text or `{ error }`. */
export const commands: { readonly [K in CommandName]: Command<CommandArgs[K]> } = {
  'state.add': stateAdd,
  'state.insert': stateInsert,
  'state.remove': stateRemove,
  'state.rename': stateRename,
  'state.duplicate': stateDuplicate,
  'transition.connect': transitionConnect,
  'transition.disconnect': transitionDisconnect,
  'field.set': fieldSet,
  'field.unset': fieldUnset,
  'document.applyFix': documentApplyFix,
};

/** Runs a command by name; never throws (a bug becomes an `{ error }`). */
export function runCommand<K extends CommandName>(
  name: K,
  text: string,
  args: CommandArgs[K],
): CommandResult {
  const command = commands[name] as Command<CommandArgs[K]> | undefined;
  if (!command) return { error: `Unknown command '${String(name)}'` };
  try {
    return command.apply(text, args);
  } catch (err) {
    return { error: `Internal error in ${String(name)}: ${String(err)}` };
  }
}

/** Asks a command whether it can run on the current analysis; never throws. */
export function canApply<K extends CommandName>(
  name: K,
  analysis: Analysis,
  args: CommandArgs[K],
): true | string {
  const command = commands[name] as Command<CommandArgs[K]> | undefined;
  if (!command) return `Unknown command '${String(name)}'`;
  try {
    return command.canApply(analysis, args);
  } catch (err) {
    return `Internal error in ${String(name)}: ${String(err)}`;
  }
}
