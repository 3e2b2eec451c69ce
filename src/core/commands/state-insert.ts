/**
 * `state.insert`: a new state after `from`, on one of its transitions. On an
 * existing transition (an edge) the new state goes between: it leads on to the
 * old target and `from` now leads to it. On a free transition (a task with no
 * `next`, a choice with no `default`) the new state is appended. One edit, so
 * one undo step: `state.add` and the re-pointing composed on the text.
 * A choice's branch is never invented: appending after a choice uses its
 * `default`, and inserting on a `choices` entry keeps that entry's predicate.
 */
import { isMap, isSeq, type YAMLMap, type YAMLSeq } from 'yaml';
import type { JourneyModel, StateModel } from '../model/types';
import { child } from '../yaml-nodes';
import { findState, finish, load, loadChecked } from './document';
import { stateAdd } from './state-add';
import { transitionConnect } from './transition-connect';
import type { Command, CommandArgs, CommandResult } from './types';
import { setPairEdit } from './yaml-splice';

type Args = CommandArgs['state.insert'];

/** The transition of `from` the new state takes over (its current target, if any). */
function oldTarget(from: StateModel, a: Args): string | undefined {
  if (a.via === 'choice') return from.transitions.find((t) => t.via === 'choice' && t.choiceIndex === a.choiceIndex)?.target;
  const raw = a.via === 'onTimeout' ? child(from.body, 'onTimeout') : child(from.node, a.via);
  const v = raw && typeof raw === 'object' && 'value' in raw ? (raw as { value: unknown }).value : undefined;
  return typeof v === 'string' && v ? v : undefined;
}

function check(model: JourneyModel, a: Args): true | string {
  const from = findState(model, a.from);
  if (!from) return `There is no state '${a.from}'`;
  const t = from.type;
  switch (a.via) {
    case 'next':
      if (t === 'succeed' || t === 'fail') return `A ${t} state ends the run; nothing comes after it`;
      if (t === 'choice') return 'After a choice, insert on one of its branches or on its default';
      break;
    case 'default':
      if (t !== 'choice') return 'Only a choice state has a default';
      break;
    case 'choice':
      if (t !== 'choice') return 'Only a choice state has choices';
      if (a.choiceIndex === undefined || !from.transitions.some((x) => x.via === 'choice' && x.choiceIndex === a.choiceIndex))
        return `'${from.id}' has no branch ${a.choiceIndex ?? '?'} to insert on`;
      break;
    case 'onTimeout':
      if (t !== 'wait' && t !== 'webhook') return 'Only wait and webhook states time out';
      if (child(from.body, 'timeoutSec') == null) return `'${from.id}' has no timeoutSec, so it never times out`;
      break;
    default:
      return `Unknown transition kind '${String(a.via)}'`;
  }
  // A dialect route (wait.default, a state-level default) would stay beside the new next: fix it first.
  const dialect = from.transitions.find((x) => x.via === 'waitDefault' || x.via === 'stateDefault');
  if (a.via === 'next' && dialect)
    return `'${from.id}' routes with ${dialect.via === 'waitDefault' ? `${from.type}.default` : 'a state-level default'} (a dialect form); apply its quick fix first`;
  const target = oldTarget(from, a);
  if (target && (a.type === 'succeed' || a.type === 'fail'))
    return `A ${a.type} state ends the run, so it cannot go between '${from.id}' and '${target}'`;
  if (target && !from.scope.states.has(target)) return `'${from.id}' leads to '${target}', which is not a state of its scope`;
  return stateAdd.canApply({ model } as Parameters<typeof stateAdd.canApply>[0], addArgs(from, a, target));
}

function addArgs(from: StateModel, a: Args, target: string | undefined): CommandArgs['state.add'] {
  return {
    type: a.type,
    ...(a.taskKind ? { taskKind: a.taskKind } : {}),
    ...(a.id ? { id: a.id } : {}),
    ...(a.ref ? { ref: a.ref } : {}),
    ...(from.scope.id !== 'top' ? { scope: from.scope.id } : {}),
    ...(target ? { next: target } : {}),
  };
}

/** The `state.insert` command. */
export const stateInsert: Command<Args> = {
  title: 'Insert state',
  canApply: (analysis, args) => check(analysis.model, args),
  apply(text, args): CommandResult {
    const loaded = loadChecked(text, args, check);
    if ('error' in loaded) return loaded;
    const from = findState(loaded.model, args.from)!;
    const added = stateAdd.apply(text, addArgs(from, args, oldTarget(from, args)));
    if ('error' in added) return added;
    const id = added.text.slice(added.selection!.start, added.selection!.end);
    const prefix = from.qid.slice(0, from.qid.length - from.id.length);
    let out: CommandResult;
    if (args.via !== 'choice') out = transitionConnect.apply(added.text, { from: from.qid, to: prefix + id, via: args.via });
    else {
      const again = load(added.text);
      if ('error' in again) return again;
      const choices = child(findState(again.model, from.qid)!.node, 'choices');
      const entry = isSeq(choices) ? (choices as YAMLSeq).items[args.choiceIndex!] : undefined;
      if (!isMap(entry)) return { error: `'${from.id}' has no branch ${args.choiceIndex} to insert on` };
      out = finish(added.text, [setPairEdit(added.text, entry as YAMLMap, 'next', id)]);
    }
    if ('error' in out) return out;
    // The new state was appended after `from` in the same mapping: the re-pointing edit above it shifts it.
    const at = added.selection!.start + out.text.length - added.text.length;
    return { text: out.text, selection: { start: at, end: at + id.length } };
  },
};
