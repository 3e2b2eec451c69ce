/**
 * The preview of a journey of thousands of states ends: its runs share one budget, past which the
 * remaining outcomes are `undecided` and say why, and such outcomes are never reported as
 * indistinguishable from OK (AUTHLINT-006).
 */
import { describe, expect, it } from 'vitest';
import { generateJourney } from '../../../bench/generate-journey';
import { PREVIEW_BUDGET_SPENT } from '../../../src/core/auth/interpreter';
import { indistinguishableDiagnostics } from '../../../src/core/auth/preview-diagnostics';
import { previewAuth, previewAuthText } from '../../../src/core/auth/preview';
import { shortestPathTo, scopeStart } from '../../../src/core/auth/flow';
import { analyze } from '../../../src/core/validate/validate';

describe('auth preview on a large journey', () => {
  it('a 3,000-state chain: early auth states are previewed, later ones end undecided with the reason', async () => {
    const a = analyze(generateJourney(3000), 'big.journey.yaml');
    const p = await previewAuth(a.model, { maxTotalSteps: 5_000 });
    expect(p.authStates.length).toBe(1000);
    const first = p.authStates[0].outcomes;
    expect(first.some((o) => o.ends.kind === 'undecided' && o.ends.reason === PREVIEW_BUDGET_SPENT)).toBe(false);
    const last = p.authStates.at(-1)!.outcomes;
    expect(last.every((o) => o.ends.kind === 'undecided' && o.ends.reason === PREVIEW_BUDGET_SPENT)).toBe(true);
    const flagged = new Set(indistinguishableDiagnostics(a.model, p).map((d) => d.span.start));
    expect(flagged.has(p.authStates.at(-1)!.span.start)).toBe(false);
  });

  it('the path to a state deep in a long chain is found in one linear walk', () => {
    const a = analyze(generateJourney(10000), 'deep.journey.yaml');
    const start = scopeStart(a.model.top)!;
    const last = a.model.states.find((s) => s.id === 's9999')!;
    expect(shortestPathTo(start, last)?.length).toBe(10000);
  });

  it('small journeys are previewed in full as before', async () => {
    const p = await previewAuthText(generateJourney(30));
    expect(p.authStates.flatMap((s) => s.outcomes).some((o) => o.ends.kind === 'undecided' && o.ends.reason === PREVIEW_BUDGET_SPENT)).toBe(false);
  });
});
