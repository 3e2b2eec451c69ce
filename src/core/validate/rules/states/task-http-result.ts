/**
 * TASK-HTTP-008..018, 022, 023: the result side of `httpCall:v1` — mode vs
 * resultVar/errorMapping, timeout, policy references, errorMapping shape, cookies.
 */
import { isMap, isScalar, type YAMLMap } from 'yaml';
import { child, childAt, entries, pairOf, spanOf } from '../../../yaml-nodes';
import type { Rule, RuleContext } from '../../rule';
import { deletePairFix } from './fixes';
import { DOT_PATH, IDENT, describe, isIntAtLeast, keyAt, mapperProblem, valueAt } from './util';

function definitionIds(spec: unknown, path: string): Set<string> {
  return new Set(entries(childAt(spec as YAMLMap, path)).map((e) => e.key));
}

function checkErrorMapping(ctx: RuleContext, em: unknown, base: string): void {
  if (!isMap(em)) {
    ctx.add(
      'TASK-HTTP-017',
      'error',
      `'errorMapping' must be a mapping with when, mapper and target`,
      { span: spanOf(em), path: base },
    );
    return;
  }
  const when = child(em, 'when');
  if (!(isScalar(when) && when.value === 'nonOk')) {
    const at = when === undefined ? keyAt(em, 'mapper', base) : valueAt(em, 'when', base);
    ctx.add(
      'TASK-HTTP-016',
      'error',
      `'errorMapping.when' must be nonOk${when === undefined ? ' (it is missing)' : `, not ${describe(when)}`}`,
      at,
    );
  }
  const problem = mapperProblem(em);
  if (problem)
    ctx.add('TASK-HTTP-017', 'error', `'errorMapping' ${problem}`, {
      span: spanOf(em),
      path: base,
    });
  const target = child(em, 'target');
  const kindNode = child(target, 'kind');
  const kind = isScalar(kindNode) ? String(kindNode.value) : 'context';
  if (target !== undefined && !isMap(target)) {
    ctx.add(
      'TASK-HTTP-018',
      'error',
      `'errorMapping.target' must be a mapping {kind, path}`,
      valueAt(em, 'target', base),
    );
    return;
  }
  if (kindNode !== undefined && kind !== 'context' && kind !== 'var') {
    ctx.add(
      'TASK-HTTP-018',
      'error',
      `'errorMapping.target.kind' must be context or var, not ${describe(kindNode)}`,
      valueAt(target, 'kind', `${base}.target`),
    );
    return;
  }
  const rv = child(em, 'resultVar');
  if (kind === 'var' && !(isScalar(rv) && typeof rv.value === 'string' && IDENT.test(rv.value))) {
    const at =
      rv === undefined ? keyAt(target, 'kind', `${base}.target`) : valueAt(em, 'resultVar', base);
    ctx.add(
      'TASK-HTTP-018',
      'error',
      `'target.kind: var' needs 'errorMapping.resultVar' (an identifier)`,
      at,
    );
  }
  const pathPair = pairOf(target, 'path');
  if (kind === 'context' && pathPair) {
    const p = pathPair.value;
    if (isScalar(p) && p.value === '') {
      const fix = deletePairFix(
        'Remove \'path: ""\' (omitting path replaces the whole context)',
        ctx.source.text,
        pathPair,
        target as YAMLMap,
      );
      ctx.add(
        'TASK-HTTP-018',
        'warning',
        `'target.path: ""' (dialect D11): omit 'path' to replace the whole context`,
        valueAt(target, 'path', `${base}.target`),
        fix ? { fix } : undefined,
      );
    } else if (!(isScalar(p) && typeof p.value === 'string' && DOT_PATH.test(p.value))) {
      ctx.add(
        'TASK-HTTP-018',
        'error',
        `'errorMapping.target.path' must be a dot-path (a.b.c, no indexing), not ${describe(p)}`,
        valueAt(target, 'path', `${base}.target`),
      );
    }
  }
}

