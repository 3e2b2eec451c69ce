/**
 * The editor re-checks only edited states (src/core/validate/per-state-rules.ts).
 * That is right only if every rule marked `perState` finds, state by state,
 * exactly what it finds over the whole file, and if nothing outside a state
 * changes what is found inside it. Both are checked here against a fresh,
 * whole-file analysis: on the corpus and the rule fixtures, and over random
 * edits elsewhere in the file (deleting, renaming, copying states, editing the
 * file around `spec.states`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ParseCache } from '../../src/core/incremental-parse';
import { findStatesLayout } from '../../src/core/states-layout';
import type { Rule } from '../../src/core/validate/rule';
import { allRules } from '../../src/core/validate/rules/registry';
import { analyze } from '../../src/core/validate/validate';
import { corpus } from '../support/corpus';

const examples = corpus().map((f) => ({ name: f.rel, text: f.text }));
const RULE_FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'rules');
const fixtures = readdirSync(RULE_FIXTURES).flatMap((family) =>
  readdirSync(join(RULE_FIXTURES, family))
    .filter((name) => !name.endsWith('.yaml') && !name.endsWith('.json') && name !== 'apis')
    .flatMap((name) => {
      try {
        return [{ name: `${family}/${name}`, text: readFileSync(join(RULE_FIXTURES, family, name, 'journey.yaml'), 'utf8') }];
      } catch {
        return [];
      }
    }),
);

const perStateRules = allRules.filter((r) => r.perState);

/** Everything a user sees of a diagnostic. */
const seen = (text: string, options: { cache?: ParseCache; rules?: readonly Rule[] } = {}) =>
  analyze(text, 'edit.journey.yaml', options).diagnostics.map(
    (d) => `${d.code} ${d.severity} ${d.span.start}-${d.span.end} ${d.path} ${d.message} ${JSON.stringify(d.fix ?? null)}`,
  );

describe('per-state rules', () => {
  it('are most of the state checks', () => {
    expect(perStateRules.map((r) => r.name)).toEqual(
      expect.arrayContaining(['choice', 'transform', 'interpolation', 'expression-syntax', 'task-http-binding']),
    );
  });

  it('find state by state exactly what they find over the whole file (46 examples and every rule fixture)', () => {
    expect(fixtures.length).toBeGreaterThan(300);
    for (const file of [...examples, ...fixtures]) {
      const whole = seen(file.text, { rules: perStateRules });
      const byState = seen(file.text, { rules: perStateRules, cache: new ParseCache() });
      expect(byState, file.name).toEqual(whole);
    }
  });

  it('after an edit in one state, check only that state and the rest of the file again', () => {
    const regions: string[] = [];
    const probe: Rule = {
      name: 'probe',
      codes: [],
      perState: true,
      check: (ctx) => {
        regions.push(ctx.region?.kind === 'state' ? `state ${ctx.region.state.id}` : (ctx.region?.kind ?? 'whole'));
      },
    };
    const rules = [probe];
    const text = examples.find((f) => f.name.includes('auth-jwt-scopes'))!.text;
    const cache = new ParseCache();
    analyze(text, 'a.journey.yaml', { cache, rules });
    const states = regions.filter((r) => r.startsWith('state')).length;
    expect(states).toBeGreaterThan(3);
    regions.length = 0;
    const edited = text.replace('expr: ', 'expr:  '); // one keystroke inside one state
    expect(edited).not.toBe(text);
    analyze(edited, 'a.journey.yaml', { cache, rules });
    expect(regions).toHaveLength(2);
    expect(regions).toContain('rest');
    // Without a cache (the CLI) every rule sees the whole file once.
    regions.length = 0;
    analyze(text, 'a.journey.yaml', { rules });
    expect(regions).toEqual(['whole']);
  });

  it('keep up with edits elsewhere: deleting, renaming and copying other states, editing around spec.states', () => {
    const edit = fc.record({
      kind: fc.constantFrom('delete', 'rename', 'copy', 'around', 'restore'),
      pick: fc.nat(),
      other: fc.nat(),
    });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: examples.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 5 }), (index, edits) => {
        const original = examples[index].text;
        const cache = new ParseCache();
        let text = original;
        expect(seen(text, { cache })).toEqual(seen(text));
        for (const e of edits) {
          text = applyEdit(text, original, e);
          expect(seen(text, { cache }), `${examples[index].name} after ${e.kind}`).toEqual(seen(text));
        }
      }),
      { numRuns: 40 },
    );
  });
});

interface Edit {
  kind: 'delete' | 'rename' | 'copy' | 'around' | 'restore';
  pick: number;
  other: number;
}

/** One edit a designer makes outside the state whose findings are remembered. */
function applyEdit(text: string, original: string, e: Edit): string {
  if (e.kind === 'restore') return original;
  if (e.kind === 'around') {
    // Change what the states see around them: the kind, the apis, the metadata.
    const swaps: Array<[RegExp, string]> = [
      [/^kind: Journey$/m, 'kind: Api'],
      [/^kind: Api$/m, 'kind: Journey'],
      [/^(\s+)apis:\n/m, '$1apis:\n$1  extra: { openApiRef: apis/extra.yaml }\n'],
      [/^(\s+name: )(\S+)$/m, '$1$2-renamed'],
    ];
    const [pattern, replacement] = swaps[e.pick % swaps.length];
    return text.replace(pattern, replacement);
  }
  const layout = findStatesLayout(text);
  if (!layout || layout.chunkStarts.length < 2) return text;
  const chunks = layout.chunkStarts.map((start, i) => ({
    start,
    end: i + 1 < layout.chunkStarts.length ? layout.chunkStarts[i + 1] : layout.regionEnd,
  }));
  const c = chunks[e.pick % chunks.length];
  const chunk = text.slice(c.start, c.end);
  const id = /^\s*([^:\s]+):/.exec(chunk)?.[1];
  if (!id) return text;
  if (e.kind === 'delete') return text.slice(0, c.start) + text.slice(c.end);
  if (e.kind === 'rename') return text.slice(0, c.start) + chunk.replace(id, `${id}_${e.other % 7}`) + text.slice(c.end);
  const target = chunks[e.other % chunks.length];
  return text.slice(0, target.start) + chunk.replace(id, `${id}_copy`) + text.slice(target.start);
}
