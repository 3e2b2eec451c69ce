/** GRAPH-012: wait/webhook ids are unique across all scopes, since `/steps/{stepId}` and `_links.<stateId>` use the bare id. */
import { isExternalInput } from '../../../graph/state-kinds';
import type { StateModel } from '../../../model/types';
import type { Rule } from '../../rule';

/** GRAPH-012 on every repeated wait/webhook id after the first. */
export const stepIdsRule: Rule = {
  name: 'step-ids',
  codes: ['GRAPH-012'],
  check(ctx) {
    const byId = new Map<string, StateModel[]>();
    for (const s of ctx.model.states) {
      if (!isExternalInput(s)) continue;
      byId.set(s.id, [...(byId.get(s.id) ?? []), s]);
    }
    for (const [id, list] of byId) {
      if (list.length < 2) continue;
      for (const s of list.slice(1)) {
        ctx.add(
          'GRAPH-012',
          'warning',
          `Step id '${id}' is used by ${list.length} wait/webhook states (${list.map((x) => `'${x.qid}'`).join(', ')}); /steps/${id} cannot tell them apart`,
          {
            span: s.keySpan,
            path: s.path,
          },
        );
      }
    }
  },
};
