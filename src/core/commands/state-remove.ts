/**
 * `state.remove`: deletes a state and every reference to it in its scope —
 * `next`/`default`/`onTimeout` fields are removed, choice entries pointing at
 * it are removed, and a scope `start` naming it moves to the state's single
 * successor (or stays, to be flagged, when there is no single one).
 */
import { isPair, type Pair, type YAMLSeq } from 'yaml';
import type { TextEdit } from '../diagnostics';
import { graphOf } from '../graph/journey-graph';
import type { JourneyModel, StateModel } from '../model/types';
import { findState, finish, loadChecked, statesMap } from './document';
import { transitionSite } from './references';
import type { Command, CommandArgs } from './types';
import {
  pairRange,
  removePairEdit,
  replaceScalarEdit,
  seqItemRange,
  setPairEdit,
  tidyRemoval,
} from './yaml-splice';
import { child } from '../yaml-nodes';

type Args = CommandArgs['state.remove'];

function check(model: JourneyModel, a: Args): true | string {
  return findState(model, a.state) ? true : `There is no state '${a.state}'`;
}

/** Edits dropping the choice entries `indexes` of `seq` (the whole list becomes `[]` when all go). */
function choiceEdits(text: string, from: StateModel, seq: YAMLSeq, indexes: number[]): TextEdit[] {
  if (indexes.length === seq.items.length || (seq.flow && indexes.length > 1)) {
    const keep = seq.items
      .filter((_, i) => !indexes.includes(i))
      .map((n) => (n as { toJSON(): unknown }).toJSON());
    return [setPairEdit(text, from.node, 'choices', keep)];
  }
  return indexes.map((i) => ({ span: seqItemRange(text, seq, i), text: '' }));
}

/** The `state.remove` command. */
export const stateRemove: Command<Args> = {
  title: 'Remove state',
  canApply: (analysis, args) => check(analysis.model, args),
  apply(text, args) {
    const loaded = loadChecked(text, args, check);
    if ('error' in loaded) return loaded;
    const state = findState(loaded.model, args.state)!;
    const map = statesMap(state.scope)!;
    const pair = map.items.find((p) => isPair(p) && p.key === state.keyNode) as Pair;
    const removed = map.flow
      ? pairRange(text, map, pair)
      : tidyRemoval(text, pairRange(text, map, pair));
    const edits: TextEdit[] = [{ span: removed, text: '' }];
    const graph = graphOf(loaded.model);
    const choices = new Map<StateModel, number[]>();
    for (const from of state.scope.states.values()) {
      if (from === state) continue;
      for (const e of graph.edges(from)) {
        if (e.target !== state) continue;
        const site = transitionSite(e.transition);
        if (site?.kind === 'pair') edits.push(removePairEdit(text, site.map, site.pair));
        else if (site) choices.set(from, [...(choices.get(from) ?? []), site.index]);
      }
    }
    for (const [from, indexes] of choices)
      edits.push(...choiceEdits(text, from, child(from.node, 'choices') as YAMLSeq, indexes));
    const start = state.scope.start;
    if (start?.value === state.id) {
      const next = graph.successors(state).filter((s) => s !== state);
      const edit =
        next.length === 1
          ? replaceScalarEdit(child(state.scope.node, 'start'), next[0].id)
          : undefined;
      if (edit) edits.push(edit);
    }
    // References inside the removed block go with it.
    const kept = edits.filter(
      (e, i) => i === 0 || e.span.end <= removed.start || e.span.start >= removed.end,
    );
    return finish(text, kept);
  },
};
