/** STATE-009/010/011: naming of state ids and variables (dsl-style.md Naming; dsl.md §12). */
import { isScalar } from 'yaml';
import type { StateModel } from '../../../model/types';
import { spanOf } from '../../../yaml-nodes';
import { childPath } from './util';
import type { Rule, RuleContext } from '../../rule';

const SNAKE = /^[a-z0-9]+(_[a-z0-9]+)*$/;
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const STEP_SAFE = /^[A-Za-z0-9._~-]+$/;
const VAR_STYLE = /^([a-z][a-zA-Z0-9]*|[a-z][a-z0-9]*(_[a-z0-9]+)*)$/;

/** Variable-naming fields relative to the state node, per state type (split once). */
const VARIABLE_FIELDS: Record<string, ReadonlyArray<readonly string[]>> = Object.fromEntries(
  Object.entries({
    task: ['task.resultVar', 'task.authVar', 'task.errorMapping.resultVar'],
    transform: ['transform.resultVar'],
    succeed: ['outputVar'],
    wait: ['wait.response.outputVar'],
    webhook: ['webhook.response.outputVar'],
    parallel: ['parallel.join.resultVar'],
    subjourney: ['subjourney.resultVar'],
  }).map(([type, rels]) => [type, rels.map((r) => r.split('.'))]),
);

function variableSites(s: StateModel): Array<{ rel: string; node: unknown }> {
  const out: Array<{ rel: string; node: unknown }> = [];
  for (const parts of VARIABLE_FIELDS[s.type ?? ''] ?? []) {
    const node = childPath(s.node, parts);
    if (node !== undefined) out.push({ rel: parts.join('.'), node });
  }
  return out;
}

function checkIdStyle(ctx: RuleContext): void {
  let snake = 0;
  let kebab = 0;
  for (const s of ctx.model.states) {
    if (s.id.includes('_')) snake++;
    else if (s.id.includes('-')) kebab++;
  }
  // "Consistently within a project": the minority separator is flagged too.
  const preferred = kebab > snake ? 'kebab-case' : 'snake_case';
  for (const s of ctx.model.states) {
    const isSnake = SNAKE.test(s.id);
    const isKebab = KEBAB.test(s.id);
    if (!isSnake && !isKebab) {
      ctx.add(
        'STATE-009',
        'info',
        `State id '${s.id}' is neither snake_case nor kebab-case`,
        { span: s.keySpan, path: s.path },
        { style: true },
      );
    } else if (
      (preferred === 'snake_case' && !isSnake) ||
      (preferred === 'kebab-case' && !isKebab)
    ) {
      ctx.add(
        'STATE-009',
        'info',
        `State id '${s.id}' mixes styles: this file mostly uses ${preferred}`,
        { span: s.keySpan, path: s.path },
        { style: true },
      );
    }
  }
}

/** STATE-009/011 (style, info) and STATE-010 (URL-safe step ids); pure. */
export const stateNamingRule: Rule = {
  name: 'state-naming',
  codes: ['STATE-009', 'STATE-010', 'STATE-011'],
  perState: true,
  check(ctx) {
    checkIdStyle(ctx);
    for (const s of ctx.model.states) {
      if ((s.type === 'wait' || s.type === 'webhook') && !STEP_SAFE.test(s.id)) {
        ctx.add(
          'STATE-010',
          'warning',
          `${s.type} state id '${s.id}' becomes the URL segment /steps/${s.id}; use only letters, digits and . _ ~ -`,
          { span: s.keySpan, path: s.path },
        );
      }
      for (const v of variableSites(s)) {
        if (!isScalar(v.node) || typeof v.node.value !== 'string' || v.node.value === '') continue;
        const name = v.node.value;
        // Dot-paths and other invalid names are the pattern rules' findings, not style.
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) || VAR_STYLE.test(name)) continue;
        ctx.add(
          'STATE-011',
          'info',
          `Variable name '${name}' is neither lowerCamel nor snake_case`,
          { span: spanOf(v.node), path: `${s.path}.${v.rel}` },
          { style: true },
        );
      }
    }
  },
};
