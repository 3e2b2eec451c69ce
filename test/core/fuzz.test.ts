/** Property tests: arbitrary text and mutated real journeys never make parse, model or validate throw. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/validate/validate';
import { corpus } from '../support/corpus';

const files = corpus();

/** A mutation of a real journey: delete, duplicate or insert a slice, or swap indentation. */
const mutated = fc
  .record({
    file: fc.integer({ min: 0, max: files.length - 1 }),
    at: fc.nat(),
    len: fc.integer({ min: 0, max: 80 }),
    insert: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('\t', ':', '- ', '{', '[', '"', "'", '&a ', '*a', '\n  ', '${', '#', '|\n', '__proto__: ')),
  })
  .map(({ file, at, len, insert }) => {
    const text = files[file].text;
    const start = at % (text.length + 1);
    return text.slice(0, start) + insert + text.slice(Math.min(text.length, start + len));
  });

function analyzesCleanly(text: string): void {
  const result = analyze(text, 'fuzz.journey.yaml');
  for (const d of result.diagnostics) {
    expect(d.span.start).toBeGreaterThanOrEqual(0);
    expect(d.span.end).toBeLessThanOrEqual(text.length + 1);
    expect(typeof d.code).toBe('string');
  }
}

describe('fuzz', () => {
  it('arbitrary text never throws', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), analyzesCleanly), { numRuns: 300 });
  });

  it('YAML-ish token soup never throws', () => {
    const token = fc.constantFrom('a', 'spec', 'states', 'type', 'next', ':', ': ', '- ', '\n', '  ', '{', '}', '[', ']', ',', '"', "'", '|', '>', '&x', '*x', '!!str ', '? ', '#c', '---\n', 'expr: ', 'choice', 'task');
    fc.assert(fc.property(fc.array(token, { maxLength: 120 }).map((t) => t.join('')), analyzesCleanly), { numRuns: 300 });
  });

  it('mutated example journeys never throw', () => {
    fc.assert(fc.property(mutated, analyzesCleanly), { numRuns: 200 });
  });
});
