/**
 * API-001…005/008, APIR-001, BIND-009/013/015, COMP-004: constructs that one kind
 * forbids. `kind: Api` has no wait/webhook/timer (in any scope; COMP-004 inside
 * compensation), no `schedule:v1`, no `lifecycle.startMode`, no attribute
 * transforms, no websocket/queue binding; `kind: Journey` has no HTTP route,
 * `apiResponses` or gRPC binding.
 */
import { child, childAt, items, joinPath, pairOf, spanOf, str } from '../../../yaml-nodes';
import type { StateModel } from '../../../model/types';
import type { Rule, RuleContext } from '../../rule';
import { keyAt, valueAt } from './util';

export const apiKind: Rule = {
  name: 'api-kind',
  codes: [
    'API-001',
    'API-002',
    'API-003',
    'API-004',
    'API-005',
    'API-008',
    'APIR-001',
    'BIND-009',
    'BIND-013',
    'BIND-015',
    'COMP-004',
  ],
  check(ctx) {
    const { kind, spec } = ctx.model;
    if (!spec) return;
    const http = childAt(spec, 'bindings.http');
    const bindings = child(spec, 'bindings');
    if (kind === 'Journey') {
      if (pairOf(http, 'route'))
        ctx.add(
          'API-008',
          'error',
          'spec.bindings.http.route is only for kind: Api (a Journey is started via /journeys/{name}/start)',
          keyAt(http, 'route', 'spec.bindings.http'),
        );
      if (pairOf(http, 'apiResponses'))
        ctx.add(
          'APIR-001',
          'error',
          'spec.bindings.http.apiResponses is only for kind: Api (Journeys API status codes are fixed)',
          keyAt(http, 'apiResponses', 'spec.bindings.http'),
        );
      if (pairOf(bindings, 'grpc'))
        ctx.add(
          'BIND-015',
          'error',
          'spec.bindings.grpc is only for kind: Api',
          keyAt(bindings, 'grpc', 'spec.bindings'),
        );
      items(childAt(bindings, 'queue.starts')).forEach((s, i) => {
        if (!str(child(s, 'channel')))
          ctx.add('BIND-013', 'error', 'Each queue start needs a non-empty channel', {
            span: spanOf(s),
            path: joinPath('spec.bindings.queue.starts', i),
          });
      });
      return;
    }
    if (kind !== 'Api') return;
    if (pairOf(bindings, 'websocket'))
      ctx.add(
        'BIND-009',
        'error',
        'spec.bindings.websocket is not available on kind: Api',
        keyAt(bindings, 'websocket', 'spec.bindings'),
      );
    const grpc = child(bindings, 'grpc');
    for (const f of ['service', 'method']) {
      if (pairOf(grpc, f) && !str(child(grpc, f)))
        ctx.add(
          'BIND-015',
          'error',
          `bindings.grpc.${f} must be a non-empty string`,
          valueAt(grpc, f, 'spec.bindings.grpc'),
        );
    }
    if (pairOf(bindings, 'queue'))
      ctx.add(
        'BIND-013',
        'error',
        'spec.bindings.queue is not available on kind: Api',
        keyAt(bindings, 'queue', 'spec.bindings'),
      );
    const lifecycle = child(spec, 'lifecycle');
    if (pairOf(lifecycle, 'startMode'))
      ctx.add(
        'API-004',
        'error',
        'spec.lifecycle.startMode is not declared on kind: Api (an Api call is always synchronous)',
        keyAt(lifecycle, 'startMode', 'spec.lifecycle'),
      );
    for (const s of ctx.model.states) checkState(ctx, s);
  },
};

function checkState(ctx: RuleContext, s: StateModel): void {
  const inComp = s.scope.kind === 'compensation' || hasCompensationAncestor(s);
  const typeAt = valueAt(s.node, 'type', s.path);
  if (s.type === 'wait' || s.type === 'webhook' || s.type === 'timer') {
    const code = inComp ? 'COMP-004' : s.type === 'timer' ? 'API-002' : 'API-001';
    const why = s.type === 'timer' ? 'a durable delay' : 'external input';
    ctx.add(
      code,
      'error',
      `kind: Api cannot use a ${s.type} state ('${s.qid}'): an Api call runs to completion in one request, without ${why}`,
      typeAt,
    );
  }
  if (s.task && str(child(s.task.node, 'kind')) === 'schedule:v1') {
    ctx.add(
      'API-003',
      'error',
      `kind: Api cannot schedule runs (schedule:v1 in '${s.qid}')`,
      valueAt(s.task.node, 'kind', s.task.path),
    );
  }
  if (s.type === 'transform' && str(childAt(s.body, 'target.kind')) === 'attributes') {
    ctx.add(
      'API-005',
      'error',
      `kind: Api has no journey attributes: transform '${s.qid}' cannot target kind: attributes`,
      valueAt(child(s.body, 'target'), 'kind', `${s.path}.transform.target`),
    );
  }
}

function hasCompensationAncestor(s: StateModel): boolean {
  for (let sc = s.scope.parent; sc; sc = sc.parent) if (sc.kind === 'compensation') return true;
  return false;
}
