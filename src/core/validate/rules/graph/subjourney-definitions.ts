/** SUB-005: each `spec.subjourneys.<id>` has a `start` and a non-empty `states` map (a wrong start is reported by scope-starts). */
import { isMap } from 'yaml';
import { child, entries, joinPath, pairOf, spanOf } from '../../../yaml-nodes';
import type { Rule } from '../../rule';

/** SUB-005 on every spec.subjourneys entry. */
export const subjourneyDefinitionsRule: Rule = {
  name: 'subjourney-definitions',
  codes: ['SUB-005'],
  check(ctx) {
    for (const e of entries(child(ctx.model.spec, 'subjourneys'))) {
      const path = joinPath('spec.subjourneys', e.key);
      const at = { span: spanOf(e.keyNode), path };
      if (!isMap(e.value)) {
        ctx.add(
          'SUB-005',
          'error',
          `Subjourney '${e.key}' must be a mapping with 'start' and 'states'`,
          at,
        );
        continue;
      }
      if (!pairOf(e.value, 'start'))
        ctx.add('SUB-005', 'error', `Subjourney '${e.key}' has no 'start'`, at);
      const states = child(e.value, 'states');
      if (!isMap(states) || entries(states).length === 0) {
        ctx.add('SUB-005', 'error', `Subjourney '${e.key}' has no states`, at);
      }
    }
  },
};
