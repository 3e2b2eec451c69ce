/**
 * LIFE-004 on generated journeys: one finding per heuristic however large the
 * journey (a 2,000-state chain, a 2,000-state loop), and the startMode: async
 * fix silences it. Case-by-case behaviour lives in test/fixtures/rules/life.
 */
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../../../src/core/commands/yaml-splice';
import { graphRules } from '../../../../src/core/validate/rules/graph-index';
import { analyze } from '../../../../src/core/validate/validate';
import { bigJourney } from '../structure/big-journey';

const life004 = (text: string) => {
  const a = analyze(text, 'big.journey.yaml', { rules: graphRules });
  return a.diagnostics
    .filter((d) => d.code === 'LIFE-004')
    .map((d) => ({ d, line: a.source.lines.positionAt(d.span.start).line }));
};

describe('LIFE-004 on a 2,000-state journey', () => {
  const chain = bigJourney(2000);

  it('reports the long HTTP chain once, at the sixth call', () => {
    const found = life004(chain);
    expect(found).toHaveLength(1);
    expect(found[0].d.severity).toBe('warning');
    expect(found[0].d.path).toBe('spec.states.s15');
    expect(found[0].d.message).toContain('667 HTTP calls');
  });

  it('reports a loop over the whole journey once, where it closes', () => {
    const loop = chain.replace(/next: end\n/, 'next: s0\n');
    const found = life004(loop).filter((f) => f.d.message.includes('loops through'));
    expect(found).toHaveLength(1);
    expect(found[0].d.path).toBe('spec.states.s1999');
  });

  it('is silenced by its startMode: async fix', () => {
    const [{ d }] = life004(chain);
    const fixed = applyEdits(chain, d.fix!.edits);
    expect(fixed).toContain('startMode: async');
    expect(life004(fixed)).toEqual([]);
  });
});
