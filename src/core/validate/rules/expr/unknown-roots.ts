/**
 * EXPR-007: an expression reads only the binding roots of its site (dsl.md
 * §10.2) and its own locals. A bare root that names a `resultVar`/`authVar`
 * the journey writes (`jobStart.body.jobId`) is dialect D09: a warning with a
 * fix to `context.<name>`, and simulated that way.
 */
import { isScalar } from 'yaml';
import type { JourneyModel, ExprSite } from '../../../model/types';
import { AUTH_TASK_KINDS } from '../../../model/types';
import type { AnyNode } from '../../../yaml-nodes';
import { entries, items } from '../../../yaml-nodes';
import type { Rule } from '../../rule';
import { mapSpan } from './map-fix';

const VAR_KEYS = new Set(['resultVar', 'authVar']);

/** Every variable name the journey writes under `context` (`resultVar`, `authVar`, and `auth` for auth tasks). */
export function writtenVars(model: JourneyModel): Set<string> {
  const out = new Set<string>();
  const walk = (node: AnyNode, depth: number) => {
    if (depth > 200 || node == null) return;
    for (const e of entries(node)) {
      if (VAR_KEYS.has(e.key) && isScalar(e.value) && typeof e.value.value === 'string') out.add(e.value.value.split('.')[0]);
      walk(e.value, depth + 1);
    }
    for (const it of items(node)) walk(it, depth + 1);
  };
  walk(model.spec, 0);
  if (model.states.some((s) => (AUTH_TASK_KINDS as readonly string[]).includes(s.task?.kind?.value ?? ''))) out.add('auth');
  return out;
}

/** Roots EXPR-007 allows beyond the model's bindings: `output` in compensation `alsoFor` and named outcomes. */
function extraRoots(site: ExprSite): string[] {
  return site.path.includes('.alsoFor') || site.path.startsWith('spec.outcomes') ? ['output'] : [];
}

/** EXPR-007 errors for unknown roots, warnings (D09) for bare result variables. */
export const unknownRootsRule: Rule = {
  name: 'unknown-roots',
  codes: ['EXPR-007'],
  check(ctx) {
    let vars: Set<string> | undefined;
    for (const c of ctx.compiled) {
      const roots = c.result?.freeRoots;
      if (!roots?.length) continue;
      const allowed = new Set([...c.site.bindings, ...extraRoots(c.site)]);
      for (const r of roots) {
        // `error` and `payload` are DSL roots that are null at some sites: EXPR-010/011 warn about those.
        if (allowed.has(r.name) || r.name === 'error' || r.name === 'payload') continue;
        vars ??= writtenVars(ctx.model);
        const span = mapSpan(c, r.start, r.end);
        const at = { span, path: `${c.site.path}.expr` };
        const dotted = [r.name, ...r.members].join('.');
        if (vars.has(r.name)) {
          ctx.add(
            'EXPR-007',
            'warning',
            `'${dotted}' reads the result variable '${r.name}' without 'context.' — accepted as dialect D09 and read as 'context.${dotted}'`,
            at,
            { fix: { title: `Write 'context.${r.name}'`, edits: [{ span: { start: span.start, end: span.start }, text: 'context.' }] } },
          );
          continue;
        }
        ctx.add(
          'EXPR-007',
          'error',
          `Unknown variable '${r.name}': this expression can read ${[...allowed].map((b) => `'${b}'`).join(', ')} and its own locals`,
          at,
        );
      }
    }
  },
};
