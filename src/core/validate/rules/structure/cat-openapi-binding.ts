/**
 * CAT-003, CAT-004 and the operationRef half of TASK-HTTP-007 (dsl.md §11
 * "OpenAPI operation binding", §5.1): checks an `operationRef` against the
 * OpenAPI document of its `spec.apis.<apiName>.openApiRef`. Needs a host that
 * reads files (`RuleContext.openApi`); without one nothing is reported. A
 * document the host cannot read gives one `info` note (OPENAPI-001) per API.
 */
import { isMap, isScalar, type YAMLMap } from 'yaml';
import type { OpenApiLookup, OpenApiOperation, OpenApiParamLocation } from '../../../openapi-lookup';
import { child, childAt, entries, pairOf, str } from '../../../yaml-nodes';
import type { Rule, RuleContext } from '../../rule';
import { closest, keyAt, valueAt, type At } from './util';

/** Where each parameter location is given in the task. */
const GROUP: Record<OpenApiParamLocation, 'path' | 'query' | 'headers'> = { path: 'path', query: 'query', header: 'headers' };

export const catOpenApiBinding: Rule = {
  name: 'cat-openapi-binding',
  codes: ['CAT-003', 'CAT-004', 'TASK-HTTP-007', 'OPENAPI-001'],
  check(ctx) {
    const resolve = ctx.openApi;
    if (!resolve) return;
    const apis = childAt(ctx.source.root, 'spec.apis');
    const lookups = new Map<string, OpenApiLookup | undefined>();
    const lookup = (api: string): OpenApiLookup | undefined => {
      if (lookups.has(api)) return lookups.get(api);
      const entry = child(apis, api);
      const ref = str(child(entry, 'openApiRef'))?.trim();
      // No usable openApiRef: CAT-001/CAT-002 already say so.
      let found: OpenApiLookup | undefined;
      if (ref) {
        try {
          found = resolve(ref);
        } catch (err) {
          found = { ok: false, reason: String(err) };
        }
        if (found && !found.ok) {
          ctx.add(
            'OPENAPI-001',
            'info',
            `openApiRef '${ref}' of API '${api}' could not be read (${found.reason}); its operationRefs are not checked against it (CAT-003, CAT-004)`,
            valueAt(entry, 'openApiRef', `spec.apis.${api}`),
          );
        }
      }
      lookups.set(api, found);
      return found;
    };

    for (const state of ctx.model.states) {
      const task = state.task;
      if (!task) continue;
      const value = str(child(task.node, 'operationRef'));
      const dot = value?.indexOf('.') ?? -1;
      if (value === undefined || dot <= 0 || dot === value.length - 1) continue; // CAT-002
      const api = value.slice(0, dot);
      const operationId = value.slice(dot + 1);
      if (!ctx.model.apis.has(api)) continue; // CAT-002
      const found = lookup(api);
      if (!found?.ok) continue;
      const at = valueAt(task.node, 'operationRef', task.path);
      const op = found.operations.get(operationId);
      if (!op) {
        unknownOperation(ctx, at, value, api, operationId, found);
        continue;
      }
      missingParams(ctx, task.node, task.path, at, value, op);
      if (op.method === 'GET' && pairOf(task.node, 'body') && !pairOf(task.node, 'method')) {
        ctx.add(
          'TASK-HTTP-007',
          'error',
          `operationRef '${value}' is a GET operation (GET ${op.path}) and a GET request has no body: remove 'body' or use a non-GET operation`,
          keyAt(task.node, 'body', task.path),
        );
      }
    }
  },
};

function unknownOperation(
  ctx: RuleContext,
  at: At,
  value: string,
  api: string,
  operationId: string,
  found: Extract<OpenApiLookup, { ok: true }>,
): void {
  const guess = closest(operationId, found.operations.keys());
  const raw = ctx.source.text.slice(at.span.start, at.span.end);
  // The operationId inside the scalar's text (after a quote, if any).
  const offset = raw.indexOf(value);
  const edit =
    guess && offset >= 0
      ? {
          fix: {
            title: `Use operation '${guess}'`,
            edits: [{ span: { start: at.span.start + offset + api.length + 1, end: at.span.start + offset + value.length }, text: guess }],
          },
        }
      : undefined;
  const ids = [...found.operations.keys()];
  const known = ids.length
    ? `it has ${ids.slice(0, 8).join(', ')}${ids.length > 8 ? ` and ${ids.length - 8} more` : ''}`
    : 'it has no operations with an operationId';
  ctx.add(
    'CAT-003',
    'error',
    `operationRef '${value}': operation '${operationId}' is not in ${found.file} (API '${api}'; ${known})` +
      (guess ? `; did you mean '${guess}'?` : ''),
    at,
    edit,
  );
}

function missingParams(ctx: RuleContext, task: YAMLMap, base: string, at: At, value: string, op: OpenApiOperation): void {
  const params = child(task, 'params');
  // A malformed params block is TASK-HTTP-020's; do not pile on.
  if (params != null && !isMap(params)) return;
  for (const p of op.required) {
    const group = GROUP[p.in];
    const given = child(params, group);
    if (given != null && !isMap(given)) continue; // TASK-HTTP-020
    const has = entries(given).some(
      (e) => (p.in === 'header' ? e.key.toLowerCase() === p.name.toLowerCase() : e.key === p.name) && e.value != null && !(isScalar(e.value) && e.value.value === null),
    );
    if (has) continue;
    const where = given != null ? keyAt(params, group, `${base}.params`) : params != null ? keyAt(task, 'params', base) : at;
    ctx.add(
      'CAT-004',
      'error',
      `operationRef '${value}' (${op.method} ${op.path}) requires ${p.in} parameter '${p.name}': give it a value under params.${group}.${p.name}`,
      where,
    );
  }
}
