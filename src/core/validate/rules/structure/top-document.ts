/**
 * TOP-001/002/003/013/014/015/016: the document's required frame — `apiVersion: v1`,
 * `kind: Journey|Api`, a `metadata` mapping, a `spec` mapping with a string
 * `start` and a non-empty `states` mapping that contains `start`.
 */
import { isMap } from 'yaml';
import { child, pairOf, spanOf, str } from '../../../yaml-nodes';
import type { Rule, RuleContext } from '../../rule';
import { reportedElsewhere } from '../schema/claims';
import { closest, describe, keyAt, valueAt, type At } from './util';

export const topDocument: Rule = {
  name: 'top-document',
  codes: ['TOP-001', 'TOP-002', 'TOP-003', 'TOP-013', 'TOP-014', 'TOP-015', 'TOP-016'],
  check(ctx) {
    const root = ctx.model.root;
    if (!root) return;
    const head = headAt(ctx);
    const apiVersion = child(root, 'apiVersion');
    if (!pairOf(root, 'apiVersion')) ctx.add('TOP-001', 'error', "Missing 'apiVersion: v1'", head);
    else if (str(apiVersion) !== 'v1') {
      const at = valueAt(root, 'apiVersion', '');
      ctx.add('TOP-001', 'error', `apiVersion must be 'v1', not ${describe(apiVersion)}`, at, {
        fix: { title: "Set apiVersion to 'v1'", edits: [{ span: at.span, text: 'v1' }] },
      });
    }
    const kind = str(child(root, 'kind'));
    if (kind === 'MetadataLimits') return; // a limits document (LIM-*), not a journey
    if (!pairOf(root, 'kind')) ctx.add('TOP-002', 'error', "Missing 'kind' (Journey or Api)", head);
    else if (kind !== 'Journey' && kind !== 'Api') {
      const guess = kind ? closest(kind, ['Journey', 'Api']) : undefined;
      const at = valueAt(root, 'kind', '');
      ctx.add(
        'TOP-002',
        'error',
        `kind must be 'Journey' or 'Api', not ${describe(child(root, 'kind'))}`,
        at,
        guess
          ? { fix: { title: `Use '${guess}'`, edits: [{ span: at.span, text: guess }] } }
          : undefined,
      );
    }
    const metadata = child(root, 'metadata');
    if (!pairOf(root, 'metadata'))
      ctx.add('TOP-003', 'error', "Missing 'metadata' (name, version)", head);
    else if (!isMap(metadata))
      ctx.add(
        'TOP-003',
        'error',
        `metadata must be a mapping, not ${describe(metadata)}`,
        keyAt(root, 'metadata', ''),
      );
    checkSpec(ctx, head);
  },
};

function checkSpec(ctx: RuleContext, head: At): void {
  const root = ctx.model.root;
  const spec = child(root, 'spec');
  if (!pairOf(root, 'spec')) {
    ctx.add('TOP-013', 'error', "Missing 'spec' (start, states)", head);
    return;
  }
  if (!isMap(spec)) {
    ctx.add(
      'TOP-013',
      'error',
      `spec must be a mapping, not ${describe(spec)}`,
      keyAt(root, 'spec', ''),
    );
    return;
  }
  const specKey = keyAt(root, 'spec', '');
  const start = child(spec, 'start');
  if (!pairOf(spec, 'start')) ctx.add('TOP-014', 'error', "spec has no 'start' state id", specKey);
  else if (str(start) === undefined)
    ctx.add(
      'TOP-014',
      'error',
      `spec.start must be a state id, not ${describe(start)}`,
      valueAt(spec, 'start', 'spec'),
    );
  const states = child(spec, 'states');
  if (!pairOf(spec, 'states')) {
    ctx.add('TOP-015', 'error', "spec has no 'states'", specKey);
    return;
  }
  if (!isMap(states) || states.items.length === 0) {
    const what = isMap(states) ? 'empty' : describe(states);
    ctx.add(
      'TOP-015',
      'error',
      `spec.states must be a non-empty mapping of state id → state, not ${what}`,
      keyAt(spec, 'states', 'spec'),
    );
    return;
  }
  // The graph rules report a missing start as GRAPH-003; do not say it twice.
  const startId = str(start);
  if (
    startId !== undefined &&
    !ctx.model.top.states.has(startId) &&
    !pairOf(states, startId) &&
    !reportedElsewhere('GRAPH-003')
  ) {
    ctx.add(
      'TOP-016',
      'error',
      `spec.start '${startId}' is not a key of spec.states`,
      valueAt(spec, 'start', 'spec'),
    );
  }
}

/** Where document-level omissions are reported: the first key of the file. */
function headAt(ctx: RuleContext): At {
  const first = ctx.model.root?.items[0];
  return { span: spanOf(first?.key, { start: 0, end: 0 }), path: '' };
}
