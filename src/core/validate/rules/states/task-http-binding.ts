/**
 * TASK-HTTP-002..007, 019..021, 024: the request side of `httpCall:v1` — mode,
 * binding (operationRef XOR method+url), method, url, body, params/headers and
 * literal credentials. D24 (`params.headers` with a raw binding) is a warning
 * with a fix that rewrites it to task-level `headers`.
 */
import { isMap, isScalar, type Pair, type YAMLMap } from 'yaml';
import type { Fix } from '../../../diagnostics';
import type { StateModel } from '../../../model/types';
import { child, entries, pairOf, spanOf } from '../../../yaml-nodes';
import type { Rule, RuleContext } from '../../rule';
import { lineStartOf, nextLineStart } from './fixes';
import { describe, keyAt, looksLikeSecret, mapperProblem, SECRET_HEADERS, valueAt } from './util';

const METHODS = ['GET', 'POST', 'PUT', 'DELETE'];

/** Checks a name → string map (params.path/query/headers, raw headers). */
function checkStringMap(
  ctx: RuleContext,
  map: unknown,
  path: string,
  at: { span: { start: number; end: number } },
): void {
  if (!isMap(map)) {
    ctx.add(
      'TASK-HTTP-020',
      'error',
      `'${path.split('.').pop()}' must be a map of name → string, not ${describe(map as never)}`,
      { span: at.span, path },
    );
    return;
  }
  for (const e of entries(map)) {
    const v = e.value;
    if (isScalar(v) && typeof v.value === 'string') {
      if (SECRET_HEADERS.test(e.key) && looksLikeSecret(v.value)) {
        ctx.add(
          'TASK-HTTP-024',
          'warning',
          `Header '${e.key}' embeds a literal credential; use an outbound auth policy (auth.policyRef)`,
          { span: spanOf(v), path: `${path}.${e.key}` },
        );
      }
      continue;
    }
    ctx.add(
      'TASK-HTTP-020',
      'error',
      `'${e.key}' must be a string (quote it, e.g. "${isScalar(v) ? String(v.value) : '…'}"), not ${describe(v)}`,
      {
        span: spanOf(v, spanOf(e.keyNode)),
        path: `${path}.${e.key}`,
      },
    );
  }
}

/** D24 fix: `params: {headers: …}` (only headers) → task-level `headers:`, block style, re-indented. */
function paramsToHeadersFix(text: string, task: YAMLMap, paramsPair: Pair): Fix | undefined {
  const params = paramsPair.value;
  if (!isMap(params) || params.items.length !== 1 || pairOf(task, 'headers')) return undefined;
  const headersPair = pairOf(params, 'headers');
  if (!headersPair) return undefined;
  const title = "Move 'params.headers' to task-level 'headers' (raw binding)";
  const pk = spanOf(paramsPair.key);
  const hk = spanOf(headersPair.key);
  const hv = spanOf(headersPair.value, hk);
  if ((params as { flow?: boolean }).flow) {
    return {
      title,
      edits: [
        {
          span: { start: pk.start, end: spanOf(params).end },
          text: `headers: ${text.slice(hv.start, hv.end)}`,
        },
      ],
    };
  }
  const pls = lineStartOf(text, pk.start);
  const hls = lineStartOf(text, hk.start);
  const delta = hk.start - hls - (pk.start - pls);
  if (delta <= 0 || hls === pls) return undefined;
  const end = nextLineStart(text, Math.max(hk.end, hv.end) - 1);
  const block = text.slice(hls, end);
  const lines = block.split('\n');
  if (!lines.every((l) => l.trim() === '' || l.startsWith(' '.repeat(delta)))) return undefined;
  const dedented = lines
    .map((l) => l.slice(Math.min(delta, l.length - l.trimStart().length)))
    .join('\n');
  return { title, edits: [{ span: { start: pls, end }, text: dedented }] };
}

