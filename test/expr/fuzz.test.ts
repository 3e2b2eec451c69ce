import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileDataWeave } from '../../src/expr/dataweave/language';
import { compileJsonata } from '../../src/expr/jsonata/language';
import type { CompileResult, EvalResult } from '../../src/expr/types';
import { exampleFiles, FIXED, sitesOf } from './helpers';

const corpus = exampleFiles().flatMap((f) => sitesOf(f).sites.map((s) => s.expr));

const TOKENS = [
  'context', '.', 'payload', '(', ')', '{', '}', '[', ']', ',', ':', '"s"', "'t'", '1', '2.5', '++', '--', '+', '-', '*', '/',
  '==', '!=', '<', '>=', 'and', 'or', 'not', 'default', 'default:', 'if', 'else', 'then', 'do', 'var', 'x', '=', '---', 'fun',
  'map', 'filter', 'reduce', '$', '$$', '->', 'match', 'case', 'is', 'as', 'String', 'Number', '|P1D|', '|2026-01-01|', '"$(',
  '?', '.*', '..', '%dw 2.0', '\n', ' ', '//c\n', '/*', '*/', 'to', 'sizeOf', 'now()', '__proto__', 'constructor',
];

/** Offsets inside the text, start ≤ end. */
function wellFormed(r: CompileResult, length: number): boolean {
  return r.diagnostics.every((d) => d.start >= 0 && d.end >= d.start && d.end <= length && typeof d.message === 'string');
}

/** Compiles and (when it compiles) evaluates with a small budget; returns how long it took. */
function exercise(src: string): number {
  const t = performance.now();
  const r = compileDataWeave(src);
  expect(wellFormed(r, src.length)).toBe(true);
  if (r.compiled) {
    const out = r.compiled.evaluate({ context: { a: 1, items: [1, 2] }, payload: null }, { ...FIXED, maxSteps: 20_000 }) as EvalResult;
    expect(typeof out.ok).toBe('boolean');
  }
  return performance.now() - t;
}

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom(...TOKENS) }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), other: fc.nat(), len: fc.integer({ min: 1, max: 8 }) }),
);

type Mutation = { kind: 'delete'; at: number; len: number } | { kind: 'insert'; at: number; text: string } | { kind: 'swap'; at: number; other: number; len: number };

function mutate(src: string, ms: Mutation[]): string {
  let s = src;
  for (const m of ms) {
    const at = s.length ? m.at % (s.length + 1) : 0;
    if (m.kind === 'delete') s = s.slice(0, at) + s.slice(at + m.len);
    else if (m.kind === 'insert') s = s.slice(0, at) + m.text + s.slice(at);
    else {
      const from = s.length ? m.other % s.length : 0;
      s = s.slice(0, at) + s.slice(from, from + m.len) + s.slice(at);
    }
  }
  return s;
}

describe('parser fuzzing (fast-check)', () => {
  it('never throws or hangs on random text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        exercise(s);
      }),
      { numRuns: 250 },
    );
  });

  it('never throws or hangs on random token soup', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TOKENS), { maxLength: 60 }), (toks) => {
        exercise(toks.join(' '));
      }),
      { numRuns: 400 },
    );
  });

  it('never throws or hangs on mutated corpus expressions', () => {
    fc.assert(
      fc.property(fc.constantFrom(...corpus), fc.array(mutation, { minLength: 1, maxLength: 4 }), (src, ms) => {
        exercise(mutate(src, ms as Mutation[]));
      }),
      { numRuns: 500 },
    );
  });

  it('refuses pathological nesting with a parse error instead of overflowing the stack', () => {
    for (const src of ['('.repeat(100_000), '['.repeat(50_000) + ']'.repeat(50_000), '{a:'.repeat(20_000), '-'.repeat(100_000) + '1', 'not '.repeat(20_000) + 'true']) {
      const r = compileDataWeave(src);
      expect(r.compiled).toBeUndefined();
      expect(r.diagnostics[0].code).toBe('DW_PARSE_ERROR');
    }
    // Long but flat chains are fine.
    const r = compileDataWeave(Array.from({ length: 5000 }, () => '1').join(' + '));
    expect(r.compiled?.evaluate({}, FIXED)).toEqual({ ok: true, value: 5000 });
  });

  it('never throws on random coercion formats', () => {
    const pattern = fc.stringMatching(/^[yMdEHhmsSaXxZuQ#0,.%' :/T-]{0,16}$/);
    fc.assert(
      fc.property(pattern, fc.constantFrom('now()', '1234.5678', '-0.5', '"2026-03-05"', '"1,234.5"'), fc.constantFrom('String', 'Number', 'Date', 'DateTime'), (p, v, t) => {
        const src = `${v} as ${t} {format: "${p}"}`;
        const r = compileDataWeave(src);
        expect(wellFormed(r, src.length)).toBe(true);
        const out = r.compiled?.evaluate({}, FIXED) as EvalResult | undefined;
        if (out && !out.ok) expect(out.error.code).not.toBe('DW_ENGINE_INTERNAL_ERROR');
      }),
      { numRuns: 400 },
    );
  });

  it('JSONata compile never throws on random text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), (s) => {
        expect(wellFormed(compileJsonata(s), s.length)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
