/**
 * The state rules stay linear: on a generated 2,000-state journey (tasks,
 * choices, transforms and waits in a chain) they finish far inside the 50 ms
 * validation budget. The bound is loose on purpose (shared, loaded CI machines);
 * it exists to catch an accidental O(n²) walk, which would take seconds here.
 */
import { describe, expect, it } from 'vitest';
import { diag, type Diagnostic } from '../../../../src/core/diagnostics';
import type { RuleContext } from '../../../../src/core/validate/rule';
import { stateRules } from '../../../../src/core/validate/rules/states-index';
import { analyze } from '../../../../src/core/validate/validate';

function bigJourney(n: number): string {
  const out = [
    'apiVersion: v1',
    'kind: Journey',
    'metadata:',
    '  name: big',
    '  version: 0.1.0',
    'spec:',
    '  start: s0',
    '  states:',
  ];
  for (let i = 0; i < n; i++) {
    const next = i + 1 < n ? `s${i + 1}` : 'done';
    switch (i % 4) {
      case 0:
        out.push(
          `    s${i}:`,
          '      type: task',
          '      task:',
          '        kind: httpCall:v1',
          '        method: GET',
          `        url: https://api.example.com/items/${i}`,
          '        timeoutMs: 2000',
          `        resultVar: r${i}`,
          `      next: ${next}`,
        );
        break;
      case 1:
        out.push(
          `    s${i}:`,
          '      type: choice',
          '      choices:',
          '        - when:',
          '            predicate:',
          '              lang: dataweave',
          `              expr: context.r${i - 1}.ok == true`,
          `          next: ${next}`,
          '      default: failed',
        );
        break;
      case 2:
        out.push(
          `    s${i}:`,
          '      type: transform',
          '      transform:',
          '        mapper:',
          '          lang: dataweave',
          `          expr: context.r${i - 2}.body`,
          '        target:',
          '          kind: context',
          `          path: data${i}`,
          `      next: ${next}`,
        );
        break;
      default:
        out.push(
          `    s${i}:`,
          '      type: wait',
          '      wait:',
          '        channel: manual',
          '        input:',
          '          schema:',
          '            type: object',
          `      next: ${next}`,
        );
    }
  }
  out.push(
    '    done:',
    '      type: succeed',
    '    failed:',
    '      type: fail',
    '      errorCode: FAILED',
    '      reason: A call failed',
  );
  return `${out.join('\n')}\n`;
}

function contextFor(n: number): { ctx: RuleContext; found: Diagnostic[]; states: number } {
  const base = analyze(bigJourney(n), 'big.journey.yaml', { rules: [] });
  const found: Diagnostic[] = [];
  const ctx: RuleContext = {
    source: base.source,
    model: base.model,
    compiled: base.compiled,
    report: (d) => found.push(d),
    add: (code, severity, message, at, extra) =>
      found.push(diag(code, severity, message, at.span, at.path, extra)),
  };
  return { ctx, found, states: base.model.states.length };
}

describe('state rules on a 2,000-state journey', () => {
  let cached: ReturnType<typeof contextFor> | undefined;
  const bigContext = () => (cached ??= contextFor(2000));

  it('find nothing to report in a valid journey', () => {
    const big = bigContext();
    expect(big.states).toBe(2002);
    for (const rule of stateRules) rule.check(big.ctx);
    expect(big.found.filter((d) => d.severity !== 'info')).toEqual([]);
  });
});
