/**
 * `state.rename`: renames a state and every reference to it in its scope —
 * the scope `start`, `next`, choice entries, `default`, `onTimeout`, the
 * D01/D02 `default` forms, `schedule:v1` `task.start` for top-level states,
 * and, for a wait/webhook, its step key under `spec.bindings.<http|websocket|queue>.steps`.
 */
import type { TextEdit } from '../diagnostics';
import { graphOf } from '../graph/journey-graph';
import { scheduleStart } from '../graph/state-kinds';
import type { JourneyModel } from '../model/types';
import { child, childAt, entries, spanOf } from '../yaml-nodes';
import { isExternalInput } from '../graph/state-kinds';
import { findState, finish, loadChecked, shiftOffset, STATE_ID } from './document';
import type { Command, CommandArgs } from './types';
import { plainOrQuoted, replaceScalarEdit } from './yaml-splice';

type Args = CommandArgs['state.rename'];

function check(model: JourneyModel, a: Args): true | string {
  const s = findState(model, a.state);
  if (!s) return `There is no state '${a.state}'`;
  if (!STATE_ID.test(a.to))
    return `'${a.to}' is not a valid state id (letters, digits, _ and -, not starting with a digit)`;
  if (a.to !== s.id && s.scope.states.has(a.to)) return `'${a.to}' already exists in this scope`;
  return true;
}

/** The `state.rename` command. */
export const stateRename: Command<Args> = {
  title: 'Rename state',
  canApply: (analysis, args) => check(analysis.model, args),
  apply(text, args) {
    const loaded = loadChecked(text, args, check);
    if ('error' in loaded) return loaded;
    const state = findState(loaded.model, args.state)!;
    if (state.id === args.to) return { text };
    const value = plainOrQuoted(args.to);
    const edits: TextEdit[] = [{ span: state.keySpan, text: value }];
    const graph = graphOf(loaded.model);
    for (const from of state.scope.states.values()) {
      for (const e of graph.edges(from)) {
        if (e.target === state) edits.push({ span: e.transition.span, text: value });
      }
    }
    if (state.scope.start?.value === state.id)
      edits.push({ span: state.scope.start.span, text: value });
    if (state.scope.kind === 'top') {
      for (const task of graph.scheduleTasks()) {
        const edit =
          scheduleStart(task) === state.id
            ? replaceScalarEdit(child(task.task?.node, 'start'), args.to)
            : undefined;
        if (edit) edits.push(edit);
      }
    }
    if (isExternalInput(state)) {
      // Step ids are bare state ids, unique across scopes (GRAPH-012): the binding keys follow the rename.
      for (const binding of ['http', 'websocket', 'queue']) {
        const step = entries(childAt(loaded.model.spec, `bindings.${binding}.steps`)).find(
          (e) => e.key === state.id,
        );
        if (step) edits.push({ span: spanOf(step.keyNode), text: value });
      }
    }
    return finish(text, edits, () => {
      const at = shiftOffset(edits, state.keySpan.start);
      return { start: at, end: at + value.length };
    });
  },
};
