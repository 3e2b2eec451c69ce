/** The text edit that drops one transition where it is written: a `next`/`default`/`onTimeout` pair or one `choices` entry. Pure. */
import type { TextEdit } from '../diagnostics';
import type { Transition } from '../model/types';
import { transitionSite } from './references';
import { removePairEdit, seqItemRange, setPairEdit } from './yaml-splice';

/** The edit removing `t` from `text`, or undefined when it is not written in a removable form. */
export function removeTransitionEdit(text: string, t: Transition): TextEdit | undefined {
  const site = transitionSite(t);
  if (!site) return undefined;
  if (site.kind === 'pair') return removePairEdit(text, site.map, site.pair);
  if (site.seq.items.length === 1) return setPairEdit(text, t.from.node, 'choices', []);
  if (site.seq.flow) {
    const keep = site.seq.items
      .filter((_, i) => i !== site.index)
      .map((n) => (n as { toJSON(): unknown }).toJSON());
    return setPairEdit(text, t.from.node, 'choices', keep);
  }
  return { span: seqItemRange(text, site.seq, site.index), text: '' };
}
