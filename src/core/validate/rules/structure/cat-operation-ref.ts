/** CAT-002: `operationRef` is `<apiName>.<operationId>` and `<apiName>` is declared under `spec.apis`. */
import { isScalar } from 'yaml';
import { child } from '../../../yaml-nodes';
import type { Rule } from '../../rule';
import { closest, valueAt } from './util';

export const catOperationRef: Rule = {
  name: 'cat-operation-ref',
  codes: ['CAT-002'],
  perState: true,
  check(ctx) {
    const apis = ctx.model.apis;
    for (const state of ctx.model.states) {
      const task = state.task;
      if (!task) continue;
      const ref = child(task.node, 'operationRef');
      if (ref === undefined) continue;
      const at = valueAt(task.node, 'operationRef', task.path);
      const value = isScalar(ref) && typeof ref.value === 'string' ? ref.value : undefined;
      const dot = value?.indexOf('.') ?? -1;
      if (value === undefined || dot <= 0 || dot === value.length - 1) {
        ctx.add(
          'CAT-002',
          'error',
          `operationRef must be '<apiName>.<operationId>', not ${JSON.stringify(value ?? null)}`,
          at,
        );
        continue;
      }
      const api = value.slice(0, dot);
      if (apis.has(api)) continue;
      const guess = closest(api, apis.keys());
      const declared = apis.size
        ? `declared: ${[...apis.keys()].join(', ')}`
        : 'spec.apis is empty or missing';
      const from = at.span.start + quoteOffset(ctx.source.text, at.span.start);
      const edit = guess
        ? {
            fix: {
              title: `Use API '${guess}'`,
              edits: [{ span: { start: from, end: from + api.length }, text: guess }],
            },
          }
        : undefined;
      ctx.add(
        'CAT-002',
        'error',
        `operationRef '${value}' names API '${api}', which is not declared under spec.apis (${declared})` +
          (guess ? `; did you mean '${guess}'?` : ''),
        at,
        edit,
      );
    }
  },
};

/** 1 when the scalar starting at `offset` is quoted (the API name starts after the quote). */
function quoteOffset(text: string, offset: number): number {
  return text[offset] === '"' || text[offset] === "'" ? 1 : 0;
}
