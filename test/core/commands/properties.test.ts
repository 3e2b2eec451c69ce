/**
 * Property tests: random command sequences on mutated example journeys never
 * throw or hang, and every successful result still parses as a YAML mapping.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCommand } from '../../../src/core/commands/registry';
import type { CommandArgs, CommandName, ConnectVia } from '../../../src/core/commands/types';
import { buildModel } from '../../../src/core/model/build-model';
import { STATE_TYPES } from '../../../src/core/model/types';
import { parseSource } from '../../../src/core/source';
import { corpus } from '../../support/corpus';

const files = corpus().filter((_, i) => i % 3 === 0); // a spread of 16 journeys keeps the run short
const NAMES: CommandName[] = [
  'state.add',
  'state.remove',
  'state.rename',
  'state.duplicate',
  'transition.connect',
  'transition.disconnect',
  'field.set',
  'field.unset',
];
const VIAS: ConnectVia[] = ['next', 'choice', 'default', 'onTimeout'];

interface Op {
  name: CommandName;
  a: number;
  b: number;
  type: (typeof STATE_TYPES)[number];
  via: ConnectVia;
  word: string;
}

const op = fc.record({
  name: fc.constantFrom(...NAMES),
  a: fc.nat(1000),
  b: fc.nat(1000),
  type: fc.constantFrom(...STATE_TYPES),
  via: fc.constantFrom(...VIAS),
  word: fc.oneof(
    fc.constantFrom('x', 'next', 'a b', '', '{', '- 1', 'k: v\nz: [1]', '"q"'),
    fc.string({ maxLength: 8 }),
  ),
});

/** Line-level damage a person makes while typing: drop, duplicate, re-indent or truncate a line. */
const mutation = fc.record({
  kind: fc.constantFrom('none', 'drop', 'dup', 'indent', 'cut'),
  line: fc.nat(10000),
});

function mutate(text: string, m: { kind: string; line: number }): string {
  const lines = text.split('\n');
  const i = m.line % lines.length;
  if (m.kind === 'drop') lines.splice(i, 1);
  else if (m.kind === 'dup') lines.splice(i, 0, lines[i]);
  else if (m.kind === 'indent') lines[i] = ' ' + lines[i];
  else if (m.kind === 'cut') lines[i] = lines[i].slice(0, lines[i].length >> 1);
  return lines.join('\n');
}

/** Turns an abstract op into concrete arguments against the current text's states. */
function argsFor(text: string, o: Op): CommandArgs[CommandName] {
  const source = parseSource(text);
  const states = source.root ? buildModel(source).states : [];
  const pick = (n: number) => states[n % Math.max(1, states.length)]?.qid ?? 'missing';
  switch (o.name) {
    case 'state.add':
      return {
        type: o.type,
        next: o.b % 2 ? pick(o.b).split('/').pop() : undefined,
        id: o.a % 3 ? undefined : o.word,
      };
    case 'state.remove':
      return { state: pick(o.a) };
    case 'state.rename':
      return { state: pick(o.a), to: o.b % 2 ? `s${o.b}` : o.word };
    case 'state.duplicate':
      return { state: pick(o.a) };
    case 'transition.connect':
      return { from: pick(o.a), to: pick(o.b), via: o.via, predicate: o.word };
    case 'transition.disconnect':
      return { from: pick(o.a), via: o.via, choiceIndex: o.b % 3 };
    case 'field.unset':
      return { path: `spec.states.${pick(o.a).split('/').pop()}.${['next', 'task.timeoutMs', 'task', 'meta.note'][o.b % 4]}` };
    default:
      return {
        path: `spec.states.${pick(o.a).split('/').pop()}.${o.b % 2 ? 'next' : 'meta.note'}`,
        value: o.word,
      };
  }
}

describe('commands under random use', () => {
  it('never throw or hang, and every result parses', () => {
    fc.assert(
      fc.property(
        fc.nat(files.length - 1),
        mutation,
        fc.array(op, { minLength: 1, maxLength: 6 }),
        (fi, m, ops) => {
          let text = mutate(files[fi].text, m);
          for (const o of ops) {
            const r = runCommand(o.name, text, argsFor(text, o) as never);
            if ('error' in r) {
              expect(r.error).not.toMatch(/Internal error/);
              continue;
            }
            const parsed = parseSource(r.text);
            expect(parsed.root).toBeDefined();
            expect(parsed.doc?.errors ?? []).toEqual([]);
            text = r.text;
          }
        },
      ),
      { numRuns: 80 },
    );
  });
});
