/**
 * `transition.connect`: wires `from` to `to` as `next`, a new `choices`
 * entry (with a predicate), a choice `default`, or `wait|webhook.onTimeout`.
 * Refuses what the DSL forbids: `next` on succeed/fail/choice, choices on a
 * non-choice, onTimeout without a timeout, and targets in another scope.
 */
import { isMap, isSeq, type YAMLMap, type YAMLSeq } from 'yaml';
import type { JourneyModel } from '../model/types';
import { child } from '../yaml-nodes';
import { findState, finish, loadChecked } from './document';
import type { Command, CommandArgs } from './types';
import { appendSeqItemEdit, setPairEdit } from './yaml-splice';

type Args = CommandArgs['transition.connect'];

function check(model: JourneyModel, a: Args): true | string {
  const from = findState(model, a.from);
  if (!from) return `There is no state '${a.from}'`;
  const to = from.scope.states.get(a.to) ?? findState(model, a.to);
  if (!to) return `There is no state '${a.to}'`;
  if (to.scope !== from.scope)
    return `'${to.qid}' is in another scope; transitions stay inside their scope`;
  const t = from.type;
  switch (a.via) {
    case 'next':
      if (t === 'succeed' || t === 'fail') return `A ${t} state ends the run; it has no next`;
      if (t === 'choice') return 'A choice routes with choices and default, not next';
      return true;
    case 'choice':
    case 'default':
      return t === 'choice'
        ? true
        : `Only a choice state has ${a.via === 'choice' ? 'choices' : 'a default'}`;
    case 'onTimeout':
      if (t !== 'wait' && t !== 'webhook') return 'Only wait and webhook states time out';
      return child(from.body, 'timeoutSec') != null
        ? true
        : `'${from.id}' has no timeoutSec, so it never times out`;
    default:
      return `Unknown transition kind '${String(a.via)}'`;
  }
}

/** The `transition.connect` command. */
export const transitionConnect: Command<Args> = {
  title: 'Connect states',
  canApply: (analysis, args) => check(analysis.model, args),
  apply(text, args) {
    const loaded = loadChecked(text, args, check);
    if ('error' in loaded) return loaded;
    const from = findState(loaded.model, args.from)!;
    const to = (from.scope.states.get(args.to) ?? findState(loaded.model, args.to))!;
    if (args.via === 'onTimeout')
      return finish(text, [setPairEdit(text, from.body as YAMLMap, 'onTimeout', to.id)]);
    if (args.via !== 'choice') return finish(text, [setPairEdit(text, from.node, args.via, to.id)]);
    const entry = {
      when: { predicate: { lang: args.lang ?? 'dataweave', expr: args.predicate ?? 'true' } },
      next: to.id,
    };
    const choices = child(from.node, 'choices');
    if (isSeq(choices) && (choices as YAMLSeq).items.length > 0)
      return finish(text, [appendSeqItemEdit(text, choices as YAMLSeq, entry)]);
    if (isMap(from.node)) return finish(text, [setPairEdit(text, from.node, 'choices', [entry])]);
    return { error: `'${from.id}' is not a mapping` };
  },
};
