/** STATE-001/002/003: every state is a mapping with a known `type` and the block that type needs. */
import { isMap } from 'yaml';
import { STATE_TYPES } from '../../../model/types';
import { child, joinPath, spanOf } from '../../../yaml-nodes';
import type { Rule } from '../../rule';
import { describe, eachPair, keyAt, valueAt } from './util';
import { lookupTable } from '../../../own-property';

const ALIASES: Readonly<Record<string, string>> = lookupTable({
  decide: 'choice',
  branch: 'choice',
  switch: 'choice',
  http: 'task',
  map: 'transform',
  loop: 'choice',
  end: 'succeed',
  success: 'succeed',
  failure: 'fail',
  error: 'fail',
  sleep: 'timer',
  delay: 'timer',
  callback: 'webhook',
  manual: 'wait',
  call: 'subjourney',
});

/** STATE-001..003 over every scope; pure. */
export const stateShapeRule: Rule = {
  name: 'state-shape',
  codes: ['STATE-001', 'STATE-002', 'STATE-003'],
  perState: true,
  check(ctx) {
    // States that are not mappings never reach the model: walk each scope's raw `states`.
    for (const scope of ctx.model.scopes) {
      const statesPath = joinPath(scope.path, 'states');
      eachPair(child(scope.node, 'states'), (key, pair) => {
        if (isMap(pair.value)) return;
        ctx.add(
          'STATE-001',
          'error',
          `State '${key}' is ${describe(pair.value as never)}; a state is a mapping with a 'type' (e.g. type: succeed)`,
          { span: spanOf(pair.value, spanOf(pair.key)), path: joinPath(statesPath, key) },
        );
      });
    }
    for (const s of ctx.model.states) {
      const typeNode = child(s.node, 'type');
      if (typeNode == null) {
        ctx.add('STATE-001', 'error', `State '${s.id}' has no 'type'`, {
          span: s.keySpan,
          path: s.path,
        });
        continue;
      }
      if (!s.type) {
        const raw = s.rawType?.value ?? '';
        const hint = ALIASES[raw] ? ` (did you mean '${ALIASES[raw]}'?)` : '';
        ctx.add(
          'STATE-002',
          'error',
          `Unknown state type '${raw}'${hint}; use one of ${STATE_TYPES.join(', ')}`,
          valueAt(s.node, 'type', s.path),
        );
        continue;
      }
      if (s.type === 'succeed' || s.type === 'fail') continue;
      if (s.type === 'choice') {
        const choices = child(s.node, 'choices');
        if (choices === undefined) {
          ctx.add(
            'STATE-003',
            'error',
            `Choice state '${s.id}' has no 'choices' list`,
            keyAt(s.node, 'type', s.path),
          );
        }
        continue;
      }
      const block = child(s.node, s.type);
      if (!isMap(block)) {
        const at =
          block === undefined ? keyAt(s.node, 'type', s.path) : valueAt(s.node, s.type, s.path);
        const what = block === undefined ? 'has no' : `has an invalid (${describe(block)})`;
        ctx.add(
          'STATE-003',
          'error',
          `State '${s.id}' of type ${s.type} ${what} '${s.type}:' block; it must be a mapping`,
          at,
        );
      }
    }
  },
};
