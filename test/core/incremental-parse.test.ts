/**
 * The editor's incremental parse must be indistinguishable from a full parse:
 * same data, same node ranges, same diagnostics — over the corpus and over
 * long sequences of random keystrokes with one cache, broken text included.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPair, parseAllDocuments, visit, type Document } from 'yaml';
import { ParseCache, parseIncrementally, PARSE_OPTIONS } from '../../src/core/incremental-parse';
import { findStatesLayout } from '../../src/core/states-layout';
import { analyze } from '../../src/core/validate/validate';
import { corpus } from '../support/corpus';
import { bigJourney } from './rules/structure/big-journey';

const files = corpus();

/** Every node's class and range in document order, plus the data. */
function signature(doc: Document.Parsed): string {
  const out: string[] = [JSON.stringify(doc.toJS({ maxAliasCount: 100 })), `doc ${JSON.stringify(doc.range)}`];
  visit(doc, (key, n) => {
    if (!isPair(n)) out.push(`${String(key)} ${n?.constructor.name} ${JSON.stringify((n as { range?: unknown }).range)}`);
  });
  return out.join('\n');
}

const fullParse = (text: string) => parseAllDocuments(text, PARSE_OPTIONS)[0] as Document.Parsed;

/** What a user sees of an analysis: every diagnostic with its place. */
const seen = (text: string, cache?: ParseCache) =>
  analyze(text, 'edit.journey.yaml', { cache }).diagnostics.map(
    (d) => `${d.code} ${d.severity} ${d.span.start}-${d.span.end} ${d.path ?? ''} ${d.message}`,
  );

describe('incremental parse', () => {
  it('gives the same Document as a full parse for all 46 examples, from states parsed one by one or seeded by a whole parse', () => {
    for (const f of files) {
      const composed = parseIncrementally(f.text, new ParseCache(), { wholeWhenCold: false });
      expect(composed, f.name).toBeDefined(); // every example is laid out the usual way
      expect(signature(composed!), f.name).toBe(signature(fullParse(f.text)));
      const seeded = new ParseCache();
      parseIncrementally(f.text, seeded);
      expect(seeded.size, f.name).toBeGreaterThan(0);
      expect(signature(parseIncrementally(f.text, seeded)!), f.name).toBe(signature(fullParse(f.text)));
    }
  });

  it('re-uses unchanged states: after an edit only the edited state is new in the cache', () => {
    const text = bigJourney(300);
    const cache = new ParseCache();
    parseIncrementally(text, cache); // a whole parse, seeding the cache
    expect(cache.size).toBe(301);
    const edited = text.replace('expr: context.r150.ok == true', 'expr: context.r150.ok == false');
    const doc = parseIncrementally(edited, cache)!;
    expect(cache.size).toBe(302); // the previous version's state is kept for undo
    expect(signature(doc)).toBe(signature(fullParse(edited)));
    parseIncrementally(text, cache); // undo
    parseIncrementally(text, cache);
    expect(cache.size).toBe(301); // the edited text is forgotten two parses later
  });

  it('falls back to the full parse for anchors across states, several documents and flow-style states', () => {
    const base = files.find((f) => f.name.includes('approval-loop'))!.text;
    const anchored = base.replace('    init:\n', '    init:\n      x: &shared 1\n');
    expect(anchored).not.toBe(base);
    expect(parseIncrementally(anchored, new ParseCache(), { wholeWhenCold: false })).toBeUndefined();
    const cold = new ParseCache();
    expect(signature(parseIncrementally(anchored, cold)!)).toBe(signature(fullParse(anchored)));
    expect(cold.size).toBe(0); // a whole parse with anchors seeds nothing
    expect(parseIncrementally(`${base}\n---\na: 1\n`, new ParseCache())).toBeUndefined();
    expect(findStatesLayout('spec:\n  states: { a: { type: succeed } }\n')).toBeUndefined();
  });

  it('reports a state name used twice exactly like the full parse (FMT-007 on the second)', () => {
    const text = bigJourney(5).replace('    s3:', '    s1:');
    expect(seen(text, new ParseCache())).toEqual(seen(text));
    expect(seen(text).some((d) => d.startsWith('FMT-007 error'))).toBe(true);
  });

  it('random keystrokes with one cache always give what a fresh parse gives', () => {
    const keystroke = fc.record({
      at: fc.nat(),
      remove: fc.integer({ min: 0, max: 6 }),
      insert: fc.oneof(
        fc.string({ maxLength: 4 }),
        fc.constantFrom('\n', '\n    ', '\n      ', '  ', ':', ': ', '- ', '#', '"', "'", '{', '&a ', '*a', '|\n', '---\n', 'x'),
      ),
    });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: files.length - 1 }), fc.array(keystroke, { minLength: 1, maxLength: 8 }), (file, strokes) => {
        const cache = new ParseCache();
        let text = files[file].text;
        seen(text, cache);
        for (const k of strokes) {
          const at = k.at % (text.length + 1);
          text = text.slice(0, at) + k.insert + text.slice(at + k.remove);
          expect(seen(text, cache)).toEqual(seen(text));
        }
      }),
      { numRuns: 60 },
    );
  });
});
