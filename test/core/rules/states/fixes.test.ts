/**
 * The dialect quick fixes, given a fixture file / when the fix is applied / then
 * exactly that spot is rewritten (nothing else changes) and the warning is gone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/core/validate/validate';
import { applyFix } from '../../../../src/core/validate/rules/states/fixes';

const rules = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'rules');

function fixOnce(fixture: string, code: string) {
  const text = readFileSync(join(rules, fixture, 'journey.yaml'), 'utf8');
  const found = analyze(text, 'journey.yaml').diagnostics.filter((d) => d.code === code);
  expect(found).toHaveLength(1);
  expect(found[0].severity).toBe('warning');
  const fixed = applyFix(text, found[0].fix!);
  return {
    text,
    fixed,
    after: analyze(fixed, 'journey.yaml').diagnostics,
    title: found[0].fix!.title,
  };
}

/** The lines that differ between two texts (line-aligned, for one-spot edits). */
function changedLines(a: string, b: string): { removed: string[]; added: string[] } {
  const x = a.split('\n');
  const y = b.split('\n');
  let head = 0;
  while (head < x.length && x[head] === y[head]) head++;
  let tail = 0;
  while (
    tail < x.length - head &&
    tail < y.length - head &&
    x[x.length - 1 - tail] === y[y.length - 1 - tail]
  )
    tail++;
  return { removed: x.slice(head, x.length - tail), added: y.slice(head, y.length - tail) };
}

describe('dialect fixes', () => {
  it('D02: moves a state-level response into wait.response, re-indented as a whole', () => {
    const { fixed, after, title } = fixOnce('wait/state-level-response-d02', 'STATE-008');
    expect(title).toBe("Move 'response' into 'wait'");
    expect(fixed).toContain(
      [
        '          schema:',
        '            type: object',
        '        response:  # expect: STATE-008',
        '          outputVar: receipt',
        '          schema:',
        '            type: object',
        '            properties:',
        '              receipt:',
        '                type: string',
        '      default: done  # expect: WAIT-004',
      ].join('\n'),
    );
    expect(after.filter((d) => d.code === 'STATE-008' || d.severity === 'error')).toEqual([]);
  });

  it('D01: moves wait.default to a state-level next', () => {
    const { text, fixed, after, title } = fixOnce('wait/default-inside-wait-d01', 'WAIT-004');
    expect(title).toBe("Move 'wait.default' to a state-level 'next'");
    expect(changedLines(text, fixed)).toEqual({
      removed: ['        default: done  # expect: WAIT-004'],
      added: ['      next: done  # expect: WAIT-004'],
    });
    expect(after.filter((d) => d.code.startsWith('WAIT-'))).toEqual([]);
  });

  it('D01: moves webhook.default the same way', () => {
    const { fixed, after } = fixOnce('webhook/default-inside-webhook-d01', 'WEBHOOK-003');
    expect(fixed).toContain(
      '\n        onTimeout: expired\n      next: done  # expect: WEBHOOK-003\n',
    );
    expect(
      after.filter((d) => d.code.startsWith('WEBHOOK-') || d.code.startsWith('WAIT-')),
    ).toEqual([]);
  });

  it('D02: renames a state-level default to next', () => {
    const { text, fixed, after } = fixOnce('state/state-default-d02', 'STATE-004');
    expect(changedLines(text, fixed)).toEqual({
      removed: ['      default: done  # expect: STATE-004'],
      added: ['      next: done  # expect: STATE-004'],
    });
    expect(after.filter((d) => d.code.startsWith('STATE-') && d.severity !== 'info')).toEqual([]);
  });

  it('D10: moves resultVar into the transform block', () => {
    const { text, fixed, after } = fixOnce('xform/result-var-beside-transform-d10', 'XFORM-004');
    expect(changedLines(text, fixed)).toEqual({
      removed: ['      resultVar: summary  # expect: XFORM-004'],
      added: ['        resultVar: summary  # expect: XFORM-004'],
    });
    expect(after.filter((d) => d.code.startsWith('XFORM-') || d.code === 'STATE-008')).toEqual([]);
  });

  it('D11: drops target.path: ""', () => {
    const { text, fixed, after } = fixOnce('xform/empty-path-d11', 'XFORM-010');
    expect(changedLines(text, fixed)).toEqual({
      removed: ['          path: ""  # expect: XFORM-010'],
      added: [],
    });
    expect(after.filter((d) => d.code.startsWith('XFORM-'))).toEqual([]);
  });

  it('D24: rewrites params.headers to task-level headers on a raw binding', () => {
    const { text, fixed, after } = fixOnce(
      'task-http/params-with-raw-binding-d24',
      'TASK-HTTP-021',
    );
    expect(changedLines(text, fixed)).toEqual({
      removed: [
        '        params:  # expect: TASK-HTTP-021',
        '          headers:',
        '            Accept: application/json',
      ],
      added: ['        headers:', '          Accept: application/json'],
    });
    expect(after.filter((d) => d.code.startsWith('TASK-'))).toEqual([]);
  });

  it('STATE-005: offers to lift task.next to the state level', () => {
    const { fixed, after } = (() => {
      const text = readFileSync(join(rules, 'state/next-inside-block', 'journey.yaml'), 'utf8');
      const d = analyze(text, 'journey.yaml').diagnostics.find((x) => x.code === 'STATE-005')!;
      expect(d.severity).toBe('error');
      const out = applyFix(text, d.fix!);
      return { fixed: out, after: analyze(out, 'journey.yaml').diagnostics };
    })();
    expect(fixed).toContain('\n      next: done  # expect: STATE-005\n');
    expect(after.filter((d) => d.code.startsWith('STATE-') && d.severity !== 'info')).toEqual([]);
  });

  it('D11 and D24 in flow style: rewrite inside the braces', () => {
    const read = (f: string) => readFileSync(join(rules, f, 'journey.yaml'), 'utf8');
    const d11 = read('xform/empty-path-d11').replace(
      '        target:\n          kind: context\n          path: ""  # expect: XFORM-010',
      '        target: { path: "", kind: context }',
    );
    const d24 = read('task-http/params-with-raw-binding-d24').replace(
      '        params:  # expect: TASK-HTTP-021\n          headers:\n            Accept: application/json',
      '        params: { headers: { Accept: application/json } }',
    );
    for (const [text, code, line] of [
      [d11, 'XFORM-010', '        target: { kind: context }'],
      [d24, 'TASK-HTTP-021', '        headers: { Accept: application/json }'],
    ] as const) {
      const d = analyze(text, 'journey.yaml').diagnostics.find((x) => x.code === code)!;
      const fixed = applyFix(text, d.fix!);
      expect(fixed.split('\n')).toContain(line);
      expect(analyze(fixed, 'journey.yaml').diagnostics.filter((x) => x.code === code)).toEqual([]);
    }
  });

  it('keeps CRLF line endings when moving a key', () => {
    const text = readFileSync(
      join(rules, 'wait/default-inside-wait-d01', 'journey.yaml'),
      'utf8',
    ).replace(/\n/g, '\r\n');
    const d = analyze(text, 'journey.yaml').diagnostics.find((x) => x.code === 'WAIT-004')!;
    const fixed = applyFix(text, d.fix!);
    expect(fixed).toContain(
      '        onTimeout: expired\r\n      next: done  # expect: WAIT-004\r\n',
    );
    expect(fixed.replace(/\r\n/g, '')).not.toContain('\n');
    expect(
      analyze(fixed, 'journey.yaml').diagnostics.filter((x) => x.code.startsWith('WAIT-')),
    ).toEqual([]);
  });
});
