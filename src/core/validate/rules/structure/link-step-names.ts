/**
 * LINK-002: wait/webhook ids become `/steps/{id}` and `_links.<id>`; `cancel` collides
 * with the cancel step (error), `self`/`result` with reserved relations (warning).
 */
import type { Rule } from '../../rule';

export const linkStepNames: Rule = {
  name: 'link-step-names',
  codes: ['LINK-002'],
  check(ctx) {
    for (const s of ctx.model.states) {
      if (s.type !== 'wait' && s.type !== 'webhook') continue;
      const at = { span: s.keySpan, path: s.path };
      if (s.id === 'cancel') {
        ctx.add(
          'LINK-002',
          'error',
          "A wait/webhook state cannot be called 'cancel': /steps/cancel and _links.cancel cancel the journey",
          at,
        );
      } else if (s.id === 'self' || s.id === 'result') {
        ctx.add(
          'LINK-002',
          'warning',
          `'${s.id}' is a reserved link relation; name this ${s.type} state differently so _links.${s.id} stays unambiguous`,
          at,
        );
      }
    }
  },
};
