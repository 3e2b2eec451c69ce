/**
 * Interpolation (dsl.md §4): `${context.<dotPath>}` placeholders are defined
 * only in HTTP `url`, header and param values, a string `body`, and Kafka
 * `key`/`headers` (EXPR-016 elsewhere). Inside those places a placeholder is
 * exactly `${context.<dotPath>}` (EXPR-013), without array indexing
 * (EXPR-012) and without nesting (EXPR-014, style).
 */
import { valueToSourceMapper } from '../../../scalar-offsets';
import type { Rule, RuleContext } from '../../rule';
import { walkSpecStrings, walkStrings, type StringScalar } from './scalar-walk';

const PLACEHOLDER = /\$\{([^{}]*)\}/g;
const CONTEXT_DOT_PATH = /^context(\.[A-Za-z_][A-Za-z0-9_]*)+$/;
/** Prose fields may mention `${...}` in documentation without meaning it. */
const PROSE_KEYS = new Set(['description', 'summary', 'title', 'example', 'examples', 'expr']);

/** Where each task kind interpolates, as key paths relative to `task`. */
function interpolates(kind: string | undefined, keys: readonly (string | number)[]): boolean {
  const [first] = keys;
  if (kind === 'httpCall:v1') {
    return first === 'url' || first === 'headers' || first === 'params' || (first === 'body' && keys.length === 1);
  }
  if (kind === 'kafkaPublish:v1') return first === 'key' || first === 'headers';
  return false;
}

export const interpolationRule: Rule = {
  name: 'interpolation',
  codes: ['EXPR-012', 'EXPR-013', 'EXPR-014', 'EXPR-016'],
  perState: true,
  check(ctx) {
    const taskNodes = new Map(ctx.model.states.filter((s) => s.task).map((s) => [s.task!.node, s]));
    const inTask = new Set<unknown>();
    // Only strings holding `${` matter: the walks skip the rest without building their paths.
    const placeholder = (value: string) => value.includes('${');
    for (const [taskNode, state] of taskNodes) {
      walkStrings(
        taskNode,
        state.task!.path,
        (s) => {
          inTask.add(s.node);
          if (s.keys.some((k) => PROSE_KEYS.has(String(k)))) return;
          if (interpolates(state.task!.kind?.value, s.keys)) checkPlaceholders(ctx, s);
          else misplaced(ctx, s);
        },
        [],
        placeholder,
      );
    }
    // A fail state's errorCode/reason have their own check (FAIL-004).
    for (const state of ctx.model.states)
      if (state.type === 'fail') walkStrings(state.node, state.path, (s) => inTask.add(s.node), [], placeholder);
    walkSpecStrings(
      ctx,
      (s) => {
        if (inTask.has(s.node)) return;
        if (s.keys.some((k) => PROSE_KEYS.has(String(k)) || k === 'schema')) return;
        misplaced(ctx, s);
      },
      placeholder,
    );
  },
};

function spanIn(ctx: RuleContext, s: StringScalar, start: number, end: number) {
  const map = valueToSourceMapper(s.node, ctx.source.text);
  return { start: map(start), end: map(end) };
}

function misplaced(ctx: RuleContext, s: StringScalar): void {
  const at = s.value.indexOf('${');
  const close = s.value.indexOf('}', at);
  ctx.add(
    'EXPR-016',
    'warning',
    `'${s.value.slice(at, close < 0 ? undefined : close + 1)}' is not interpolated here: placeholders work only in HTTP url, header/param values, a string body and Kafka key/headers — use a mapper expression instead`,
    { span: spanIn(ctx, s, at, close < 0 ? s.value.length : close + 1), path: s.path },
  );
}

function checkPlaceholders(ctx: RuleContext, s: StringScalar): void {
  const nested = s.value.search(/\$\{[^}]*\$\{/);
  if (nested >= 0) {
    ctx.add('EXPR-014', 'info', 'Placeholders cannot be nested', { span: spanIn(ctx, s, nested, nested + 2), path: s.path }, { style: true });
  }
  for (const m of s.value.matchAll(PLACEHOLDER)) {
    const inner = m[1].trim();
    if (CONTEXT_DOT_PATH.test(inner)) continue;
    const span = spanIn(ctx, s, m.index, m.index + m[0].length);
    if (/^context\b/.test(inner) && inner.includes('[')) {
      ctx.add('EXPR-012', 'error', `'${m[0]}' indexes an array; interpolation paths are dot-paths without indexing`, { span, path: s.path });
    } else {
      const hint = inner.startsWith('platform.') ? ' (read platform values with a mapper into context first)' : '';
      ctx.add('EXPR-013', 'error', `'${m[0]}' is not a valid placeholder: only \${context.<dotPath>} is interpolated${hint}`, { span, path: s.path });
    }
  }
}
