/**
 * TOP-019: removed constructs (ADR-0028/0029/0032/0015): `spec.resources`,
 * `spec.route`, `spec.apiResponses`, and `exprRef`/`cacheRef` anywhere. Where a
 * more specific rule exists (BIND-008 for `bindings.http.security`, AUTH-003 for
 * `webhook.security`, EXPR-003 for `exprRef`, TASK-CACHE-008 for `cacheRef`) that
 * rule reports it instead.
 */
import { entries, spanOf } from '../../../yaml-nodes';
import type { Rule } from '../../rule';
import { reportedElsewhere } from '../schema/claims';
import { nodeIndex } from './node-index';
import { keyAt } from './util';
import { lookupTable } from '../../../own-property';

const SPEC_LEVEL: Readonly<Record<string, string>> = lookupTable({
  resources:
    'spec.resources was removed (ADR-0028): caches are engine configuration; cache tasks name no cache',
  route: 'spec.route moved to spec.bindings.http.route (ADR-0029)',
  apiResponses: 'spec.apiResponses moved to spec.bindings.http.apiResponses (ADR-0029)',
});
const ANYWHERE: Readonly<Record<string, [string, string]>> = lookupTable({
  exprRef: ['EXPR-003', 'exprRef was removed (ADR-0015): write the expression inline as expr'],
  cacheRef: ['TASK-CACHE-008', 'cacheRef was removed (ADR-0028): cache tasks use the engine cache'],
});

export const topLegacy: Rule = {
  name: 'top-legacy',
  codes: ['TOP-019'],
  check(ctx) {
    const spec = ctx.model.spec;
    if (!spec) return;
    for (const e of entries(spec)) {
      const why = SPEC_LEVEL[e.key];
      if (why) ctx.add('TOP-019', 'error', why, keyAt(spec, e.key, 'spec'));
    }
    const index = nodeIndex(ctx.source);
    for (const [key, [code, why]] of Object.entries(ANYWHERE)) {
      if (reportedElsewhere(code)) continue;
      for (const hit of index.keys.get(key) ?? [])
        ctx.add('TOP-019', 'error', why, { span: spanOf(hit.key), path: hit.path });
    }
  },
};