/** The result-side httpCall:v1 checks; pure. */
export const taskHttpResultRule: Rule = {
  name: 'task-http-result',
  codes: [
    'TASK-HTTP-008',
    'TASK-HTTP-009',
    'TASK-HTTP-010',
    'TASK-HTTP-011',
    'TASK-HTTP-012',
    'TASK-HTTP-013',
    'TASK-HTTP-014',
    'TASK-HTTP-015',
    'TASK-HTTP-016',
    'TASK-HTTP-017',
    'TASK-HTTP-018',
    'TASK-HTTP-022',
    'TASK-HTTP-023',
  ],
  perState: true,
  check(ctx) {
    let resilience: Set<string> | undefined;
    let clientAuth: Set<string> | undefined;
    for (const s of ctx.model.states) {
      if (s.task?.kind?.value !== 'httpCall:v1') continue;
      const task = s.task.node;
      const base = s.task.path;
      const notify = child(task, 'mode') !== undefined && scalarIs(child(task, 'mode'), 'notify');
      const rv = child(task, 'resultVar');
      if (notify) {
        if (rv !== undefined)
          ctx.add(
            'TASK-HTTP-010',
            'error',
            `A notify call has no result: remove 'resultVar'`,
            keyAt(task, 'resultVar', base),
          );
        if (pairOf(task, 'errorMapping'))
          ctx.add(
            'TASK-HTTP-011',
            'error',
            `A notify call has no error result: remove 'errorMapping'`,
            keyAt(task, 'errorMapping', base),
          );
        if (pairOf(task, 'resiliencePolicyRef')) {
          ctx.add(
            'TASK-HTTP-012',
            'info',
            `'resiliencePolicyRef' has no observable effect on a notify call`,
            keyAt(task, 'resiliencePolicyRef', base),
          );
        }
      } else if (rv === undefined) {
        ctx.add(
          'TASK-HTTP-009',
          'error',
          `HTTP task '${s.id}' (requestResponse) needs 'resultVar' to store the result`,
          keyAt(task, 'kind', base),
        );
      } else if (!(isScalar(rv) && typeof rv.value === 'string' && IDENT.test(rv.value))) {
        ctx.add(
          'TASK-HTTP-008',
          'error',
          `'resultVar' must be an identifier ([A-Za-z_][A-Za-z0-9_]*), not ${describe(rv)}`,
          valueAt(task, 'resultVar', base),
        );
      }
      if (pairOf(task, 'timeoutMs') && !isIntAtLeast(child(task, 'timeoutMs'), 1)) {
        ctx.add(
          'TASK-HTTP-013',
          'error',
          `'timeoutMs' must be an integer ≥ 1 (milliseconds), not ${describe(child(task, 'timeoutMs'))}`,
          valueAt(task, 'timeoutMs', base),
        );
      }
      const policy = child(task, 'resiliencePolicyRef');
      if (policy !== undefined) {
        resilience ??= definitionIds(ctx.model.spec, 'policies.httpResilience.definitions');
        const id = isScalar(policy) ? String(policy.value) : '';
        if (!resilience.has(id)) {
          const known = resilience.size
            ? `; defined: ${[...resilience].join(', ')}`
            : '; spec.policies.httpResilience.definitions is empty';
          ctx.add(
            'TASK-HTTP-014',
            'error',
            `Unknown resilience policy '${id}'${known}`,
            valueAt(task, 'resiliencePolicyRef', base),
          );
        }
      }
      const auth = child(task, 'auth');
      if (auth !== undefined) {
        clientAuth ??= definitionIds(ctx.model.spec, 'policies.httpClientAuth.definitions');
        const ref = child(auth, 'policyRef');
        const extra = isMap(auth) ? entries(auth).filter((e) => e.key !== 'policyRef') : [];
        if (!isMap(auth) || ref === undefined) {
          ctx.add(
            'TASK-HTTP-015',
            'warning',
            `'auth' must be {policyRef: <id>}`,
            valueAt(task, 'auth', base),
          );
        } else if (!clientAuth.has(isScalar(ref) ? String(ref.value) : '')) {
          ctx.add(
            'TASK-HTTP-015',
            'warning',
            `Unknown outbound auth policy '${isScalar(ref) ? String(ref.value) : ''}' (spec.policies.httpClientAuth.definitions)`,
            valueAt(auth, 'policyRef', `${base}.auth`),
          );
        }
        for (const e of extra)
          ctx.add(
            'TASK-HTTP-015',
            'warning',
            `'auth' has only 'policyRef'; '${e.key}' is ignored`,
            keyAt(auth, e.key, `${base}.auth`),
          );
      }
      if (pairOf(task, 'errorMapping') && !notify)
        checkErrorMapping(ctx, child(task, 'errorMapping'), `${base}.errorMapping`);
      const cookies = child(task, 'cookies');
      if (cookies !== undefined) {
        const useJar = child(cookies, 'useJar');
        if (!isMap(cookies) || !(isScalar(useJar) && typeof useJar.value === 'boolean')) {
          ctx.add(
            'TASK-HTTP-022',
            'error',
            `'cookies' must be {useJar: true|false}`,
            valueAt(task, 'cookies', base),
          );
        }
        for (const e of entries(cookies)) {
          if (e.key !== 'useJar')
            ctx.add(
              'TASK-HTTP-022',
              'error',
              `'cookies' has only 'useJar'; remove '${e.key}'`,
              keyAt(cookies, e.key, `${base}.cookies`),
            );
        }
        if (isScalar(useJar) && useJar.value === true && hasCookieHeader(ctx, task)) {
          ctx.add(
            'TASK-HTTP-023',
            'warning',
            `'cookies.useJar: true' with an explicit Cookie header: the header wins and the jar is not attached`,
            valueAt(cookies, 'useJar', `${base}.cookies`),
          );
        }
      }
    }
  },
};

function scalarIs(node: unknown, value: string): boolean {
  return isScalar(node) && node.value === value;
}

function hasCookieHeader(ctx: RuleContext, task: YAMLMap): boolean {
  const maps = [
    child(task, 'headers'),
    childAt(task, 'params.headers'),
    childAt(ctx.model.spec, 'defaults.http.headers'),
  ];
  return maps.some((m) => entries(m).some((e) => e.key.toLowerCase() === 'cookie'));
}
