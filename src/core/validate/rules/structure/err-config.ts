/**
 * ERR-004/006/007: `envelope.format: custom` needs a mapper; fields naming a
 * normaliser resolve; unreferenced normalisers and a mapper under a
 * problemDetails envelope are dead configuration (info). Shapes: JSON Schema (ERR-001…003/005).
 */
import { isMap, isScalar } from 'yaml';
import { child, childAt, entries, joinPath, pairOf, spanOf, str } from '../../../yaml-nodes';
import type { Rule } from '../../rule';
import { nodeIndex } from './node-index';
import { closest, keyAt } from './util';

export const errConfig: Rule = {
  name: 'err-config',
  codes: ['ERR-004', 'ERR-006', 'ERR-007'],
  check(ctx) {
    const errors = childAt(ctx.model.spec, 'errors');
    if (!isMap(errors)) return;
    const envelope = child(errors, 'envelope');
    const format = str(child(envelope, 'format')) ?? 'problemDetails';
    if (isMap(envelope)) {
      if (format === 'custom' && !isMap(child(envelope, 'mapper'))) {
        ctx.add(
          'ERR-004',
          'error',
          'envelope.format: custom needs envelope.mapper {lang, expr} producing the error body',
          keyAt(envelope, 'format', 'spec.errors.envelope'),
        );
      }
      if (format === 'problemDetails' && pairOf(envelope, 'mapper')) {
        ctx.add(
          'ERR-007',
          'info',
          'envelope.mapper is ignored unless format: custom',
          keyAt(envelope, 'mapper', 'spec.errors.envelope'),
        );
      }
    }
    const normalisers = new Set(entries(child(errors, 'normalisers')).map((e) => e.key));
    const used = new Set<string>();
    const index = nodeIndex(ctx.source);
    for (const key of ['normaliser', 'normaliserRef', 'normalizer', 'normalizerRef']) {
      for (const hit of index.keys.get(key) ?? []) {
        if (
          !hit.path.startsWith('spec.') ||
          hit.path.startsWith('spec.errors.') ||
          !isScalar(hit.value) ||
          typeof hit.value.value !== 'string'
        )
          continue;
        const id = hit.value.value;
        if (normalisers.has(id)) used.add(id);
        else {
          const guess = closest(id, normalisers);
          ctx.add(
            'ERR-006',
            'warning',
            `Normaliser '${id}' is not declared under spec.errors.normalisers` +
              (guess ? `; did you mean '${guess}'?` : ''),
            { span: spanOf(hit.value), path: hit.path },
          );
        }
      }
    }
    for (const e of entries(child(errors, 'normalisers'))) {
      if (used.has(e.key)) continue;
      ctx.add(
        'ERR-007',
        'info',
        `Normaliser '${e.key}' is never referenced; engines never apply normalisers implicitly`,
        { span: spanOf(e.keyNode), path: joinPath('spec.errors.normalisers', e.key) },
      );
    }
  },
};
