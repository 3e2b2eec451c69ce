/**
 * `state.remove`: deletes a state and, with its block, its own outgoing
 * transitions. What other states wrote is left as it is: a `next`, `default`,
 * `onTimeout` or choice branch that pointed at it keeps its predicate and now
 * names a missing state, which GRAPH-001 marks with fixes to re-point or
 * remove it (nothing of another state disappears silently). A scope `start`
 * naming it moves to the state's single successor (or stays, to be flagged,
 * when there is no single one).
 */
import { isPair, type Pair } from 'yaml';
import type { TextEdit } from '../diagnostics';
import { graphOf } from '../graph/journey-graph';
import type { JourneyModel } from '../model/types';
import { findState, finish, loadChecked, statesMap } from './document';
import type { Command, CommandArgs } from './types';
import { pairRange, replaceScalarEdit, tidyRemoval } from './yaml-splice';
import { child } from '../yaml-nodes';

type Args = CommandArgs['state.remove'];

function check(model: JourneyModel, a: Args): true | string {
  return findState(model, a.state) ? true : `There is no state '${a.state}'`;
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
    const start = state.scope.start;
    if (start?.value === state.id) {
      const next = graphOf(loaded.model)
        .successors(state)
        .filter((s) => s !== state);
      const edit =
        next.length === 1
          ? replaceScalarEdit(child(state.scope.node, 'start'), next[0].id)
          : undefined;
      if (edit) edits.push(edit);
    }
    return finish(text, edits);
  },
};
