/**
 * The DataWeave core functions journeys use. Each checks its arguments and
 * fails with a DW_* code rather than guess; work over collections is charged
 * to the step budget. Pure: `now()`/`uuid()` read the injected runtime.
 */
import { callFunction, evaluate, fail, type Runtime } from './evaluator';
import { charge } from './operators';
import { DwTemporal, parseTemporal } from './temporal';
import { DwFunction, Env, compare, equals, isObj, scalarKey, newObj, scalarText, setKey, tidy, typeName, type Obj } from './values';
import { STRING_BUILTINS } from './builtins-text';
import type { EvalFailure } from './values';

interface At {
  start: number;
  end: number;
}

/** A built-in: evaluated arguments in, value out; fails with EvalFailure. */
export type Builtin = (args: unknown[], rt: Runtime, at: At) => unknown;

/** Fails unless the call has between `min` and `max` arguments. */
export function arity(name: string, args: unknown[], min: number, max: number, at: At): void {
  if (args.length < min || args.length > max) {
    const want = min === max ? `${min}` : `${min} to ${max}`;
    throw fail('DW_TYPE_ERROR', `'${name}' takes ${want} argument${max === 1 ? '' : 's'}, got ${args.length}`, at);
  }
}

/** A type error naming the function and the offending value. */
export function wrongType(name: string, v: unknown, want: string, at: At): EvalFailure {
  return fail('DW_TYPE_ERROR', `'${name}' expects ${want}, not ${typeName(v)}`, at);
}

function arrayArg(name: string, v: unknown, rt: Runtime, at: At): unknown[] {
  if (!Array.isArray(v)) throw wrongType(name, v, 'an Array', at);
  charge(rt, v.length, at);
  return v;
}

function objectArg(name: string, v: unknown, rt: Runtime, at: At): Obj {
  if (!isObj(v)) throw wrongType(name, v, 'an Object', at);
  charge(rt, Object.keys(v).length, at);
  return v;
}

/** Applies `fn` to each element; arrays only, null passes through. */
function overArray(name: string, f: (xs: unknown[], fn: unknown, rt: Runtime, at: At) => unknown): Builtin {
  return (args, rt, at) => {
    arity(name, args, 2, 2, at);
    if (args[0] === null || args[0] === undefined) return null;
    return f(arrayArg(name, args[0], rt, at), args[1], rt, at);
  };
}

function overObject(name: string, f: (o: Obj, fn: unknown, rt: Runtime, at: At) => unknown): Builtin {
  return (args, rt, at) => {
    arity(name, args, 2, 2, at);
    if (args[0] === null || args[0] === undefined) return null;
    return f(objectArg(name, args[0], rt, at), args[1], rt, at);
  };
}

function sortKey(a: unknown, b: unknown, at: At): number {
  const c = compare(a, b);
  if (c === undefined) throw fail('DW_TYPE_ERROR', `Cannot order ${typeName(a)} against ${typeName(b)}`, at);
  return c;
}

function numbers(name: string, xs: unknown[], at: At): number[] {
  return xs.map((x) => {
    if (typeof x !== 'number') throw wrongType(name, x, 'an Array of Numbers', at);
    return x;
  });
}

function math(name: string, f: (n: number) => number): Builtin {
  return (args, _rt, at) => {
    arity(name, args, 1, 1, at);
    if (typeof args[0] !== 'number') throw wrongType(name, args[0], 'a Number', at);
    return tidy(f(args[0]));
  };
}

const call = (fn: unknown, args: unknown[], rt: Runtime, at: At) => callFunction(fn, args, rt, at);

