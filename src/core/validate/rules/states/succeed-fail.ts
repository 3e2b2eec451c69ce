/** SUCC-001/002 and FAIL-001..004: terminal states' fields (dsl.md §5.4 succeed, §5.5 fail). */
import { isScalar, type YAMLMap } from 'yaml';
import type { JourneyModel } from '../../../model/types';
import { child, childAt, entries, pairOf, str } from '../../../yaml-nodes';
import type { Rule } from '../../rule';
import { IDENT, describe, valueAt } from './util';

const STABLE_CODE = /^([A-Z][A-Z0-9]*(_[A-Z0-9]+)*|[a-zA-Z][a-zA-Z0-9+.-]*:\S+)$/;

/**
 * Top-level context keys some state may write, or undefined when a whole-context
 * writer's keys cannot be bounded. Over-approximates (object-literal keys of
 * whole-context mappers count) so SUCC-002 only flags names nothing can write.
 */
function writableNames(model: JourneyModel): Set<string> {
  const names = new Set<string>(['payload', 'auth']);
  const addProps = (schema: unknown) =>
    entries(child(schema as YAMLMap, 'properties')).forEach((e) => names.add(e.key));
  addProps(childAt(model.spec, 'input.schema'));
  addProps(childAt(model.spec, 'context.schema'));
  for (const sj of model.subjourneys.values()) addProps(childAt(sj.node, 'input.schema'));
  const walkBindings = (node: unknown, depth: number): void => {
    if (depth > 8) return;
    for (const e of entries(node as YAMLMap)) {
      if (/ToContext$/.test(e.key))
        entries(e.value).forEach((x) => {
          const v = str(x.value);
          names.add((v ?? x.key).split('.')[0]);
        });
      else walkBindings(e.value, depth + 1);
    }
  };
  walkBindings(child(model.spec, 'bindings'), 0);
  const first = (v: unknown) =>
    isScalar(v) && typeof v.value === 'string' ? v.value.split('.')[0] : undefined;
  for (const s of model.states) {
    const block = s.type === 'task' ? s.task?.node : s.body;
    for (const n of [
      child(block, 'resultVar'),
      child(block, 'authVar'),
      childAt(block, 'errorMapping.resultVar'),
      childAt(block, 'join.resultVar'),
      childAt(block, 'target.path'),
      childAt(block, 'errorMapping.target.path'),
      child(s.node, 'resultVar'),
    ]) {
      const f = first(n);
      if (f) names.add(f);
    }
  }
  // Whole-context mappers (`context ++ {k: …}`): every `k:` they mention may be written.
  for (const site of model.exprSites) {
    for (const m of site.expr.matchAll(/["']?([A-Za-z_][A-Za-z0-9_]*)["']?\s*:/g)) names.add(m[1]);
  }
  return names;
}

/** SUCC-001/002 and FAIL-001..004; pure. */
export const succeedFailRule: Rule = {
  name: 'succeed-fail',
  codes: ['SUCC-001', 'SUCC-002', 'FAIL-001', 'FAIL-002', 'FAIL-003', 'FAIL-004'],
  check(ctx) {
    let writable: Set<string> | undefined;
    for (const s of ctx.model.states) {
      if (s.type === 'succeed' && pairOf(s.node, 'outputVar')) {
        const v = child(s.node, 'outputVar');
        const name = isScalar(v) && typeof v.value === 'string' ? v.value : undefined;
        if (name === undefined || !IDENT.test(name)) {
          const hint = name?.includes('.')
            ? ` (a dot-path is not allowed: write a transform that puts '${name}' into a variable)`
            : '';
          ctx.add(
            'SUCC-001',
            'error',
            `'outputVar' must be an identifier, not ${describe(v)}${hint}`,
            valueAt(s.node, 'outputVar', s.path),
          );
        } else if (!(writable ??= writableNames(ctx.model)).has(name)) {
          ctx.add(
            'SUCC-002',
            'warning',
            `No state writes context.${name}; this succeed state would return the whole context`,
            valueAt(s.node, 'outputVar', s.path),
          );
        }
      }
      if (s.type !== 'fail') continue;
      const code = child(s.node, 'errorCode');
      const codeText = isScalar(code) && typeof code.value === 'string' ? code.value : undefined;
      if (codeText === undefined || codeText.trim() === '') {
        const at = pairOf(s.node, 'errorCode')
          ? valueAt(s.node, 'errorCode', s.path)
          : { span: s.keySpan, path: s.path };
        ctx.add('FAIL-001', 'error', `Fail state '${s.id}' needs a non-empty 'errorCode'`, at);
      } else if (codeText.includes('${')) {
        ctx.add(
          'FAIL-004',
          'warning',
          `'errorCode' is not interpolated: '\${…}' stays literal text`,
          valueAt(s.node, 'errorCode', s.path),
        );
      } else if (!STABLE_CODE.test(codeText)) {
        ctx.add(
          'FAIL-003',
          'warning',
          `'errorCode' should be a stable id: SCREAMING_SNAKE_CASE or a Problem type URI, not free text`,
          valueAt(s.node, 'errorCode', s.path),
        );
      }
      const reason = child(s.node, 'reason');
      if (!(isScalar(reason) && typeof reason.value === 'string')) {
        const at = pairOf(s.node, 'reason')
          ? valueAt(s.node, 'reason', s.path)
          : { span: s.keySpan, path: s.path };
        ctx.add(
          'FAIL-002',
          'error',
          `Fail state '${s.id}' needs a 'reason' string${reason === undefined ? '' : `, not ${describe(reason)}`}`,
          at,
        );
      } else if (reason.value.includes('${')) {
        ctx.add(
          'FAIL-004',
          'warning',
          `'reason' is not interpolated: '\${…}' stays literal text`,
          valueAt(s.node, 'reason', s.path),
        );
      }
    }
  },
};
