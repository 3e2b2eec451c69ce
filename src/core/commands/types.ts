/** The edit-command contract: pure `(text, args) → new text | error`, with a `canApply` the UI can ask first. */
import type { Fix, Span } from '../diagnostics';
import type { StateType } from '../model/types';
import type { Analysis } from '../validate/validate';

/** A successful edit: the new text and what to select afterwards (offsets into the new text). */
export interface CommandOk {
  text: string;
  selection?: Span;
}

/** A refused or failed edit, with a sentence for the user. */
export interface CommandError {
  error: string;
}

/** What every command returns. */
export type CommandResult = CommandOk | CommandError;

/** How a transition is written: `next`, a new `choices` entry, a choice `default`, or `wait|webhook.onTimeout`. */
export type ConnectVia = 'next' | 'choice' | 'default' | 'onTimeout';

/** Arguments of every command, by `noun.verb`. States are named by qualified id (`outer/branch/state`). */
export interface CommandArgs {
  'state.add': {
    type: StateType;
    /** For `type: task`: the plugin, e.g. `httpCall:v1` (default). */
    taskKind?: string;
    /** Wanted id; a unique one is derived from the type when omitted or taken. */
    id?: string;
    /** Scope id (`top`, `subjourney:<id>`, `branch:<parallel qid>/<name>`, `compensation`); default `top`. */
    scope?: string;
    /** Where the new state goes next (required for `choice`). */
    next?: string;
    /** For `type: subjourney`: the `spec.subjourneys` id to call. */
    ref?: string;
  };
  /** A new state on a transition of `from`: between it and its target, or appended where the transition is free. */
  'state.insert': {
    type: StateType;
    taskKind?: string;
    id?: string;
    ref?: string;
    /** Qualified id of the state the new one follows. */
    from: string;
    /** Which transition of `from`: `next`, a choice's `default`, one of its `choices` (by `choiceIndex`), `onTimeout`. */
    via: ConnectVia;
    choiceIndex?: number;
  };
  'state.remove': { state: string };
  'state.rename': { state: string; to: string };
  'state.duplicate': { state: string; id?: string };
  'transition.connect': {
    from: string;
    to: string;
    via: ConnectVia;
    predicate?: string;
    lang?: string;
  };
  'transition.disconnect': { from: string; via: ConnectVia; to?: string; choiceIndex?: number };
  'field.set': { path: string; value: string };
  'field.unset': { path: string };
  'document.applyFix': { fix: Fix };
}

/** Every command name (`noun.verb`). */
export type CommandName = keyof CommandArgs;

/** One registered command. `canApply` returns `true` or the reason it cannot run. */
export interface Command<A> {
  title: string;
  canApply(analysis: Analysis, args: A): true | string;
  apply(text: string, args: A): CommandResult;
}

/** True when a result is an error. Pure. */
export function isCommandError(r: CommandResult): r is CommandError {
  return 'error' in r;
}
