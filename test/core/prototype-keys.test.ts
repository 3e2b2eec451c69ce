/**
 * Keys and values that name Object.prototype members (`constructor`, `toString`, `hasOwnProperty`,
 * `__proto__`, …) are ordinary words in a journey: wherever they appear, every diagnostic has a code
 * and a readable message, never a function's source text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/validate/validate';

const WORDS = ['constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf', 'isPrototypeOf', 'prototype', '__defineGetter__'];
const base = readFileSync(join(__dirname, '../fixtures/examples/technical/auth-jwt-scopes/auth-jwt-scopes.journey.yaml'), 'utf8');
const lines = base.split('\n');

function expectReadable(text: string): void {
  for (const d of analyze(text, 'x.journey.yaml').diagnostics) {
    expect(typeof d.code, JSON.stringify(d)).toBe('string');
    expect(d.code, JSON.stringify(d)).toMatch(/^[A-Z][A-Z0-9_-]+$/);
    expect(typeof d.message, JSON.stringify(d)).toBe('string');
    expect(d.message.length, JSON.stringify(d)).toBeGreaterThan(5);
    expect(d.message, d.code).not.toMatch(/native code|function \w*\(|\[object Object\]|undefined/);
  }
}

describe('prototype member names in a journey', () => {
  it('as keys or values on any line, they give readable diagnostics', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: lines.length - 1 }), fc.constantFrom(...WORDS), fc.constantFrom('key', 'value', 'child'), (at, word, where) => {
        const line = lines[at];
        const indent = /^ */.exec(line)![0];
        const edited = [...lines];
        if (where === 'key') edited[at] = line.replace(/^( *(?:- )?)[A-Za-z_][\w.-]*:/, `$1${word}:`);
        else if (where === 'value') edited[at] = line.replace(/: [^#]+$/, `: ${word}`);
        else edited.splice(at + 1, 0, `${indent}  ${word}: ${word}`);
        expectReadable(edited.join('\n'));
      }),
      { numRuns: Number(process.env.PROTO_RUNS ?? 200) },
    );
  });

  it('as state ids, types, task kinds, targets and spec keys', () => {
    for (const w of WORDS) {
      expectReadable(base.replace(/\bcheckScopes\b/g, w));
      expectReadable(base.replace('type: choice', `type: ${w}`));
      expectReadable(base.replace('kind: jwtValidate:v1', `kind: ${w}`));
      expectReadable(base.replace('kind: Api', `kind: ${w}`).replace('kind: Journey', `kind: ${w}`));
      expectReadable(base.replace('  states:', `  ${w}: {}\n  states:`));
      expectReadable(base.replace(/next: \w+/, `next: ${w}`));
      expectReadable(base.replace('profile: default', `profile: ${w}`));
    }
  });
});
