/**
 * BIND-006/012/014: keys of `bindings.http.steps`, `bindings.websocket.steps` and
 * `bindings.queue.steps` name `wait`/`webhook` states (the only states that take
 * step requests).
 */
import type { YAMLMap } from 'yaml';
import { child, childAt, entries, joinPath, spanOf, str } from '../../../yaml-nodes';
import type { Rule } from '../../rule';
import { closest } from './util';

const BINDINGS: Array<[string, string]> = [
  ['http', 'BIND-006'],
  ['websocket', 'BIND-012'],
  ['queue', 'BIND-014'],
];

export const bindStepIds: Rule = {
  name: 'bind-step-ids',
  codes: ['BIND-006', 'BIND-012', 'BIND-014'],
  check(ctx) {
    const spec = ctx.model.spec;
    if (!spec) return;
    const steps = new Set<string>();
    const byId = new Map<string, string>();
    for (const s of ctx.model.states) {
      if (s.type === 'wait' || s.type === 'webhook') steps.add(s.id);
      else if (s.type) byId.set(s.id, s.type);
    }
    for (const [binding, code] of BINDINGS) {
      const map = childAt(spec, `bindings.${binding}.steps`) as YAMLMap | undefined;
      for (const e of entries(map)) {
        const field =
          binding === 'websocket' ? 'messageType' : binding === 'queue' ? 'channel' : undefined;
        if (field && !str(child(e.value, field))) {
          ctx.add(code, 'error', `bindings.${binding}.steps.${e.key} needs a non-empty ${field}`, {
            span: spanOf(e.keyNode),
            path: joinPath(`spec.bindings.${binding}.steps`, e.key),
          });
        }
        if (steps.has(e.key)) continue;
        const other = byId.get(e.key);
        const guess = closest(e.key, steps);
        const why = other ? `'${e.key}' is a ${other} state` : `there is no state '${e.key}'`;
        ctx.add(
          code,
          'error',
          `bindings.${binding}.steps keys must be wait/webhook state ids: ${why}` +
            (guess ? `; did you mean '${guess}'?` : ''),
          {
            span: spanOf(e.keyNode),
            path: joinPath(`spec.bindings.${binding}.steps`, e.key),
          },
        );
      }
    }
  },
};
