/** `transition.disconnect`: removes one transition — a `next`/`default`/`onTimeout` field or one `choices` entry. */
import type { JourneyModel, Transition } from '../model/types';
import { findState, finish, load } from './document';
import { removeTransitionEdit } from './transition-removal';
import type { Command, CommandArgs } from './types';

type Args = CommandArgs['transition.disconnect'];

function pick(model: JourneyModel, a: Args): Transition | string {
  const from = findState(model, a.from);
  if (!from) return `There is no state '${a.from}'`;
  const matches = from.transitions.filter((t) => {
    if (a.via === 'choice')
      return (
        t.via === 'choice' &&
        (a.choiceIndex === undefined || t.choiceIndex === a.choiceIndex) &&
        (a.to === undefined || t.target === a.to)
      );
    const vias = a.via === 'default' ? ['default', 'waitDefault', 'stateDefault'] : [a.via];
    return vias.includes(t.via) && (a.to === undefined || t.target === a.to);
  });
  return matches[0] ?? `'${from.id}' has no such ${a.via} transition`;
}

/** The `transition.disconnect` command. */
export const transitionDisconnect: Command<Args> = {
  title: 'Disconnect states',
  canApply: (analysis, args) => {
    const t = pick(analysis.model, args);
    return typeof t === 'string' ? t : true;
  },
  apply(text, args) {
    const loaded = load(text);
    if ('error' in loaded) return loaded;
    const t = pick(loaded.model, args);
    if (typeof t === 'string') return { error: t };
    const edit = removeTransitionEdit(text, t);
    if (!edit) return { error: 'This transition is not written in a form that can be removed' };
    return finish(text, [edit]);
  },
};
