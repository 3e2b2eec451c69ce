import { describe, expect, it } from 'vitest';
import { compileDataWeave } from '../../src/expr/dataweave/language';
import { dw, dwError, dwRun } from './helpers';

describe('DataWeave sandbox', () => {
  it('treats __proto__ as a plain key and never touches prototypes', () => {
    const out = dw('{ "__proto__": { polluted: true }, a: 1 }') as Record<string, unknown>;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.keys(out)).toEqual(['__proto__', 'a']);
    expect(Object.getOwnPropertyDescriptor(out, '__proto__')?.value).toEqual({ polluted: true });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const merged = dw('context ++ { "__proto__": { admin: true } }', { context: { user: 'u' } }) as Record<string, unknown>;
    expect(merged.admin).toBeUndefined();
    expect(Object.keys(merged)).toEqual(['user', '__proto__']);
  });

  it('reads own data only: constructor, __proto__ and toString are null', () => {
    const context = JSON.parse('{"__proto__": {"x": 1}, "y": 2}') as Record<string, unknown>;
    expect(dw('context.constructor', { context })).toBeNull();
    expect(dw('context.toString', { context })).toBeNull();
    expect(dw('context.__proto__.x', { context })).toBe(1);
    expect(dw('context.constructor.constructor', { context })).toBeNull();
    expect(dw('context["hasOwnProperty"]', { context })).toBeNull();
  });

  it('has no globals: process, globalThis and require are just unbound names', () => {
    expect(dw('[process, globalThis, require, window]', { context: {} })).toEqual([null, null, null, null]);
    const r = compileDataWeave('constructor("return 1")');
    expect(r.compiled).toBeUndefined();
    expect(r.diagnostics[0]).toMatchObject({ code: 'DW_UNKNOWN_FUNCTION', start: 0, end: 11 });
  });

  it('does not mutate its bindings', () => {
    const context = Object.freeze({ list: Object.freeze([3, 1, 2]), obj: Object.freeze({ a: 1 }) });
    expect(dw('{ sorted: context.list orderBy $, merged: context.obj ++ { b: 2 } }', { context })).toEqual({
      sorted: [1, 2, 3],
      merged: { a: 1, b: 2 },
    });
    expect(context.list).toEqual([3, 1, 2]);
  });

  it('ends runaway recursion with DW_MAX_DEPTH_EXCEEDED', () => {
    const r = dwRun('fun loop(n) = loop(n + 1)\n---\nloop(0)');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('DW_MAX_DEPTH_EXCEEDED');
      expect(r.error.message).toMatch(/200 levels/);
    }
    expect(dwError('fun loop(n) = loop(n + 1)\n---\nloop(0)', {}, { maxDepth: 10 })).toBe('DW_MAX_DEPTH_EXCEEDED');
  });

  it('ends runaway reduce and huge ranges with DW_MAX_EVAL_TIME_EXCEEDED', () => {
    expect(dwError('(1 to 100000) reduce (i, acc = 0) -> acc + i', {}, { maxSteps: 10_000 })).toBe('DW_MAX_EVAL_TIME_EXCEEDED');
    expect(dwError('(1 to 1000000000) map $')).toBe('DW_MAX_EVAL_TIME_EXCEEDED');
    expect(dwError('fun f(n) = if (n == 0) 0 else f(n - 1) + f(n - 1)\n---\nf(40)')).toBe('DW_MAX_EVAL_TIME_EXCEEDED');
  });

  it('survives deeply nested input data', () => {
    let deep: unknown = { x: 1 };
    for (let i = 0; i < 50_000; i++) deep = { n: deep };
    const r = dwRun('context..x', { context: deep });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('DW_MAX_DEPTH_EXCEEDED');
  });

  it('reports type errors instead of guessing', () => {
    expect(dwError('1 + "a"')).toBe('DW_TYPE_ERROR');
    expect(dwError('context.n < 3', { context: { n: null } })).toBe('DW_TYPE_ERROR');
    expect(dwError('if (context.flag) 1 else 2', { context: {} })).toBe('DW_TYPE_ERROR');
    expect(dwError('1 / 0')).toBe('DW_RUNTIME_ERROR');
    expect(dwError('"abc".length')).toBe('DW_TYPE_ERROR');
  });
});