/** Every built-in by name. Null-prototype so `constructor` is not a function. */
export const BUILTINS: Record<string, Builtin> = Object.assign(Object.create(null) as Record<string, Builtin>, STRING_BUILTINS, {
  now: (args: unknown[], rt: Runtime, at: At) => {
    arity('now', args, 0, 0, at);
    const t = parseTemporal(rt.now());
    if (!(t instanceof DwTemporal) || t.type !== 'DateTime') throw fail('DW_RUNTIME_ERROR', 'The injected clock did not give an ISO-8601 instant', at);
    return t;
  },
  uuid: (args: unknown[], rt: Runtime, at: At) => {
    arity('uuid', args, 0, 0, at);
    return rt.uuid();
  },
  map: overArray('map', (xs, fn, rt, at) => xs.map((x, i) => call(fn, [x, i], rt, at))),
  flatMap: overArray('flatMap', (xs, fn, rt, at) => xs.flatMap((x, i) => {
    const r = call(fn, [x, i], rt, at);
    return Array.isArray(r) ? r : [r];
  })),
  filter: (args: unknown[], rt: Runtime, at: At) => {
    arity('filter', args, 2, 2, at);
    const [v, fn] = args;
    if (v === null || v === undefined) return null;
    if (typeof v === 'string') return [...v].filter((ch, i) => call(fn, [ch, i], rt, at) === true).join('');
    return arrayArg('filter', v, rt, at).filter((x, i) => call(fn, [x, i], rt, at) === true);
  },
  reduce: overArray('reduce', (xs, fn, rt, at) => {
    // `(item, acc = init) -> …`: the accumulator's default is the start value; without one, the first item is.
    const init = fn instanceof DwFunction ? fn.params[1]?.dflt : undefined;
    if (!xs.length) return init ? evaluate(init, new Env((fn as DwFunction).env), rt) : null;
    let acc: unknown = init ? evaluate(init, new Env((fn as DwFunction).env), rt) : xs[0];
    for (let i = init ? 0 : 1; i < xs.length; i++) acc = call(fn, [xs[i], acc], rt, at);
    return acc;
  }),
  orderBy: (args: unknown[], rt: Runtime, at: At) => {
    arity('orderBy', args, 2, 2, at);
    const [v, fn] = args;
    if (v === null || v === undefined) return null;
    if (isObj(v)) {
      const keys = Object.keys(objectArg('orderBy', v, rt, at));
      const ranked = keys.map((k, i) => ({ k, key: call(fn, [v[k], k, i], rt, at) }));
      ranked.sort((a, b) => sortKey(a.key, b.key, at));
      const out = newObj();
      for (const r of ranked) setKey(out, r.k, v[r.k]);
      return out;
    }
    const xs = arrayArg('orderBy', v, rt, at);
    const ranked = xs.map((x, i) => ({ x, key: call(fn, [x, i], rt, at) }));
    return ranked.sort((a, b) => sortKey(a.key, b.key, at)).map((r) => r.x);
  },
  groupBy: overArray('groupBy', (xs, fn, rt, at) => {
    const out = newObj();
    xs.forEach((x, i) => {
      const k = scalarText(call(fn, [x, i], rt, at));
      if (k === undefined) throw fail('DW_TYPE_ERROR', "'groupBy' criteria must give a String or Number", at);
      ((out[k] ??= []) as unknown[]).push(x);
    });
    return out;
  }),
  distinctBy: overArray('distinctBy', (xs, fn, rt, at) => {
    // Scalar criteria are looked up by key (linear); structured ones are compared, each comparison charged.
    const seenScalars = new Set<string>();
    const seen: unknown[] = [];
    return xs.filter((x, i) => {
      const k = call(fn, [x, i], rt, at);
      const sk = scalarKey(k);
      if (sk !== undefined) {
        if (seenScalars.has(sk)) return false;
        seenScalars.add(sk);
        return true;
      }
      if (seen.some((s) => equals(s, k, rt))) return false;
      seen.push(k);
      return true;
    });
  }),
  some: overArray('some', (xs, fn, rt, at) => xs.some((x, i) => call(fn, [x, i], rt, at) === true)),
  any: overArray('any', (xs, fn, rt, at) => xs.some((x, i) => call(fn, [x, i], rt, at) === true)),
  every: overArray('every', (xs, fn, rt, at) => xs.every((x, i) => call(fn, [x, i], rt, at) === true)),
  countBy: overArray('countBy', (xs, fn, rt, at) => xs.filter((x, i) => call(fn, [x, i], rt, at) === true).length),
  sumBy: overArray('sumBy', (xs, fn, rt, at) => tidy(numbers('sumBy', xs.map((x, i) => call(fn, [x, i], rt, at)), at).reduce((a, b) => a + b, 0))),
  maxBy: overArray('maxBy', (xs, fn, rt, at) => extreme(xs, fn, rt, at, 1)),
  minBy: overArray('minBy', (xs, fn, rt, at) => extreme(xs, fn, rt, at, -1)),
  pluck: overObject('pluck', (o, fn, rt, at) => Object.keys(o).map((k, i) => call(fn, [o[k], k, i], rt, at))),
  mapObject: overObject('mapObject', (o, fn, rt, at) => {
    const out = newObj();
    Object.keys(o).forEach((k, i) => {
      const r = call(fn, [o[k], k, i], rt, at);
      if (!isObj(r)) throw fail('DW_TYPE_ERROR', `'mapObject' must give an Object for each entry, not ${typeName(r)}`, at);
      for (const rk of Object.keys(r)) setKey(out, rk, r[rk]);
    });
    return out;
  }),
  filterObject: overObject('filterObject', (o, fn, rt, at) => {
    const out = newObj();
    Object.keys(o).forEach((k, i) => {
      if (call(fn, [o[k], k, i], rt, at) === true) setKey(out, k, o[k]);
    });
    return out;
  }),
  to: (args: unknown[], rt: Runtime, at: At) => {
    arity('to', args, 2, 2, at);
    const [a, b] = args;
    if (typeof a !== 'number' || typeof b !== 'number' || !Number.isInteger(a) || !Number.isInteger(b)) throw wrongType('to', a, 'whole Numbers', at);
    charge(rt, Math.abs(b - a) + 1, at);
    const out: number[] = [];
    for (let i = a; a <= b ? i <= b : i >= b; i += a <= b ? 1 : -1) out.push(i);
    return out;
  },
  flatten: (args: unknown[], rt: Runtime, at: At) => {
    arity('flatten', args, 1, 1, at);
    if (args[0] === null) return null;
    return arrayArg('flatten', args[0], rt, at).flatMap((x) => (Array.isArray(x) ? x : [x]));
  },
  zip: (args: unknown[], rt: Runtime, at: At) => {
    arity('zip', args, 2, 2, at);
    const a = arrayArg('zip', args[0], rt, at);
    const b = arrayArg('zip', args[1], rt, at);
    return a.slice(0, Math.min(a.length, b.length)).map((x, i) => [x, b[i]]);
  },
  sum: (args: unknown[], rt: Runtime, at: At) => {
    arity('sum', args, 1, 1, at);
    return tidy(numbers('sum', arrayArg('sum', args[0], rt, at), at).reduce((a, b) => a + b, 0));
  },
  avg: (args: unknown[], rt: Runtime, at: At) => {
    arity('avg', args, 1, 1, at);
    const xs = numbers('avg', arrayArg('avg', args[0], rt, at), at);
    if (!xs.length) throw fail('DW_RUNTIME_ERROR', "'avg' of an empty Array", at);
    return tidy(xs.reduce((a, b) => a + b, 0) / xs.length);
  },
  max: (args: unknown[], rt: Runtime, at: At) => extreme(arrayArg('max', args[0], rt, at), undefined, rt, at, 1),
  min: (args: unknown[], rt: Runtime, at: At) => extreme(arrayArg('min', args[0], rt, at), undefined, rt, at, -1),
  abs: math('abs', Math.abs),
  ceil: math('ceil', Math.ceil),
  floor: math('floor', Math.floor),
  round: math('round', (n) => Math.sign(n) * Math.round(Math.abs(n))),
  sqrt: math('sqrt', Math.sqrt),
  mod: (args: unknown[], _rt: Runtime, at: At) => {
    arity('mod', args, 2, 2, at);
    const [a, b] = args;
    if (typeof a !== 'number' || typeof b !== 'number') throw wrongType('mod', typeof a !== 'number' ? a : b, 'Numbers', at);
    if (b === 0) throw fail('DW_RUNTIME_ERROR', 'Division by zero', at);
    return tidy(a % b);
  },
  isInteger: (args: unknown[], _rt: Runtime, at: At) => (arity('isInteger', args, 1, 1, at), Number.isInteger(args[0])),
  isDecimal: (args: unknown[], _rt: Runtime, at: At) =>
    (arity('isDecimal', args, 1, 1, at), typeof args[0] === 'number' && !Number.isInteger(args[0])),
  typeOf: (args: unknown[], _rt: Runtime, at: At) => (arity('typeOf', args, 1, 1, at), typeName(args[0])),
  // `log` writes nowhere: expressions are pure; it returns its value as DataWeave's does.
  log: (args: unknown[], _rt: Runtime, at: At) => (arity('log', args, 1, 2, at), args[args.length - 1]),
});

function extreme(xs: unknown[], fn: unknown, rt: Runtime, at: At, sign: 1 | -1): unknown {
  if (!xs.length) return null;
  let best = xs[0];
  let bestKey = fn === undefined ? best : call(fn, [best, 0], rt, at);
  for (let i = 1; i < xs.length; i++) {
    const k = fn === undefined ? xs[i] : call(fn, [xs[i], i], rt, at);
    if (sortKey(k, bestKey, at) * sign > 0) {
      best = xs[i];
      bestKey = k;
    }
  }
  return best;
}
