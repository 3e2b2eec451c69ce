/** `state.duplicate`: copies a state's text (comments and layout included) right after it, under a new unique id. */
import { isPair, type Pair } from 'yaml';
import type { JourneyModel } from '../model/types';
import { spanOf } from '../yaml-nodes';
import { findState, finish, loadChecked, STATE_ID, statesMap, uniqueId } from './document';
import type { Command, CommandArgs } from './types';
import { pairRange, plainOrQuoted } from './yaml-splice';

type Args = CommandArgs['state.duplicate'];

function check(model: JourneyModel, a: Args): true | string {
  const s = findState(model, a.state);
  if (!s) return `There is no state '${a.state}'`;
  if (a.id !== undefined && !STATE_ID.test(a.id)) return `'${a.id}' is not a valid state id`;
  if (a.id !== undefined && s.scope.states.has(a.id))
    return `'${a.id}' already exists in this scope`;
  return true;
}

/** The `state.duplicate` command. */
export const stateDuplicate: Command<Args> = {
  title: 'Duplicate state',
  canApply: (analysis, args) => check(analysis.model, args),
  apply(text, args) {
    const loaded = loadChecked(text, args, check);
    if ('error' in loaded) return loaded;
    const state = findState(loaded.model, args.state)!;
    const map = statesMap(state.scope)!;
    const pair = map.items.find((p) => isPair(p) && p.key === state.keyNode) as Pair;
    const id = plainOrQuoted(args.id ?? uniqueId(state.scope, `${state.id}Copy`));
    const range = pairRange(text, map, pair);
    const key = state.keySpan;
    if (map.flow) {
      const value = text.slice(spanOf(pair.value).start, spanOf(pair.value).end);
      const at = spanOf(pair.value).end;
      return finish(text, [{ span: { start: at, end: at }, text: `, ${id}: ${value}` }], () => ({
        start: at + 2,
        end: at + 2 + id.length,
      }));
    }
    const copy = text.slice(range.start, key.start) + id + text.slice(key.end, range.end);
    const eol = text[range.end - 1] === '\n' ? '' : '\n';
    // Keep the file's rhythm: states separated by a blank line get one before the copy too.
    const gap = text[range.end] === '\n' ? '\n' : '';
    const insert = eol + gap + copy;
    const at = range.end + insert.length - copy.length + (key.start - range.start);
    return finish(text, [{ span: { start: range.end, end: range.end }, text: insert }], () => ({
      start: at,
      end: at + id.length,
    }));
  },
};
