/**
 * The `subjourney` state block: input mapper shape (SUB-002), resultKind /
 * resultVar (SUB-003, SUB-008), onFailure.behavior (SUB-004), declared input
 * (SUB-007) and no cross-spec references (SUB-011).
 */
import { isMap, isScalar } from 'yaml';
import {
  child,
  entries,
  joinPath,
  keySpan,
  pairOf,
  spanOf,
  str,
  valueSpan,
} from '../../../yaml-nodes';
import { statesOfType, type Rule } from '../../rule';
import { IDENTIFIER } from './helpers';

const CROSS_SPEC_KEYS = new Set([
  'journeyRef',
  'journey',
  'specRef',
  'file',
  'path',
  'uri',
  'url',
  'version',
]);

/** True when an expression obviously yields a non-object (array, string, number, boolean, null literal). */
function obviouslyNotObject(expr: string): boolean {
  const body = expr.replace(/^[\s\S]*?^---\s*$/m, '').trim();
  return /^(\[|"|'|-?\d|true\b|false\b|null\b)/.test(body);
}

/** SUB-002/003/004/007/008/011 on every subjourney state. */
export const subjourneyStateRule: Rule = {
  name: 'subjourney-state',
  codes: ['SUB-002', 'SUB-003', 'SUB-004', 'SUB-007', 'SUB-008', 'SUB-011'],
  check(ctx) {
    for (const s of statesOfType(ctx.model, 'subjourney')) {
      const body = s.body;
      if (!isMap(body)) continue;
      const path = joinPath(s.path, 'subjourney');
      const input = child(body, 'input');
      if (!pairOf(body, 'input')) {
        ctx.add(
          'SUB-007',
          'warning',
          `Subjourney state '${s.id}' declares no input: the subjourney starts with an empty context`,
          { span: s.keySpan, path },
        );
      } else {
        const mapper = child(input, 'mapper');
        const ref = child(input, 'mapperRef');
        const ipath = joinPath(path, 'input');
        if (ref == null && !(isMap(mapper) && isScalar(child(mapper, 'expr')))) {
          ctx.add(
            'SUB-002',
            'error',
            `subjourney.input needs 'mapper: {lang, expr}' (or 'mapperRef')`,
            { span: isMap(input) ? spanOf(input) : valueSpan(body, 'input'), path: ipath },
          );
        } else if (isMap(mapper)) {
          const expr = str(child(mapper, 'expr'));
          if (expr !== undefined && obviouslyNotObject(expr)) {
            ctx.add(
              'SUB-002',
              'error',
              `subjourney.input.mapper must produce an object (the child context)`,
              { span: valueSpan(mapper, 'expr'), path: joinPath(joinPath(ipath, 'mapper'), 'expr') },
            );
          }
        }
      }
      const kind = child(body, 'resultKind');
      const kindValue = str(kind);
      if (kind != null && (kindValue === undefined || !['output', 'outcome'].includes(kindValue))) {
        ctx.add(
          'SUB-003',
          'error',
          `resultKind must be 'output' or 'outcome'${kindValue ? ` (got '${kindValue}')` : ''}`,
          { span: spanOf(kind), path: joinPath(path, 'resultKind') },
        );
      }
      const resultVar = child(body, 'resultVar');
      const rv = str(resultVar);
      if (resultVar != null && (rv === undefined || !IDENTIFIER.test(rv))) {
        ctx.add('SUB-003', 'error', `resultVar must be an identifier (letters, digits, _)`, {
          span: spanOf(resultVar),
          path: joinPath(path, 'resultVar'),
        });
      }
      if (kind != null && resultVar == null) {
        ctx.add(
          'SUB-008',
          'warning',
          `resultKind without resultVar has no effect: nothing is stored`,
          { span: keySpan(body, 'resultKind'), path: joinPath(path, 'resultKind') },
        );
      }
      const behavior = child(child(body, 'onFailure'), 'behavior');
      const bv = str(behavior);
      if (behavior != null && (bv === undefined || !['propagate', 'capture'].includes(bv))) {
        ctx.add(
          'SUB-004',
          'error',
          `onFailure.behavior must be 'propagate' or 'capture'${bv ? ` (got '${bv}')` : ''}`,
          { span: spanOf(behavior), path: joinPath(joinPath(path, 'onFailure'), 'behavior') },
        );
      }
      for (const e of entries(body)) {
        if (CROSS_SPEC_KEYS.has(e.key)) {
          ctx.add(
            'SUB-011',
            'error',
            `'${e.key}' refers outside this file; subjourneys are local: use 'ref' with an id under spec.subjourneys`,
            { span: spanOf(e.keyNode), path: joinPath(path, e.key) },
          );
        }
      }
      if (s.ref && /[/\\:]|\.(ya?ml|json)$/.test(s.ref.value)) {
        ctx.add(
          'SUB-011',
          'error',
          `ref '${s.ref.value}' looks like a file or cross-spec reference; ref names an entry of spec.subjourneys`,
          s.ref,
        );
      }
    }
  },
};
