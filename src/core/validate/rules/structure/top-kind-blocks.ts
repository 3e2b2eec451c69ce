/**
 * TOP-020 (info): blocks that only have an effect on `kind: Journey` are flagged
 * on `kind: Api` (cancellation, metadata bindings, read access, outcome
 * projection, hypermedia links). Dead configuration, not an error.
 */
import { child, pairOf } from '../../../yaml-nodes';
import type { Rule } from '../../rule';
import { keyAt } from './util';

const JOURNEY_ONLY: Array<[string, string]> = [
  ['lifecycle.cancellable', 'an Api call cannot be cancelled'],
  ['metadata.bindings', 'an Api has no journey instance to tag'],
  ['access', 'an Api has no status/result reads to guard'],
  ['output.response', 'an Api returns its output directly, there is no JourneyOutcome to extend'],
  ['httpSurface', 'an Api has no Journeys API links'],
];

export const topKindBlocks: Rule = {
  name: 'top-kind-blocks',
  codes: ['TOP-020'],
  check(ctx) {
    if (ctx.model.kind !== 'Api' || !ctx.model.spec) return;
    for (const [path, why] of JOURNEY_ONLY) {
      const parts = path.split('.');
      const last = parts.pop()!;
      let parent: ReturnType<typeof child> = ctx.model.spec;
      for (const p of parts) parent = child(parent, p);
      if (!pairOf(parent, last)) continue;
      const base = ['spec', ...parts].join('.');
      ctx.add(
        'TOP-020',
        'info',
        `spec.${path} has no effect on kind: Api (${why})`,
        keyAt(parent, last, base),
      );
    }
  },
};
