/** DataWeave text and collection-inspection functions (`sizeOf`, `contains`, `upper`, `keysOf` …). Pure. */
import type { Runtime } from './evaluator';
import { charge } from './operators';
import { EvalFailure, equals, isObj, newObj, scalarText, setKey, typeName } from './values';

interface At {
  start: number;
  end: number;
}

type Builtin = (args: unknown[], rt: Runtime, at: At) => unknown;

const typeErr = (name: string, v: unknown, want: string, at: At) =>
  new EvalFailure('DW_TYPE_ERROR', `'${name}' expects ${want}, not ${typeName(v)}`, at.start, at.end);

function check(name: string, args: unknown[], n: number, at: At): void {
  if (args.length !== n) throw new EvalFailure('DW_TYPE_ERROR', `'${name}' takes ${n} argument${n === 1 ? '' : 's'}, got ${args.length}`, at.start, at.end);
}

/** One-string functions: null gives null (DataWeave's Null overloads). */
function text1(name: string, f: (s: string) => unknown): Builtin {
  return (args, _rt, at) => {
    check(name, args, 1, at);
    const v = args[0];
    if (v === null || v === undefined) return null;
    const s = typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? scalarText(v)! : undefined;
    if (s === undefined) throw typeErr(name, v, 'a String', at);
    return f(s);
  };
}

/** String predicates with a String argument: null text gives false. */
function text2(name: string, f: (s: string, t: string) => unknown): Builtin {
  return (args, _rt, at) => {
    check(name, args, 2, at);
    const [v, t] = args;
    if (v === null || v === undefined) return false;
    if (typeof v !== 'string') throw typeErr(name, v, 'a String', at);
    const needle = scalarText(t);
    if (needle === undefined) throw typeErr(name, t, 'a String to search for', at);
    return f(v, needle);
  };
}

/** Text and inspection built-ins by name. */
export const STRING_BUILTINS: Record<string, Builtin> = {
  sizeOf: (args, _rt, at) => {
    check('sizeOf', args, 1, at);
    const v = args[0];
    if (v === null || v === undefined) return 0;
    if (typeof v === 'string') return [...v].length;
    if (Array.isArray(v)) return v.length;
    if (isObj(v)) return Object.keys(v).length;
    throw typeErr('sizeOf', v, 'an Array, Object or String', at);
  },
  isEmpty: (args, _rt, at) => {
    check('isEmpty', args, 1, at);
    const v = args[0];
    if (v === null || v === undefined) return true;
    if (typeof v === 'string' || Array.isArray(v)) return v.length === 0;
    if (isObj(v)) return Object.keys(v).length === 0;
    throw typeErr('isEmpty', v, 'an Array, Object, String or null', at);
  },
  isBlank: (args, _rt, at) => {
    check('isBlank', args, 1, at);
    const v = args[0];
    if (v === null || v === undefined) return true;
    if (typeof v !== 'string') throw typeErr('isBlank', v, 'a String', at);
    return v.trim() === '';
  },
  contains: (args, rt, at) => {
    check('contains', args, 2, at);
    const [v, x] = args;
    if (v === null || v === undefined) return false;
    if (Array.isArray(v)) {
      charge(rt, v.length, at);
      return v.some((e) => equals(e, x, rt));
    }
    if (typeof v !== 'string') throw typeErr('contains', v, 'an Array or String', at);
    const needle = scalarText(x);
    if (needle === undefined) throw typeErr('contains', x, 'a String to search for', at);
    return v.includes(needle);
  },
  startsWith: text2('startsWith', (s, t) => s.startsWith(t)),
  endsWith: text2('endsWith', (s, t) => s.endsWith(t)),
  indexOf: (args, rt, at) => {
    check('indexOf', args, 2, at);
    const [v, x] = args;
    if (v === null || v === undefined) return -1;
    if (Array.isArray(v)) {
      charge(rt, v.length, at);
      return v.findIndex((e) => equals(e, x, rt));
    }
    if (typeof v === 'string' && typeof x === 'string') return v.indexOf(x);
    throw typeErr('indexOf', v, 'an Array or String', at);
  },
  lastIndexOf: (args, rt, at) => {
    check('lastIndexOf', args, 2, at);
    const [v, x] = args;
    if (v === null || v === undefined) return -1;
    if (Array.isArray(v)) {
      charge(rt, v.length, at);
      for (let i = v.length - 1; i >= 0; i--) if (equals(v[i], x, rt)) return i;
      return -1;
    }
    if (typeof v === 'string' && typeof x === 'string') return v.lastIndexOf(x);
    throw typeErr('lastIndexOf', v, 'an Array or String', at);
  },
  upper: text1('upper', (s) => s.toUpperCase()),
  lower: text1('lower', (s) => s.toLowerCase()),
  trim: text1('trim', (s) => s.trim()),
  capitalize: text1('capitalize', (s) => s.replace(/\b([a-z])([a-z]*)/gi, (_m, a: string, b: string) => a.toUpperCase() + b.toLowerCase())),
  splitBy: (args, rt, at) => {
    check('splitBy', args, 2, at);
    const [v, sep] = args;
    if (v === null || v === undefined) return null;
    if (typeof v !== 'string') throw typeErr('splitBy', v, 'a String', at);
    if (typeof sep !== 'string') throw typeErr('splitBy', sep, 'a String separator', at);
    charge(rt, v.length >> 4, at);
    return sep === '' ? [...v] : v.split(sep);
  },
  joinBy: (args, rt, at) => {
    check('joinBy', args, 2, at);
    const [v, sep] = args;
    if (v === null || v === undefined) return null;
    if (!Array.isArray(v)) throw typeErr('joinBy', v, 'an Array', at);
    if (typeof sep !== 'string') throw typeErr('joinBy', sep, 'a String separator', at);
    charge(rt, v.length, at);
    return v
      .map((x) => {
        const t = scalarText(x);
        if (t === undefined) throw typeErr('joinBy', x, 'an Array of Strings, Numbers or Booleans', at);
        return t;
      })
      .join(sep);
  },
  keysOf: (args, _rt, at) => {
    check('keysOf', args, 1, at);
    if (args[0] === null || args[0] === undefined) return null;
    if (!isObj(args[0])) throw typeErr('keysOf', args[0], 'an Object', at);
    return Object.keys(args[0]);
  },
  namesOf: (args, _rt, at) => {
    check('namesOf', args, 1, at);
    if (args[0] === null || args[0] === undefined) return null;
    if (!isObj(args[0])) throw typeErr('namesOf', args[0], 'an Object', at);
    return Object.keys(args[0]);
  },
  valuesOf: (args, _rt, at) => {
    check('valuesOf', args, 1, at);
    if (args[0] === null || args[0] === undefined) return null;
    if (!isObj(args[0])) throw typeErr('valuesOf', args[0], 'an Object', at);
    return Object.values(args[0]);
  },
  entriesOf: (args, _rt, at) => {
    check('entriesOf', args, 1, at);
    const o = args[0];
    if (o === null || o === undefined) return null;
    if (!isObj(o)) throw typeErr('entriesOf', o, 'an Object', at);
    return Object.keys(o).map((k) => {
      const e = newObj();
      setKey(e, 'key', k);
      setKey(e, 'value', o[k]);
      setKey(e, 'attributes', null);
      return e;
    });
  },
};
