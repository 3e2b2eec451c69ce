/**
 * `auth.insertCheck`: routes on an auth task's result right after it — OK goes
 * on to the old `next`; a failure loops back to the wait/webhook the task
 * guards, or ends at a new fail state. Text splices only. Pure; never throws.
 */
import { stringify, type YAMLMap } from 'yaml';
import { authInfoOf } from '../auth/auth-states';
import { effectiveTransitions, targetOf } from '../auth/flow';
import type { Fix, TextEdit } from '../diagnostics';
import { buildModel } from '../model/build-model';
import type { JourneyModel, ScopeModel, StateModel } from '../model/types';
import { parseSource } from '../source';
import { child, pairOf } from '../yaml-nodes';
import { UNAUTHENTICATED } from './auth-guard-edits';
import { applyEdits, columnOf, indentUnit, isFlow, pairRange } from './yaml-splice';

/** The edits inserting a check after auth task `at` (qualified id), or why not. Pure. */
export function checkEdits(
  text: string,
  at: string,
  analysed?: JourneyModel,
): { edits: TextEdit[]; added: string[] } | { error: string } {
  // Validation passes the model it already has: re-parsing per finding made big journeys slow.
  let model = analysed;
  if (!model) {
    const source = parseSource(text);
    if (!source.root) return { error: 'the file is not a YAML mapping' };
    model = buildModel(source);
  }
  const a = model.states.find((s) => s.qid === at);
  const info = a ? authInfoOf(a) : undefined;
  if (!a || !info) return { error: `'${at}' is not an auth task` };
  const map = child(a.scope.node, 'states') as YAMLMap;
  if (isFlow(map))
    return { error: 'the states are written in flow style; the check needs block style' };
  const fwd = effectiveTransitions(a)[0];
  const next = fwd ? targetOf(fwd) : undefined;
  if (!fwd || !next) return { error: `'${a.id}' has no next state` };
  const inputs = externalInputsInto(a.scope).get(a.id) ?? [];
  const added = new Set<string>();
  const taken = (id: string) => a.scope.states.has(id) || added.has(id);
  const unique = (base: string) => {
    let id = base;
    for (let i = 2; taken(id); i++) id = `${base}${i}`;
    added.add(id);
    return id;
  };
  const cap = a.id.charAt(0).toUpperCase() + a.id.slice(1).replace(/[^A-Za-z0-9]/g, '');
  const routeId = unique(`route${cap}`);
  const deny =
    inputs.length === 1 ? inputs[0].id : unique(`${a.id.replace(/[^A-Za-z0-9]/g, '')}Failed`);
  const states: Record<string, unknown> = {
    [routeId]: {
      type: 'choice',
      choices: [
        {
          when: { predicate: { lang: 'dataweave', expr: `${info.target}.problem == null\n` } },
          next: next.id,
        },
      ],
      default: deny,
    },
  };
  if (inputs.length !== 1)
    states[deny] = { type: 'fail', errorCode: UNAUTHENTICATED, reason: 'Authentication failed' };
  const end = pairRange(text, map, pairOf(map, a.id)!).end;
  // Follow the file: a blank line after the auth task means states are separated by blank lines.
  const spaced = /^[ \t]*\r?\n/.test(text.slice(end));
  const indent = ' '.repeat(columnOf(text, a.keySpan.start));
  const body = Object.entries(states)
    .map(([id, v]) =>
      stringify({ [id]: v }, { lineWidth: 0, indent: indentUnit(text) })
        .trimEnd()
        .split('\n')
        .map((l) => (l ? indent + l : l))
        .join('\n'),
    )
    .join(spaced ? '\n\n' : '\n');
  const nl = end > 0 && text[end - 1] !== '\n' ? '\n' : '';
  return {
    edits: [
      { span: fwd.span, text: routeId },
      { span: { start: end, end }, text: `${nl}${spaced ? '\n' : ''}${body}\n` },
    ],
    added: Object.keys(states),
  };
}

/** The quick fix form of `checkEdits`. Pure. */
export function checkFixFor(text: string, at: string, model?: JourneyModel): Fix | undefined {
  const plan = checkEdits(text, at, model);
  return 'error' in plan
    ? undefined
    : { title: `Route on the result of '${at}'`, edits: plan.edits };
}

/** The `auth.insertCheck` command: `(text, {at}) → {text} | {error}`. Pure. */
export function insertAuthCheck(
  text: string,
  args: { at: string },
): { text: string } | { error: string } {
  const plan = checkEdits(text, args.at);
  if ('error' in plan) return plan;
  return { text: applyEdits(text, plan.edits) };
}

const inputsCache = new WeakMap<ScopeModel, Map<string, StateModel[]>>();

/** Wait/webhook states of a scope by the state their submissions go to (cached per scope: lint asks once per auth task). */
function externalInputsInto(scope: ScopeModel): Map<string, StateModel[]> {
  let map = inputsCache.get(scope);
  if (!map) {
    map = new Map();
    for (const s of scope.states.values()) {
      if (s.type !== 'wait' && s.type !== 'webhook') continue;
      for (const t of effectiveTransitions(s)) {
        if (t.via === 'onTimeout') continue;
        const list = map.get(t.target) ?? [];
        if (!list.includes(s)) list.push(s);
        map.set(t.target, list);
      }
    }
    inputsCache.set(scope, map);
  }
  return map;
}
