/**
 * The documented `parallel` shape (dsl.md §16): branches (PAR-001/002), join
 * strategy and error policy enums (PAR-005/006), join mapper language
 * (PAR-007), a `join` with a `strategy` (PAR-008, D05 — fix: add the strategy)
 * and a consistent mapper/resultVar pair (PAR-009).
 */
import { isMap, isSeq, type YAMLMap } from 'yaml';
import { appendPairEdit } from '../../../commands/yaml-splice';
import { isOpenParallel } from '../../../graph/state-kinds';
import type { StateModel } from '../../../model/types';
import {
  child,
  items,
  joinPath,
  keySpan,
  pairOf,
  spanOf,
  str,
  valueSpan,
} from '../../../yaml-nodes';
import { statesOfType, type Rule, type RuleContext } from '../../rule';
import { IDENTIFIER } from './helpers';

const STRATEGIES = ['allOf', 'anyOf', 'firstCompleted'];
const ERROR_POLICIES = ['collectAll', 'failFast', 'ignoreErrors'];

function checkBranches(ctx: RuleContext, s: StateModel, body: YAMLMap) {
  const path = joinPath(joinPath(s.path, 'parallel'), 'branches');
  const branches = child(body, 'branches');
  if (!isSeq(branches) || items(branches).length === 0) {
    ctx.add('PAR-001', 'error', `Parallel '${s.id}' needs a non-empty 'branches' list`, {
      span: pairOf(body, 'branches') ? valueSpan(body, 'branches') : s.keySpan,
      path,
    });
    return;
  }
  const seen = new Set<string>();
  items(branches).forEach((b, i) => {
    const bpath = joinPath(path, i);
    if (!isMap(b)) {
      ctx.add(
        'PAR-002',
        'error',
        `Branch #${i + 1} of parallel '${s.id}' must be a mapping with name, start and states`,
        { span: spanOf(b), path: bpath },
      );
      return;
    }
    const name = str(child(b, 'name'));
    const missing = ['name', 'start', 'states'].filter((k) => child(b, k) == null);
    if (missing.length) {
      ctx.add(
        'PAR-002',
        'error',
        `Branch #${i + 1} of parallel '${s.id}' is missing ${missing.map((k) => `'${k}'`).join(', ')}`,
        {
          span: spanOf(b),
          path: bpath,
        },
      );
    }
    if (name === undefined) return;
    const at = { span: valueSpan(b, 'name'), path: joinPath(bpath, 'name') };
    if (!IDENTIFIER.test(name)) {
      ctx.add(
        'PAR-002',
        'error',
        `Branch name '${name}' must be an identifier (letters, digits, _): join mappers read it as branches.${name}`,
        at,
      );
    } else if (seen.has(name)) {
      ctx.add('PAR-002', 'error', `Parallel '${s.id}' has two branches named '${name}'`, at);
    }
    seen.add(name);
  });
}

function checkJoin(ctx: RuleContext, s: StateModel, body: YAMLMap) {
  const jpath = joinPath(joinPath(s.path, 'parallel'), 'join');
  const join = child(body, 'join');
  const strategy = child(join, 'strategy');
  if (!isMap(join) || strategy == null) {
    // D05: a race without `next` (D03) behaves as firstCompleted; otherwise allOf is the documented default shape.
    const value = isOpenParallel(s) ? 'firstCompleted' : 'allOf';
    const edit = isMap(join)
      ? appendPairEdit(ctx.source.text, join as YAMLMap, 'strategy', value)
      : pairOf(body, 'join')
        ? undefined
        : appendPairEdit(ctx.source.text, body, 'join', { strategy: value });
    ctx.add(
      'PAR-008',
      'warning',
      `Parallel '${s.id}' has no join strategy: say how branches are joined (join.strategy: allOf | anyOf | firstCompleted)`,
      { span: isMap(join) ? keySpan(body, 'join') : s.keySpan, path: isMap(join) ? jpath : s.path },
      edit
        ? {
            fix: {
              title: `Add join.strategy: ${value}`,
              edits: [{ span: edit.span, text: edit.text }],
            },
          }
        : undefined,
    );
  }
  if (!isMap(join)) return;
  const enumCheck = (key: string, allowed: string[], code: string) => {
    const v = child(join, key);
    if (v == null) return;
    const value = str(v);
    if (value === undefined || !allowed.includes(value)) {
      ctx.add(
        code,
        'error',
        `join.${key} must be one of ${allowed.join(', ')}${value !== undefined ? ` (got '${value}')` : ''}`,
        {
          span: spanOf(v),
          path: joinPath(jpath, key),
        },
      );
    }
  };
  enumCheck('strategy', STRATEGIES, 'PAR-005');
  enumCheck('errorPolicy', ERROR_POLICIES, 'PAR-006');
  const mapper = child(join, 'mapper');
  const lang = str(child(mapper, 'lang'));
  if (lang !== undefined && lang !== 'dataweave') {
    ctx.add('PAR-007', 'error', `join.mapper.lang must be 'dataweave' (got '${lang}')`, {
      span: valueSpan(mapper, 'lang'),
      path: joinPath(joinPath(jpath, 'mapper'), 'lang'),
    });
  }
  const resultVar = child(join, 'resultVar');
  if (mapper != null && resultVar == null) {
    ctx.add(
      'PAR-009',
      'warning',
      `join.mapper of '${s.id}' has no resultVar, so its result is discarded`,
      { span: keySpan(join, 'mapper'), path: joinPath(jpath, 'mapper') },
    );
  } else if (resultVar != null && mapper == null) {
    ctx.add(
      'PAR-009',
      'warning',
      `join.resultVar of '${s.id}' has no mapper, so nothing is written`,
      { span: keySpan(join, 'resultVar'), path: joinPath(jpath, 'resultVar') },
    );
  }
  const rv = str(resultVar);
  if (resultVar != null && (rv === undefined || !IDENTIFIER.test(rv))) {
    ctx.add('PAR-009', 'warning', `join.resultVar must be an identifier (letters, digits, _)`, {
      span: spanOf(resultVar),
      path: joinPath(jpath, 'resultVar'),
    });
  }
}

/** PAR-001/002/005/006/007/008/009 on every parallel state. */
export const parallelShapeRule: Rule = {
  name: 'parallel-shape',
  codes: ['PAR-001', 'PAR-002', 'PAR-005', 'PAR-006', 'PAR-007', 'PAR-008', 'PAR-009'],
  perState: true,
  check(ctx) {
    for (const s of statesOfType(ctx.model, 'parallel')) {
      if (!isMap(s.body)) continue; // a missing body block is a state-shape error (STATE-*)
      checkBranches(ctx, s, s.body);
      checkJoin(ctx, s, s.body);
    }
  },
};
