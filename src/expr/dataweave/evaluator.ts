/**
 * The DataWeave tree-walking evaluator. Every node costs one step of the
 * budget; every function call one level of the depth limit. Pure: no globals,
 * clock and ids come from the runtime.
 */
import type { Field, Node, Pattern } from './ast';
import { BUILTINS } from './builtins';
import { checkValueSize, ValueTooLarge } from '../limits';
import { arith, concat, minus } from './operators';
import { coerce, isType } from './coerce';
import { select } from './selectors';
import { DwBuiltin, DwFunction, Env, EvalFailure, MISSING, equals, compare, isObj, newObj, own, scalarText, setKey, typeName } from './values';

/** Per-evaluation state: budget counters, injected clock/ids, and the bindings. */
export interface Runtime {
  steps: number;
  maxSteps: number;
  depth: number;
  maxDepth: number;
  now(): string;
  uuid(): string;
  bindings: Readonly<Record<string, unknown>>;
  /** Sizes of the values this evaluation has measured (see `../limits`). */
  sizes: WeakMap<object, number>;
}

/** Roots the DSL binds (dsl.md §10); other free names read `context.<name>` (dialect D09). */
export const STANDARD_ROOTS = new Set(['context', 'payload', 'platform', 'error', 'branches', 'output', 'outcome']);

/**
 * Evaluates `n` in `env`. Each node is one step; each value it produces is measured (once per distinct
 * object, the new elements charged as steps), so strings and values past the limits of `../limits`
 * end the evaluation where they are built.
 */
export function evaluate(n: Node, env: Env, rt: Runtime): unknown {
  if (++rt.steps > rt.maxSteps) {
    throw new EvalFailure('DW_MAX_EVAL_TIME_EXCEEDED', `Expression exceeded its budget of ${rt.maxSteps} evaluation steps`, n.start, n.end);
  }
  const v = evaluateNode(n, env, rt);
  if (typeof v === 'string' ? v.length > 64 : v !== null && typeof v === 'object' && !rt.sizes.has(v)) measure(v, n, rt);
  return v;
}

function measure(v: unknown, n: Node, rt: Runtime): void {
  try {
    const work = { visited: 0 };
    checkValueSize(v, rt.sizes, work);
    rt.steps += work.visited;
  } catch (e) {
    if (e instanceof ValueTooLarge) throw new EvalFailure('DW_MAX_VALUE_SIZE_EXCEEDED', e.message, n.start, n.end);
    throw e;
  }
  if (rt.steps > rt.maxSteps) {
    throw new EvalFailure('DW_MAX_EVAL_TIME_EXCEEDED', `Expression exceeded its budget of ${rt.maxSteps} evaluation steps`, n.start, n.end);
  }
}

function evaluateNode(n: Node, env: Env, rt: Runtime): unknown {
  switch (n.kind) {
    case 'lit':
      return n.value;
    case 'var':
      return lookup(n.name, env, rt);
    case 'str': {
      let s = '';
      for (const p of n.parts) {
        if (typeof p === 'string') s += p;
        else {
          const v = evaluate(p, env, rt);
          const text = scalarText(v);
          if (text === undefined) throw fail('DW_TYPE_ERROR', `Cannot interpolate a ${typeName(v)} into a string`, p);
          s += text;
        }
      }
      return s;
    }
    case 'arr':
      return n.items.map((i) => evaluate(i, env, rt));
    case 'obj':
      return buildObject(n.fields, env, rt);
    case 'sel':
      return select(n, env, rt);
    case 'call': {
      const fn = n.callee.kind === 'var' ? lookupFunction(n.callee.name, env, rt, n.callee) : evaluate(n.callee, env, rt);
      return callFunction(fn, n.args.map((a) => evaluate(a, env, rt)), rt, n);
    }
    case 'infix': {
      const l = evaluate(n.left, env, rt);
      const r = evaluate(n.right, env, rt);
      if (n.name === '++') return concat(l, r, rt, n);
      if (n.name === '--') return minus(l, r, n, true, rt);
      return callFunction(lookupFunction(n.name, env, rt, n), [l, r], rt, n);
    }
    case 'bin':
      return binary(n, env, rt);
    case 'un': {
      const v = evaluate(n.arg, env, rt);
      if (n.op === 'not') return !bool(v, n.arg, "'not'");
      if (typeof v !== 'number') throw fail('DW_TYPE_ERROR', `Cannot negate a ${typeName(v)}`, n);
      return -v;
    }
    case 'if':
      return bool(evaluate(n.cond, env, rt), n.cond, "an 'if' condition") ? evaluate(n.then, env, rt) : evaluate(n.else, env, rt);
    case 'lambda':
      return new DwFunction(n.params, n.body, env);
    case 'do': {
      const scope = new Env(env);
      for (const d of n.decls) {
        if (d.kind === 'fun') scope.vars.set(d.name, new DwFunction(d.params, d.body, scope, d.name));
        else scope.vars.set(d.name, evaluate(d.value, scope, rt));
      }
      return evaluate(n.body, scope, rt);
    }
    case 'as':
      return coerce(evaluate(n.value, env, rt), n.type, n, n.schema);
    case 'is':
      return isType(evaluate(n.value, env, rt), n.type);
    case 'match':
      return matchCases(n, env, rt);
  }
}

function lookup(name: string, env: Env, rt: Runtime): unknown {
  const local = env.get(name);
  if (local !== MISSING) return local;
  if (Object.prototype.hasOwnProperty.call(rt.bindings, name)) return rt.bindings[name] ?? null;
  if (STANDARD_ROOTS.has(name)) return null;
  if (Object.prototype.hasOwnProperty.call(BUILTINS, name)) return new DwBuiltin(name);
  // Dialect D09: a bare `resultVar` root reads `context.<name>`.
  const ctx = rt.bindings.context;
  return isObj(ctx) ? (own(ctx, name) ?? null) : null;
}

