/**
 * Selectors: `.key` (null-safe, mapped over arrays), `.*key`, `..key`, `key?`,
 * `[n]`/`["k"]`/`[a to b]` and `[?(…)]`. Own properties only. Pure.
 */
import type { Node } from './ast';
import { callFunction, evaluate, fail, type Runtime } from './evaluator';
import { DwPeriod, DwTemporal, temporalField } from './temporal';
import { charge } from './operators';
import { hasKey, isObj, own, typeName, type Env } from './values';

type Sel = Extract<Node, { kind: 'sel' }>;

/** Evaluates a selector node. */
export function select(n: Sel, env: Env, rt: Runtime): unknown {
  if (n.op === 'exists') return exists(n.target, env, rt);
  const target = evaluate(n.target, env, rt);
  switch (n.op) {
    case 'key':
      return keyOf(target, n.key ?? '', n, rt);
    case 'multi':
      return multi(target, n.key ?? '');
    case 'desc': {
      const out: unknown[] = [];
      descendants(target, n.key ?? '', out, rt, n, 0);
      return out;
    }
    case 'index':
      return indexOf(target, evaluate(n.index!, env, rt), n);
    case 'filter': {
      if (target === null || target === undefined) return null;
      if (!Array.isArray(target)) throw fail('DW_TYPE_ERROR', `The filter selector '[?( )]' needs an Array, not ${typeName(target)}`, n);
      const pred = evaluate(n.index!, env, rt);
      return target.filter((x, i) => callFunction(pred, [x, i], rt, n) === true);
    }
    default:
      throw fail('DW_UNSUPPORTED_SYNTAX', 'Unsupported selector', n);
  }
}

function keyOf(v: unknown, key: string, at: Node, rt: Runtime): unknown {
  if (v === null || v === undefined) return null;
  if (isObj(v)) return own(v, key) ?? null;
  if (Array.isArray(v)) {
    charge(rt, v.length, at);
    const out: unknown[] = [];
    for (const item of v) {
      if (isObj(item)) {
        if (hasKey(item, key)) out.push(item[key]);
      } else if (Array.isArray(item)) {
        const inner = keyOf(item, key, at, rt) as unknown[];
        out.push(...inner);
      }
    }
    return out;
  }
  if (v instanceof DwTemporal || v instanceof DwPeriod) {
    const f = temporalField(v, key);
    if (f === undefined) throw fail('DW_TYPE_ERROR', `A ${typeName(v)} has no field '${key}'`, at);
    return f;
  }
  throw fail('DW_TYPE_ERROR', `Cannot select '${key}' from a ${typeName(v)}`, at);
}

function multi(v: unknown, key: string): unknown {
  if (isObj(v)) return hasKey(v, key) ? [v[key]] : null;
  if (Array.isArray(v)) {
    const out: unknown[] = [];
    for (const item of v) {
      const m = multi(item, key);
      if (Array.isArray(m)) out.push(...m);
    }
    return out;
  }
  return null;
}

function descendants(v: unknown, key: string, out: unknown[], rt: Runtime, at: Node, depth: number): void {
  if (depth > rt.maxDepth) throw fail('DW_MAX_DEPTH_EXCEEDED', 'Data nested too deeply for the descendants selector', at);
  charge(rt, 1, at);
  if (Array.isArray(v)) for (const x of v) descendants(x, key, out, rt, at, depth + 1);
  else if (isObj(v)) {
    for (const k of Object.keys(v)) {
      if (k === key) out.push(v[k]);
      descendants(v[k], key, out, rt, at, depth + 1);
    }
  }
}

function exists(target: Node, env: Env, rt: Runtime): boolean {
  if (target.kind === 'sel' && target.op === 'key') {
    const parent = evaluate(target.target, env, rt);
    if (isObj(parent)) return hasKey(parent, target.key ?? '');
    if (Array.isArray(parent)) return parent.some((x) => isObj(x) && hasKey(x, target.key ?? ''));
    return false;
  }
  const v = evaluate(target, env, rt);
  return v !== null && v !== undefined;
}

function indexOf(v: unknown, idx: unknown, at: Node): unknown {
  if (v === null || v === undefined) return null;
  if (typeof idx === 'string') {
    if (isObj(v)) return own(v, idx) ?? null;
    throw fail('DW_TYPE_ERROR', `Cannot select "${idx}" from a ${typeName(v)}`, at);
  }
  if (Array.isArray(idx) && idx.length && idx.every((x) => typeof x === 'number')) {
    // `[a to b]`: a range.
    const from = idx[0] as number;
    const to = idx[idx.length - 1] as number;
    const seq = typeof v === 'string' ? [...v] : Array.isArray(v) ? v : undefined;
    if (!seq) throw fail('DW_TYPE_ERROR', `Cannot take a range of a ${typeName(v)}`, at);
    const norm = (i: number) => (i < 0 ? seq.length + i : i);
    const a = norm(from);
    const b = norm(to);
    const part = a <= b ? seq.slice(a, b + 1) : seq.slice(b, a + 1).reverse();
    return typeof v === 'string' ? part.join('') : part;
  }
  if (typeof idx !== 'number' || !Number.isInteger(idx)) throw fail('DW_TYPE_ERROR', `An index must be a whole Number, not ${typeName(idx)}`, at);
  const pick = <T>(seq: readonly T[]): T | null => {
    const i = idx < 0 ? seq.length + idx : idx;
    return i >= 0 && i < seq.length ? seq[i] : null;
  };
  if (Array.isArray(v)) return pick(v);
  if (typeof v === 'string') return pick([...v]);
  if (isObj(v)) {
    const k = pick(Object.keys(v));
    return k === null ? null : v[k];
  }
  throw fail('DW_TYPE_ERROR', `Cannot index a ${typeName(v)}`, at);
}
