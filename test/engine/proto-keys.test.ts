/** Keys such as `__proto__` in untrusted data stay data at every depth, in every copy the engine makes. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runScenarioFile } from '../../src/engine/index';
import { setPath, toJson, type Json } from '../../src/engine/json';

const fx = (f: string) => readFileSync(join(__dirname, 'fixtures', f), 'utf8');
const DANGEROUS = ['__proto__', 'constructor', 'prototype'];

/** Every object below `v` has the plain prototype and only own keys. */
function plainAllTheWay(v: unknown): boolean {
  if (v === null || typeof v !== 'object') return true;
  if (Array.isArray(v)) return v.every(plainAllTheWay);
  if (Object.getPrototypeOf(v) !== Object.prototype) return false;
  return Object.keys(v).every((k) => plainAllTheWay((v as Record<string, unknown>)[k]));
}

describe('dangerous keys in request data', () => {
  it('a __proto__ attribute copied by a transform is not inherited by the next auth write', async () => {
    const r = await runScenarioFile(fx('proto-keys.journey.yaml'), fx('proto-keys.scenario.yaml'));
    expect(r.error).toBeUndefined();
    expect(r.scenarios[0].failures).toEqual([]);
    expect(r.scenarios[0].passed).toBe(true);
  });

  it('toJson and setPath keep __proto__, constructor and prototype as own keys at any depth', () => {
    const key = fc.constantFrom(...DANGEROUS, 'a', 'auth');
    const tree: fc.Arbitrary<Json> = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, fc.integer(), fc.string(), fc.array(tie('node'), { maxLength: 2 }), fc.dictionary(key, tie('node'), { maxKeys: 3 })),
    })).node as fc.Arbitrary<Json>;
    fc.assert(
      fc.property(tree, fc.array(key, { minLength: 1, maxLength: 4 }), (t, path) => {
        const parsed = JSON.parse(JSON.stringify(t)) as unknown; // JSON.parse keeps __proto__ as an own key
        const copy = toJson(parsed);
        expect(plainAllTheWay(copy)).toBe(true);
        expect(JSON.stringify(copy)).toBe(JSON.stringify(parsed));
        const written = setPath({ root: copy }, ['root', ...path], { marker: 1 });
        expect(plainAllTheWay(written)).toBe(true);
        expect(({} as Record<string, unknown>).marker).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });
});