function lookupFunction(name: string, env: Env, rt: Runtime, at: { start: number; end: number }): unknown {
  const local = env.get(name);
  if (local !== MISSING) return local;
  if (Object.prototype.hasOwnProperty.call(BUILTINS, name)) return new DwBuiltin(name);
  throw fail('DW_UNKNOWN_FUNCTION', `Unknown function '${name}'`, at);
}

/** Calls a lambda, `fun` or built-in with evaluated arguments. */
export function callFunction(fn: unknown, args: unknown[], rt: Runtime, at: { start: number; end: number }): unknown {
  if (fn instanceof DwBuiltin) return BUILTINS[fn.name](args, rt, at);
  if (!(fn instanceof DwFunction)) throw fail('DW_TYPE_ERROR', `A ${typeName(fn)} is not a function`, at);
  if (++rt.depth > rt.maxDepth) {
    throw new EvalFailure('DW_MAX_DEPTH_EXCEEDED', `Function calls nested deeper than ${rt.maxDepth} levels (runaway recursion?)`, at.start, at.end);
  }
  try {
    const scope = new Env(fn.env);
    fn.params.forEach((p, i) => {
      const v = i < args.length ? args[i] : p.dflt ? evaluate(p.dflt, scope, rt) : null;
      scope.vars.set(p.name, v);
    });
    return evaluate(fn.body, scope, rt);
  } finally {
    rt.depth--;
  }
}

function binary(n: Extract<Node, { kind: 'bin' }>, env: Env, rt: Runtime): unknown {
  switch (n.op) {
    case 'default': {
      const l = evaluate(n.left, env, rt);
      return l === null || l === undefined ? evaluate(n.right, env, rt) : l;
    }
    case 'and':
      return bool(evaluate(n.left, env, rt), n.left, "'and'") && bool(evaluate(n.right, env, rt), n.right, "'and'");
    case 'or':
      return bool(evaluate(n.left, env, rt), n.left, "'or'") || bool(evaluate(n.right, env, rt), n.right, "'or'");
  }
  const l = evaluate(n.left, env, rt);
  const r = evaluate(n.right, env, rt);
  switch (n.op) {
    case '==':
      return equals(l, r, rt);
    case '!=':
      return !equals(l, r, rt);
    case '~=':
      return equals(l, r, rt) || (scalarText(l) !== undefined && scalarText(l) === scalarText(r));
    case '<':
    case '>':
    case '<=':
    case '>=': {
      const c = compare(l, r);
      if (c === undefined) throw fail('DW_TYPE_ERROR', `Cannot compare ${typeName(l)} with ${typeName(r)} using '${n.op}'`, n);
      return n.op === '<' ? c < 0 : n.op === '>' ? c > 0 : n.op === '<=' ? c <= 0 : c >= 0;
    }
    case '-':
      return minus(l, r, n, false, rt);
    default:
      return arith(n.op, l, r, n);
  }
}

function bool(v: unknown, at: Node, what: string): boolean {
  if (typeof v === 'boolean') return v;
  throw fail('DW_TYPE_ERROR', `Expected a Boolean for ${what} but got ${typeName(v)}`, at);
}

function buildObject(fields: Field[], env: Env, rt: Runtime): unknown {
  const out = newObj();
  for (const f of fields) {
    if (f.cond && !bool(evaluate(f.cond, env, rt), f.cond, 'a conditional field')) continue;
    if (f.kind === 'spread') {
      const v = evaluate(f.value, env, rt);
      const parts = Array.isArray(v) ? v : [v];
      for (const p of parts) {
        if (p === null) continue;
        if (!isObj(p)) throw fail('DW_TYPE_ERROR', `Only objects can be spread into an object, not ${typeName(p)}`, f.value);
        for (const k of Object.keys(p)) setKey(out, k, p[k]);
      }
      continue;
    }
    let key: string;
    if (typeof f.key === 'string') key = f.key;
    else {
      const k = evaluate(f.key, env, rt);
      const text = scalarText(k);
      if (text === undefined) throw fail('DW_TYPE_ERROR', `An object key must be a String, not ${typeName(k)}`, f.key);
      key = text;
    }
    setKey(out, key, evaluate(f.value, env, rt));
  }
  return out;
}

function matchCases(n: Extract<Node, { kind: 'match' }>, env: Env, rt: Runtime): unknown {
  const v = evaluate(n.value, env, rt);
  for (const c of n.cases) {
    const scope = new Env(env);
    if (matches(c.pattern, v, scope, rt)) return evaluate(c.body, scope, rt);
  }
  throw fail('DW_RUNTIME_ERROR', `No 'case' matched the ${typeName(v)} value and there is no 'else'`, n);
}

function matches(p: Pattern, v: unknown, scope: Env, rt: Runtime): boolean {
  if (p.bind) scope.vars.set(p.bind, v);
  switch (p.kind) {
    case 'else':
      return true;
    case 'lit':
      return equals(v, evaluate(p.value, scope, rt), rt);
    case 'is':
      return isType(v, p.type);
    case 'if':
      return bool(evaluate(p.cond, scope, rt), p.cond, "a 'case … if' guard");
    case 'regex':
      return false;
  }
}

/** An EvalFailure located at a node. */
export function fail(code: string, message: string, at: { start: number; end: number }): EvalFailure {
  return new EvalFailure(code, message, at.start, at.end);
}