function checkTask(ctx: RuleContext, s: StateModel, task: YAMLMap, base: string): void {
  const mode = child(task, 'mode');
  if (
    mode !== undefined &&
    !(isScalar(mode) && (mode.value === 'requestResponse' || mode.value === 'notify'))
  ) {
    ctx.add(
      'TASK-HTTP-002',
      'error',
      `'mode' must be requestResponse or notify, not ${describe(mode)}`,
      valueAt(task, 'mode', base),
    );
  }
  const hasOp = pairOf(task, 'operationRef') !== undefined;
  const method = child(task, 'method');
  const url = child(task, 'url');
  const raw = method !== undefined || url !== undefined;
  if (hasOp && raw) {
    ctx.add(
      'TASK-HTTP-003',
      'error',
      `Task '${s.id}' has both 'operationRef' and a raw ${url !== undefined ? 'url' : 'method'}; choose one binding`,
      keyAt(task, url !== undefined ? 'url' : 'method', base),
    );
  } else if (!hasOp && !raw) {
    ctx.add(
      'TASK-HTTP-003',
      'error',
      `Task '${s.id}' has no binding: add 'operationRef' or 'method' + 'url'`,
      keyAt(task, 'kind', base),
    );
  } else if (!hasOp) {
    if (method === undefined)
      ctx.add(
        'TASK-HTTP-004',
        'error',
        `Raw HTTP binding without 'method' (GET, POST, PUT or DELETE)`,
        keyAt(task, 'url', base),
      );
    if (url === undefined)
      ctx.add(
        'TASK-HTTP-004',
        'error',
        `Raw HTTP binding without 'url'`,
        keyAt(task, 'method', base),
      );
  }
  if (method !== undefined && !(isScalar(method) && METHODS.includes(String(method.value)))) {
    const upper = isScalar(method) ? String(method.value).toUpperCase() : '';
    const hint = METHODS.includes(upper) ? ` (write '${upper}')` : '';
    ctx.add(
      'TASK-HTTP-005',
      'error',
      `'method' must be GET, POST, PUT or DELETE, not ${describe(method)}${hint}`,
      valueAt(task, 'method', base),
    );
  }
  if (url !== undefined) {
    const u = isScalar(url) && typeof url.value === 'string' ? url.value : undefined;
    if (u === undefined || !/^https?:\/\//.test(u)) {
      const why = u?.startsWith('${')
        ? ' (the literal prefix must be http:// or https:// before any interpolation)'
        : '';
      ctx.add(
        'TASK-HTTP-006',
        'error',
        `'url' must be absolute, starting with http:// or https://${why}`,
        valueAt(task, 'url', base),
      );
    } else if (looksLikeSecret(u)) {
      ctx.add(
        'TASK-HTTP-024',
        'warning',
        `'url' embeds a literal credential; use an outbound auth policy (auth.policyRef)`,
        valueAt(task, 'url', base),
      );
    }
  }
  const body = pairOf(task, 'body');
  if (body) {
    if (isScalar(method) && method.value === 'GET') {
      ctx.add(
        'TASK-HTTP-007',
        'error',
        `A GET request has no body: remove 'body' or change the method`,
        keyAt(task, 'body', base),
      );
    }
    const v = body.value as YAMLMap | undefined;
    const ok = isScalar(v)
      ? typeof v.value === 'string'
      : isMap(v) && (!(pairOf(v, 'mapper') || pairOf(v, 'mapperRef')) || !mapperProblem(v));
    if (!ok) {
      const why = isMap(v) ? mapperProblem(v) : `is ${describe(v)}`;
      ctx.add(
        'TASK-HTTP-019',
        'error',
        `'body' ${why}; use a string, a JSON object or {mapper: {lang, expr}}`,
        valueAt(task, 'body', base),
      );
    }
  }
  const paramsPair = pairOf(task, 'params');
  if (paramsPair) {
    const params = paramsPair.value;
    if (!isMap(params)) {
      ctx.add(
        'TASK-HTTP-020',
        'error',
        `'params' must be a mapping with path, query and/or headers`,
        valueAt(task, 'params', base),
      );
    } else {
      for (const e of entries(params)) {
        const at = { span: spanOf(e.value, spanOf(e.keyNode)) };
        if (['path', 'query', 'headers'].includes(e.key))
          checkStringMap(ctx, e.value, `${base}.params.${e.key}`, at);
        // Not a shape error of the groups (TASK-HTTP-020) but a field outside the plugin contract: never sent.
        else
          ctx.add(
            'TASK-004',
            'warning',
            `'params.${e.key}' is not a parameter group (path, query, headers) and is ignored${e.key === 'body' ? "; did you mean task-level 'body'?" : ''}`,
            keyAt(params, e.key, `${base}.params`),
          );
      }
    }
    if (raw && !hasOp) {
      const fix = paramsToHeadersFix(ctx.source.text, task, paramsPair);
      ctx.add(
        'TASK-HTTP-021',
        'warning',
        `'params' belongs to the operationRef binding (dialect D24); with a raw method/url, headers go in task-level 'headers'${fix ? '' : ' and path/query values in the url'}`,
        keyAt(task, 'params', base),
        fix ? { fix } : undefined,
      );
    }
  }
  const headers = pairOf(task, 'headers');
  if (headers) {
    checkStringMap(ctx, headers.value, `${base}.headers`, {
      span: spanOf(headers.value, spanOf(headers.key)),
    });
    if (hasOp) {
      ctx.add(
        'TASK-HTTP-021',
        'warning',
        `Task-level 'headers' belongs to the raw binding; with operationRef use 'params.headers'`,
        keyAt(task, 'headers', base),
      );
    }
  }
}

/** The request-side httpCall:v1 checks (and D24 with its fix); pure. */
export const taskHttpBindingRule: Rule = {
  name: 'task-http-binding',
  codes: [
    'TASK-004',
    'TASK-HTTP-002',
    'TASK-HTTP-003',
    'TASK-HTTP-004',
    'TASK-HTTP-005',
    'TASK-HTTP-006',
    'TASK-HTTP-007',
    'TASK-HTTP-019',
    'TASK-HTTP-020',
    'TASK-HTTP-021',
    'TASK-HTTP-024',
  ],
  perState: true,
  check(ctx) {
    for (const s of ctx.model.states) {
      if (s.task?.kind?.value === 'httpCall:v1') checkTask(ctx, s, s.task.node, s.task.path);
    }
  },
};
