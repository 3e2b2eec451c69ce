import { describe, expect, it } from 'vitest';
import { compileJsonata } from '../../src/expr/jsonata/language';
import { defaultLanguages } from '../../src/expr/registry';
import type { EvalOptions, EvalResult } from '../../src/expr/types';
import { FIXED } from './helpers';

async function jn(src: string, bindings: Record<string, unknown> = {}, options: EvalOptions = FIXED): Promise<EvalResult> {
  const r = compileJsonata(src);
  if (!r.compiled) throw new Error(JSON.stringify(r.diagnostics));
  return r.compiled.evaluate(bindings, options);
}

const context = { amount: 80, status: 'PENDING', items: [{ price: 1, name: 'a' }, { price: 3, name: 'b' }] };

describe('lang: jsonata', () => {
  it('is registered beside dataweave', () => {
    expect([...defaultLanguages().keys()]).toEqual(['dataweave', 'jsonata']);
  });

  it('evaluates the dsl.md §10 example predicate against the input document', async () => {
    expect(await jn("context.amount < 100 and context.status = 'PENDING'", { context })).toEqual({ ok: true, value: true });
  });

  it('also binds each root as a variable ($context, $payload)', async () => {
    expect(await jn('$context.amount + $payload.extra', { context, payload: { extra: 2 } })).toEqual({ ok: true, value: 82 });
  });

  it('builds objects and arrays, filters and aggregates', async () => {
    expect(await jn('{ "names": context.items[price > 2].name, "total": $sum(context.items.price) }', { context })).toEqual({
      ok: true,
      value: { names: 'b', total: 4 },
    });
  });

  it('reads a bare result variable from context (dialect D09) and gives null for nothing', async () => {
    expect(await jn('jobStart.body.id', { context: { jobStart: { body: { id: 'j1' } } } })).toEqual({ ok: true, value: 'j1' });
    expect(await jn('context.missing', { context })).toEqual({ ok: true, value: null });
  });

  it('uses the injected clock for $now()', async () => {
    expect(await jn('$now()', {})).toEqual({ ok: true, value: '2026-01-01T09:30:00Z' });
  });

  it('reports syntax errors as JN_PARSE_ERROR at the offending offset', () => {
    const r = compileJsonata('context.amount > ');
    expect(r.compiled).toBeUndefined();
    expect(r.diagnostics).toEqual([
      expect.objectContaining({ code: 'JN_PARSE_ERROR', severity: 'error', start: 17, end: 17 }),
    ]);
    expect(compileJsonata('context.a ] + 1').diagnostics[0]).toMatchObject({ code: 'JN_PARSE_ERROR', start: 10, end: 11 });
  });

  it('reports runtime errors with JN_ codes', async () => {
    const r = await jn('context.status + 1', { context });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('JN_TYPE_ERROR');
  });

  it('ends runaway recursion with a budget error', async () => {
    const r = await jn('($f := function($n){ $f($n + 1) }; $f(1))', {}, { ...FIXED, maxSteps: 5000 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toMatch(/^JN_MAX_(EVAL_TIME|DEPTH)_EXCEEDED$/);
  });

  it('caps sequence sizes so one expression cannot allocate unbounded memory', async () => {
    const r = await jn('$count([1..5000000])');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('JN_MAX_SEQUENCE_EXCEEDED');
  });

  it('knows when a result is statically not a Boolean (EXPR-006)', () => {
    expect(compileJsonata('context.a = 1 and context.b').resultType).toBe('boolean');
    expect(compileJsonata('"yes: " & context.answer').resultType).toBe('string');
    expect(compileJsonata('{ "a": 1 }').resultType).toBe('object');
    expect(compileJsonata('context.flag').resultType).toBeUndefined();
  });

  it('lists the roots it reads for EXPR-007', () => {
    const r = compileJsonata('context.a.b = 1 and $payload.x and foo.bar and items[price > 1].name');
    expect(r.freeRoots.map((f) => [f.name, f.members.join('.')])).toEqual([
      ['context', 'a.b'],
      ['payload', ''],
      ['foo', 'bar'],
      ['items', ''],
    ]);
  });

  it('keeps __proto__ as plain data and does not expose constructors', async () => {
    const r = await jn('{ "__proto__": { "x": 1 }, "c": context.constructor }', { context: {} });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(Object.getPrototypeOf(r.value)).toBe(Object.prototype);
      expect(Object.keys(r.value as object)).toContain('__proto__');
      // jsonata drops a key whose value is undefined: the constructor was not found.
      expect(Object.keys(r.value as object)).not.toContain('c');
    }
  });
});
