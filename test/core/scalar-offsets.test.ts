/** Expression diagnostics land on the characters the user wrote, whatever the YAML quoting. */
import { describe, expect, it } from 'vitest';
import { locate } from '../../src/core/diagnostics';
import { analyze } from '../../src/core/validate/validate';
import { corpus } from '../support/corpus';

const base = corpus().find((f) => f.name === 'approval-loop')!.text;

/** The approval-loop journey with its first choice predicate written as `exprYaml`. */
function withPredicate(exprYaml: string): string {
  const text = base.replace('expr: |\n                context.payload.decision == "approved"', `expr: ${exprYaml}`);
  expect(text).not.toBe(base);
  return text;
}

/** The source text under the EXPR-007 finding for the unknown root `ctx`. */
function underlined(text: string): string {
  const d = analyze(text, 'q.journey.yaml').diagnostics.find((x) => x.code === 'EXPR-007' && x.message.includes("'ctx'"));
  expect(d, 'EXPR-007 for ctx').toBeDefined();
  const at = locate(d!, analyze(text).source.lines);
  const line = text.split('\n')[at.line - 1];
  return line.slice(at.column - 1, at.column - 1 + 3);
}

describe('expression offsets inside quoted scalars', () => {
  it("single quotes with '' escapes before the problem", () => {
    expect(underlined(withPredicate(`'context.x == ''PAID'' and ctx.ok'`))).toBe('ctx');
  });
  it('double quotes with \\" and \\u escapes before the problem', () => {
    expect(underlined(withPredicate(`"context.x == \\"PAID\\" and context.y == \\"\\u00e9\\" and ctx.ok"`))).toBe('ctx');
  });
  it('plain scalars', () => {
    expect(underlined(withPredicate(`context.x == 1 and ctx.ok`))).toBe('ctx');
  });
});
