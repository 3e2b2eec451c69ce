/**
 * PLAT-003/004/005/006: platform reads in expressions — only documented paths
 * (PLAT-005), `platform.config.<k>` declared (PLAT-003), optional keys guarded
 * with `default` (PLAT-004, heuristic), no branching on `platform.environment`
 * (PLAT-006). Shapes of `spec.platform.config` are in the JSON Schema (PLAT-001/002).
 */
import { isMap } from 'yaml';
import { child, childAt, entries } from '../../../yaml-nodes';
import type { Rule } from '../../rule';
import { closest } from './util';
import { blankStrings, rootReads } from './expr-roots';
import { lookupTable } from '../../../own-property';

const KNOWN: Readonly<Record<string, readonly string[] | null>> = lookupTable({
  environment: null,
  journey: ['name', 'kind', 'version'],
  run: ['id', 'startedAt', 'traceparent'],
  config: null,
});

export const platConfig: Rule = {
  name: 'plat-config',
  codes: ['PLAT-003', 'PLAT-004', 'PLAT-005', 'PLAT-006'],
  check(ctx) {
    const config = childAt(ctx.model.spec, 'platform.config');
    const declared = new Map<string, boolean>();
    for (const e of entries(config))
      declared.set(
        e.key,
        !isMap(e.value) ||
          child(e.value, 'required') === undefined ||
          (child(e.value, 'required') as { value?: unknown }).value !== false,
      );
    for (const read of rootReads(ctx, 'platform')) {
      const at = { span: read.span, path: read.site.path };
      const [area, sub] = read.members;
      if (area === undefined) continue; // the whole `platform` object: nothing to check
      if (!(area in KNOWN)) {
        ctx.add(
          'PLAT-005',
          'error',
          `'platform.${area}' is not a platform binding; use platform.environment, platform.journey.*, platform.run.* or platform.config.<key>`,
          at,
        );
        continue;
      }
      const allowed = KNOWN[area];
      if (allowed && sub !== undefined && !allowed.includes(sub)) {
        ctx.add(
          'PLAT-005',
          'error',
          `'platform.${area}.${sub}' is not defined; platform.${area} has ${allowed.join(', ')}`,
          at,
        );
      }
      if (area === 'config' && sub !== undefined) {
        if (!declared.has(sub)) {
          const guess = closest(sub, declared.keys());
          ctx.add(
            'PLAT-003',
            'warning',
            `platform.config.${sub} is not declared under spec.platform.config` +
              (guess ? `; did you mean '${guess}'?` : ''),
            at,
          );
        } else if (declared.get(sub) === false && !guarded(read.site.expr, sub)) {
          ctx.add(
            'PLAT-004',
            'warning',
            `platform.config.${sub} is optional (required: false); guard its absence, e.g. 'platform.config.${sub} default …'`,
            at,
          );
        }
      }
      if (area === 'environment' && read.site.role === 'predicate') {
        ctx.add(
          'PLAT-006',
          'warning',
          'Branching on platform.environment makes behaviour differ per environment; declare a platform.config key for the knob instead',
          at,
        );
      }
    }
  },
};

function guarded(expr: string, key: string): boolean {
  const text = blankStrings(expr);
  const path = `platform\\s*\\.\\s*config\\s*\\.\\s*${key}`;
  return (
    new RegExp(`${path}\\s*\\)?\\s*default\\b`).test(text) ||
    new RegExp(`${path}\\s*[!=]=\\s*null|null\\s*[!=]=\\s*${path}|isEmpty\\s*\\(\\s*${path}`).test(
      text,
    )
  );
}
