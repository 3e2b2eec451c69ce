/**
 * WAIT-012 (heuristic, ADR-0033): `context.payload` holds a step submission only
 * in the synchronous segment after a `wait`/`webhook`; a state that no external-
 * input state can lead to reads nothing there. Subjourneys and compensation are
 * skipped (their callers decide), parallel branches inherit their owner's status.
 */
import type { StateModel } from '../../../model/types';
import type { Rule } from '../../rule';
import { sitesByState, walkFrom } from './flow';
import { compiledSite } from './static-value';

const PAYLOAD = /\bcontext\s*\.\s*payload\b/;

/** WAIT-012 (heuristic) over the top-level and branch scopes; pure. */
export const waitPayloadRule: Rule = {
  name: 'wait-payload',
  codes: ['WAIT-012'],
  check(ctx) {
    const bySite = sitesByState(ctx.model);
    if (![...bySite.values()].some((list) => list.some((s) => PAYLOAD.test(s.expr)))) return;
    const downstream = new Set<StateModel>();
    for (const scope of ctx.model.scopes) {
      if (scope.kind === 'subjourney' || scope.kind === 'compensation') continue;
      if (scope.kind === 'branch' && scope.owner && downstream.has(scope.owner)) {
        for (const s of scope.states.values()) downstream.add(s);
      }
      for (const s of scope.states.values()) {
        if (s.type === 'wait' || s.type === 'webhook')
          for (const d of walkFrom(s)) downstream.add(d);
      }
    }
    for (const s of ctx.model.states) {
      if (downstream.has(s) || s.scope.kind === 'subjourney' || s.scope.kind === 'compensation')
        continue;
      const site = (bySite.get(s) ?? []).find((x) => PAYLOAD.test(x.expr));
      if (!site) continue;
      const m = PAYLOAD.exec(site.expr)!;
      const c = compiledSite(ctx, site);
      const span = c
        ? { start: c.toSource(m.index), end: c.toSource(m.index + m[0].length) }
        : site.span;
      ctx.add(
        'WAIT-012',
        'warning',
        `State '${s.id}' reads context.payload, but no wait/webhook leads here: there is no step submission to read`,
        { span, path: `${site.path}.expr` },
      );
    }
  },
};
