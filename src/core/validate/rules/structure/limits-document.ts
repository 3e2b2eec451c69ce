/**
 * LIM-001…004: a `kind: MetadataLimits` document — `apiVersion: v1`, every limit a
 * positive integer, and the default lifetime within the upper bound.
 */
import { isMap, isScalar } from 'yaml';
import { child, childAt, entries, joinPath, spanOf, str, type AnyNode } from '../../../yaml-nodes';
import type { Rule, RuleContext } from '../../rule';
import { describe, valueAt } from './util';

export const limitsDocument: Rule = {
  name: 'limits-document',
  codes: ['LIM-001', 'LIM-002', 'LIM-003', 'LIM-004'],
  check(ctx) {
    const root = ctx.model.root;
    if (str(child(root, 'kind')) !== 'MetadataLimits') return;
    if (str(child(root, 'apiVersion')) !== 'v1')
      ctx.add(
        'LIM-004',
        'error',
        "A MetadataLimits document has 'apiVersion: v1'",
        valueAt(root, 'apiVersion', ''),
      );
    const spec = child(root, 'spec');
    const exec = child(spec, 'execution');
    const special: Record<string, string> = {
      defaultMaxDurationSec: 'LIM-001',
      maxDurationUpperBoundSec: 'LIM-002',
    };
    walk(ctx, spec, 'spec', (key) => (exec && special[key]) || 'LIM-004');
    const def = (child(exec, 'defaultMaxDurationSec') as { value?: unknown } | undefined)?.value;
    const bound = (child(exec, 'maxDurationUpperBoundSec') as { value?: unknown } | undefined)
      ?.value;
    if (
      typeof def === 'number' &&
      typeof bound === 'number' &&
      def >= 1 &&
      bound >= 1 &&
      def > bound
    ) {
      ctx.add(
        'LIM-003',
        'warning',
        `defaultMaxDurationSec (${def}) exceeds maxDurationUpperBoundSec (${bound})`,
        valueAt(childAt(spec, 'execution'), 'defaultMaxDurationSec', 'spec.execution'),
      );
    }
  },
};

function walk(
  ctx: RuleContext,
  node: AnyNode,
  path: string,
  codeFor: (key: string) => string,
): void {
  for (const e of entries(node)) {
    const p = joinPath(path, e.key);
    if (isMap(e.value)) {
      walk(ctx, e.value, p, codeFor);
      continue;
    }
    const v = isScalar(e.value) ? e.value.value : undefined;
    if (typeof v === 'number' && Number.isInteger(v) && v >= 1) continue;
    ctx.add(codeFor(e.key), 'error', `${p} must be a positive integer, not ${describe(e.value)}`, {
      span: spanOf(e.value, spanOf(e.keyNode)),
      path: p,
    });
  }
}
