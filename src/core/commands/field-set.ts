/**
 * `field.set`: sets the value at a dotted path (`spec.states.fetch.task.timeoutMs`,
 * `a["odd key"].b`, `choices[0].next`) to a YAML value, creating missing
 * intermediate mappings. A one-line value is written exactly as given.
 */
import { isMap, isScalar, isSeq, parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';
import { pairOf, type AnyNode } from '../yaml-nodes';
import { finish, load } from './document';
import type { Command, CommandArgs, CommandResult } from './types';
import { appendPairEdit, RawYaml, setPairEdit } from './yaml-splice';

type Args = CommandArgs['field.set'];

/** Splits `a.b["c.d"][0]` into `['a', 'b', 'c.d', 0]`; undefined when malformed. Pure. */
export function parsePath(path: string): (string | number)[] | undefined {
  const out: (string | number)[] = [];
  const re = /(?:\.?([A-Za-z_$][\w$-]*)|\[(\d+)\]|\.?("(?:[^"\\]|\\.)*")|\[("(?:[^"\\]|\\.)*")\])/y;
  let pos = 0;
  while (pos < path.length) {
    re.lastIndex = pos;
    const m = re.exec(path);
    if (!m || m[0].length === 0 || (out.length === 0 && m[0].startsWith('.'))) return undefined;
    if (m[1] !== undefined) out.push(m[1]);
    else if (m[2] !== undefined) out.push(Number(m[2]));
    else out.push(JSON.parse(m[3] ?? m[4]) as string);
    pos = re.lastIndex;
  }
  return out.length ? out : undefined;
}

function parseValue(value: string): unknown {
  const doc = parseDocument(value);
  if (doc.errors.length) return undefined;
  let data: unknown;
  try {
    data = doc.toJS(); // an alias without its anchor (`*a`) only fails here
  } catch {
    return undefined;
  }
  if (!value.includes('\n')) return new RawYaml(value.trim());
  return data;
}

/** `{b: {c: value}}` for the missing tail `['b', 'c']`. */
function nest(keys: string[], value: unknown): unknown {
  return keys.reduceRight<unknown>((acc, k) => ({ [k]: acc }), value);
}

function plan(
  text: string,
  root: YAMLMap,
  path: (string | number)[],
  value: unknown,
): CommandResult {
  let node: AnyNode = root;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    const last = i === path.length - 1;
    if (typeof seg === 'number') {
      if (!isSeq(node) || seg >= (node as YAMLSeq).items.length)
        return { error: `There is no item [${seg}] at ${path.slice(0, i).join('.')}` };
      if (last)
        return { error: 'Setting a whole list item is not supported; set one of its fields' };
      node = (node as YAMLSeq).items[seg] as AnyNode;
      continue;
    }
    if (!isMap(node)) return { error: `'${path.slice(0, i).join('.')}' is not a mapping` };
    const map = node as YAMLMap;
    const pair = pairOf(map, seg);
    const rest = path.slice(i + 1);
    if (!pair) {
      if (rest.some((r) => typeof r === 'number'))
        return { error: `'${seg}' does not exist, and list items cannot be created here` };
      const tail = rest.length
        ? nest(
            rest as string[],
            value instanceof RawYaml ? parseDocument(value.text).toJS() : value,
          )
        : value;
      return finish(text, [appendPairEdit(text, map, seg, tail)]);
    }
    if (last) return finish(text, [setPairEdit(text, map, seg, value)]);
    const v = pair.value as AnyNode;
    if (v == null || (isScalar(v) && v.value == null)) {
      if (rest.some((r) => typeof r === 'number'))
        return { error: `'${seg}' is empty, and list items cannot be created here` };
      const plain = value instanceof RawYaml ? parseDocument(value.text).toJS() : value;
      return finish(text, [setPairEdit(text, map, seg, nest(rest as string[], plain))]);
    }
    node = v;
  }
  return { error: 'Nothing to set' };
}

/** The `field.set` command. */
export const fieldSet: Command<Args> = {
  title: 'Set field',
  canApply: (analysis, args) => {
    if (!parsePath(args.path)) return `'${args.path}' is not a valid path`;
    if (parseValue(args.value) === undefined && args.value.trim() !== '')
      return 'The value is not valid YAML';
    return analysis.source.root ? true : 'The file is not a YAML mapping';
  },
  apply(text, args) {
    const path = parsePath(args.path);
    if (!path) return { error: `'${args.path}' is not a valid path` };
    const value = parseValue(args.value);
    if (value === undefined) return { error: 'The value is not valid YAML' };
    const loaded = load(text);
    if ('error' in loaded) return loaded;
    return plan(text, loaded.source.root!, path, value);
  },
};
