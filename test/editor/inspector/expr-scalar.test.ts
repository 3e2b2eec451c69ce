import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse } from 'yaml';
import { inlineFor, inlineScalar, setChoicePredicate } from '../../../src/core/commands/expr-set';
import { analyzeForEditor } from '../../../src/editor/analysis';

describe('expression scalars written by the inspector', () => {
  it('a one-line expression reads back exactly as typed, whatever its characters', () => {
    fc.assert(
      fc.property(fc.string().filter((s) => !/[\n\r]/.test(s)), (s) => {
        expect(parse(`expr: ${inlineScalar(s)}\n`)).toEqual({ expr: s });
      }),
      { numRuns: 500 },
    );
    expect(inlineScalar('context.ok')).toBe('context.ok');
    expect(inlineScalar('"a" == context.b')).toBe('"\\"a\\" == context.b"');
    const at = { path: 'x', expr: '', span: { start: 0, end: 0 }, block: false };
    fc.assert(
      fc.property(fc.string().filter((s) => !/[\n\r]/.test(s)), fc.constantFrom(undefined, 'single' as const, 'double' as const), (s, quote) => {
        expect(parse(`{ expr: ${inlineFor({ ...at, ...(quote ? { quote } : {}) }, s)} }`)).toEqual({ expr: s });
      }),
      { numRuns: 500 },
    );
  });

  it('a flow-style predicate is edited in place and becomes a | block only when it spans lines', () => {
    const text = [
      'apiVersion: v1',
      'kind: Journey',
      'metadata: { name: t, version: 0.1.0 }',
      'spec:',
      '  start: route',
      '  states:',
      '    route:',
      '      type: choice',
      '      choices:',
      '        - when: { predicate: { lang: dataweave, expr: "context.a == 1" } }',
      '          next: done',
      '      default: done',
      '    done: { type: succeed }',
      '',
    ].join('\n');
    const one = setChoicePredicate(text, 'route', 0, 'context.a == 2');
    if ('error' in one) throw new Error(one.error);
    expect(one.text).toBe(text.replace('"context.a == 1"', '"context.a == 2"'));
    const many = setChoicePredicate(one.text, 'route', 0, 'context.a == 2\nor context.b');
    if ('error' in many) {
      // A block scalar cannot live inside a flow mapping: refused, never broken YAML.
      expect(many.error).toMatch(/YAML/);
    } else {
      expect(analyzeForEditor(many.text, 't.journey.yaml').view).toBeDefined();
    }
  });

  it('blank lines and comments after a block predicate survive an edit', () => {
    const text = [
      'apiVersion: v1',
      'kind: Journey',
      'metadata: { name: t, version: 0.1.0 }',
      'spec:',
      '  start: route',
      '  states:',
      '    route:',
      '      type: choice',
      '      choices:',
      '        - next: done',
      '          when:',
      '            predicate:',
      '              lang: dataweave',
      '              expr: |-',
      '                context.a == 1',
      '',
      '      # otherwise',
      '      default: done',
      '    done: { type: succeed }',
      '',
    ].join('\n');
    const res = setChoicePredicate(text, 'route', 0, 'context.a == 1\n  or context.b');
    if ('error' in res) throw new Error(res.error);
    expect(res.text).toBe(text.replace('context.a == 1\n', 'context.a == 1\n                  or context.b\n'));
  });
});
