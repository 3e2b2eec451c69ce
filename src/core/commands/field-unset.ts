/**
 * `field.unset`: removes the key at a dotted path (`spec.states.fetch.task.timeoutMs`)
 * with its value, whole lines in block style; the rest of the file is untouched.
 * A path that is already absent is no change (clearing an empty form field).
 */
import { isMap, isSeq, type YAMLMap, type YAMLSeq } from 'yaml';
import { pairOf, spanOf, type AnyNode } from '../yaml-nodes';
import { finish, load } from './document';
import { parsePath } from './field-set';
import type { Command, CommandArgs } from './types';
import { removePairEdit, tidyRemoval } from './yaml-splice';

type Args = CommandArgs['field.unset'];

/** The `field.unset` command. */
export const fieldUnset: Command<Args> = {
  title: 'Remove field',
  canApply: (analysis, args) => {
    const path = parsePath(args.path);
    if (!path) return `'${args.path}' is not a valid path`;
    if (typeof path[path.length - 1] === 'number')
      return 'Removing a list item is not supported here; edit the list in the code pane';
    return analysis.source.root ? true : 'The file is not a YAML mapping';
  },
  apply(text, args) {
    const path = parsePath(args.path);
    if (!path) return { error: `'${args.path}' is not a valid path` };
    const key = path[path.length - 1];
    if (typeof key === 'number')
      return {
        error: 'Removing a list item is not supported here; edit the list in the code pane',
      };
    const loaded = load(text);
    if ('error' in loaded) return loaded;
    let node: AnyNode = loaded.source.root!;
    for (const seg of path.slice(0, -1)) {
      const next: AnyNode | undefined =
        typeof seg === 'number'
          ? isSeq(node)
            ? ((node as YAMLSeq).items[seg] as AnyNode)
            : undefined
          : isMap(node)
            ? (pairOf(node as YAMLMap, seg)?.value as AnyNode)
            : undefined;
      if (next == null) return { text };
      node = next;
    }
    if (!isMap(node)) return { text };
    const map = node as YAMLMap;
    const pair = pairOf(map, key);
    if (!pair) return { text };
    // The last key of a flow mapping leaves `{}`, not `{  }`.
    if (map.flow && map.items.length === 1)
      return finish(text, [{ span: spanOf(map), text: '{}' }]);
    const edit = removePairEdit(text, map, pair);
    return finish(text, [map.flow ? edit : { ...edit, span: tidyRemoval(text, edit.span) }]);
  },
};
