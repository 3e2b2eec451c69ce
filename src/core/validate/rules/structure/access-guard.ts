/**
 * ACC-002/003/004: `spec.access.read.guardRef` names a subjourney; its output can
 * carry `allowed` (ACC-003, when statically evident: no expression of the guard
 * mentions `allowed` at all); it runs synchronously within a GET (no
 * wait/webhook/timer, also in its branches).
 */
import { childAt, str } from '../../../yaml-nodes';
import type { ScopeModel } from '../../../model/types';
import type { Rule } from '../../rule';
import { closest, valueAt } from './util';

export const accessGuard: Rule = {
  name: 'access-guard',
  codes: ['ACC-002', 'ACC-003', 'ACC-004'],
  check(ctx) {
    const read = childAt(ctx.model.spec, 'access.read');
    const ref = str(childAt(read, 'guardRef'));
    if (!read || childAt(read, 'guardRef') === undefined) return;
    const at = valueAt(read, 'guardRef', 'spec.access.read');
    if (!ref) {
      ctx.add('ACC-002', 'error', 'guardRef must name a subjourney under spec.subjourneys', at);
      return;
    }
    const guard = ctx.model.subjourneys.get(ref);
    if (!guard) {
      const guess = closest(ref, ctx.model.subjourneys.keys());
      ctx.add(
        'ACC-002',
        'error',
        `guardRef '${ref}' names no subjourney under spec.subjourneys` +
          (guess ? `; did you mean '${guess}'?` : ''),
        at,
        guess
          ? { fix: { title: `Use '${guess}'`, edits: [{ span: at.span, text: guess }] } }
          : undefined,
      );
      return;
    }
    const scopes: ScopeModel[] = [guard];
    const inGuard = new Set<ScopeModel>(scopes);
    for (let i = 0; i < scopes.length; i++) {
      for (const s of scopes[i]!.states.values()) {
        scopes.push(...s.branches);
        s.branches.forEach((b) => inGuard.add(b));
        if (s.type === 'wait' || s.type === 'webhook' || s.type === 'timer') {
          ctx.add(
            'ACC-004',
            'warning',
            `Read guard '${ref}' contains ${s.type} state '${s.id}': a guard runs within a GET and cannot pause`,
            { span: s.keySpan, path: s.path },
          );
        }
      }
    }
    const writesAllowed = ctx.model.exprSites.some(
      (site) => site.state && inGuard.has(site.state.scope) && /\ballowed\b/.test(site.expr),
    );
    if (writesAllowed) return;
    for (const s of guard.states.values()) {
      if (s.type !== 'succeed') continue;
      ctx.add(
        'ACC-003',
        'error',
        `Read guard '${ref}' ends here without ever computing 'allowed': its output must be an object with a boolean 'allowed'`,
        { span: s.keySpan, path: s.path },
      );
    }
  },
};
