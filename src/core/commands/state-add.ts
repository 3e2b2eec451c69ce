/** `state.add`: appends a new state with a minimal valid body to a scope's `states`, under a unique id. */
import { STATE_TYPES, type JourneyModel } from '../model/types';
import { spanOf } from '../yaml-nodes';
import { findScope, finish, loadChecked, STATE_ID, statesMap, uniqueId } from './document';
import { stateTemplate } from './state-templates';
import type { Command, CommandArgs } from './types';
import { appendPairEdit } from './yaml-splice';

type Args = CommandArgs['state.add'];

function check(model: JourneyModel, a: Args): true | string {
  if (!(STATE_TYPES as readonly string[]).includes(a.type))
    return `Unknown state type '${String(a.type)}'`;
  const scope = findScope(model, a.scope);
  if (!scope) return `There is no scope '${a.scope ?? 'top'}'`;
  if (!statesMap(scope)) return `${scope.id} has no 'states' mapping to add to`;
  if (a.id !== undefined && !STATE_ID.test(a.id))
    return `'${a.id}' is not a valid state id (letters, digits, _ and -)`;
  if (a.next !== undefined && !scope.states.has(a.next))
    return `'${a.next}' is not a state of this scope`;
  if (a.type === 'subjourney' && !(a.ref ?? [...model.subjourneys.keys()][0]))
    return 'Define a subjourney under spec.subjourneys first';
  return true;
}

/** Default id for a new state: `newTask`, `newChoice` … */
function baseId(a: Args): string {
  return a.id ?? `new${a.type[0].toUpperCase()}${a.type.slice(1)}`;
}

/** The `state.add` command. */
export const stateAdd: Command<Args> = {
  title: 'Add state',
  canApply: (analysis, args) => check(analysis.model, args),
  apply(text, args) {
    const loaded = loadChecked(text, args, check);
    if ('error' in loaded) return loaded;
    const scope = findScope(loaded.model, args.scope)!;
    const map = statesMap(scope)!;
    const id = uniqueId(scope, baseId(args));
    const body = stateTemplate({
      id,
      type: args.type,
      taskKind: args.taskKind,
      next: args.next,
      ref: args.ref ?? [...loaded.model.subjourneys.keys()][0],
      topStart: loaded.model.top.start?.value ?? id,
    });
    const edit = appendPairEdit(text, map, id, body);
    return finish(text, [edit], (out) => {
      // Select the new key: it starts where the insertion did, after its indentation.
      const at = out.indexOf(id, edit.span.start);
      return at >= 0
        ? { start: at, end: at + id.length }
        : { start: spanOf(map).start, end: spanOf(map).start };
    });
  },
};
