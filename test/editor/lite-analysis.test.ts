import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createEditorStore } from '../../src/editor/store/editor-store';
import { liteAnalysis } from '../../src/editor/commands';
import { parseSource } from '../../src/core/source';
import { buildModel } from '../../src/core/model/build-model';
import { corpus } from '../support/corpus';

/** What the inspector and `canApply` read from an analysis. */
function summary(text: string, model: ReturnType<typeof buildModel>) {
  return {
    states: model.states.map((s) => `${s.qid}:${s.type}:${text.slice(s.keySpan.start, s.keySpan.end)}`),
    exprs: model.exprSites.map((e) => `${e.path}=${e.expr}`),
  };
}

describe('the main thread reads the text incrementally', () => {
  const example = corpus().find((f) => f.name === 'payment-reminder-with-timeout')!;

  it('after any sequence of edits and undos, it reads what a fresh parse reads (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ at: fc.nat(), insert: fc.constantFrom('x', ' ', '\n', ':', '- a\n', '"', ''), cut: fc.nat(3) }), { minLength: 1, maxLength: 8 }),
        (edits) => {
          const store = createEditorStore({ docId: 'd', fileName: 'payment-reminder-with-timeout.journey.yaml', text: example.text });
          const texts = [example.text];
          for (const e of edits) {
            const text = texts[texts.length - 1];
            const at = e.at % (text.length + 1);
            texts.push(text.slice(0, at) + e.insert + text.slice(at + e.cut));
          }
          // Forward through the edits, then back (undo) to the start.
          for (const text of [...texts, ...texts.slice(0, -1).reverse()]) {
            store.getState().setText(text);
            const lite = liteAnalysis(store);
            const fresh = parseSource(text, 'payment-reminder-with-timeout.journey.yaml');
            expect(lite.source.root === undefined).toBe(fresh.root === undefined);
            if (fresh.root) expect(summary(text, lite.model)).toEqual(summary(text, buildModel(fresh)));
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
