/**
 * The guard templates as text edits: an auth task, a choice on its result and
 * (for guards before a state) fail states, spliced into the scope's `states`
 * with the file's indentation; every reference to the guarded state is
 * redirected to the auth task, or, for an external input, the wait/webhook's
 * `next` goes through auth and failures loop back (ADR-0032/0033). For
 * `kind: Api`, optional `apiResponses` rules map 401/403. Pure; never throws.
 */
import { isMap, isSeq, stringify, type YAMLMap, type YAMLSeq } from 'yaml';
import { AUTH_PLUGINS, type AuthMechanism } from '../catalog/auth-problems';
import type { TextEdit } from '../diagnostics';
import { buildModel } from '../model/build-model';
import type { JourneyModel, StateModel } from '../model/types';
import { parseSource } from '../source';
import { child, pairOf, spanOf } from '../yaml-nodes';
import { effectiveTransitions, forwardOf } from '../auth/flow';
import {
  PERMISSIONS_CLAIM,
  SCOPE_CLAIM,
  permissionPredicate,
  type PermissionClaim,
} from './auth-permissions';
import { permissionProblem } from '../auth/tasker-permissions';
import {
  appendPairEdit,
  columnOf,
  indentUnit,
  isFlow,
  lineStart,
  pairRange,
  renderSeqItem,
  seqItemRange,
} from './yaml-splice';

export type GuardTemplate = 'jwt' | 'jwtPermission' | 'apiKey' | 'mtls' | 'externalInput';

export interface GuardArgs {
  template: GuardTemplate;
  /** Qualified id of the state to guard (default: the top-level start); for `externalInput`, the wait/webhook. */
  at?: string;
  /** `externalInput` only: which credential to check (default jwt). */
  mechanism?: AuthMechanism;
  profile?: string;
  /** `jwtPermission` (optional for `externalInput` with jwt): the `resource:action` permission required. */
  permission?: string;
  /** Where the permission is granted: `scope` (space-delimited string, default) or `permissions` (array), or a custom claim. */
  claim?: 'scope' | 'permissions' | PermissionClaim;
  /** `kind: Api`: add apiResponses rules mapping authentication failures to 401 and permission failures to 403 (default true). */
  apiResponses?: boolean;
}

export interface GuardPlan {
  edits: TextEdit[];
  /** Ids of the inserted states: the auth task first. */
  added: string[];
}

const KIND_OF: Record<AuthMechanism, string> = {
  jwt: 'jwtValidate:v1',
  apiKey: 'apiKeyValidate:v1',
  mtls: 'mtlsValidate:v1',
};
const SUFFIX: Record<AuthMechanism, string> = { jwt: 'Jwt', apiKey: 'ApiKey', mtls: 'Cert' };
/** Problem types the templates fail with (ADR-0016's examples), mapped to 401/403 for `kind: Api`. */
export const UNAUTHENTICATED = 'urn:subject-unauthenticated';
export const UNAUTHORIZED = 'urn:subject-unauthorized';

/** Why the template cannot be applied to this text, or the model and target state when it can. Pure. */
export function guardTarget(
  model: JourneyModel,
  args: GuardArgs,
): { state: StateModel } | { error: string } {
  if (!model.spec) return { error: 'the file has no spec' };
  const qid = args.at ?? model.top.start?.value;
  const state = qid ? model.states.find((s) => s.qid === qid) : undefined;
  if (!state) return { error: qid ? `no state '${qid}'` : 'the journey has no start state' };
  if (isFlow(child(state.scope.node, 'states')))
    return { error: 'the states are written in flow style; the template needs block style' };
  if (args.template === 'externalInput') {
    if (state.type !== 'wait' && state.type !== 'webhook')
      return { error: `'${state.id}' is not a wait or webhook state` };
    if (!forwardOf(state)) return { error: `'${state.id}' has no next state to guard` };
  } else if (state.task && AUTH_PLUGINS.has(state.task.kind?.value as never)) {
    return { error: `'${state.id}' is itself an auth task` };
  }
  const needsPermission = args.template === 'jwtPermission';
  if (needsPermission && !args.permission)
    return { error: 'name the permission to require (resource:action)' };
  if (args.permission) {
    const why = permissionProblem(args.permission);
    if (why) return { error: why };
    if (args.template === 'externalInput' && (args.mechanism ?? 'jwt') !== 'jwt')
      return { error: 'permissions are checked on JWT claims only' };
  }
  return { state };
}

/** The edits that insert the guard, or why it cannot be inserted. Pure. */
export function guardEdits(text: string, args: GuardArgs): GuardPlan | { error: string } {
  const source = parseSource(text);
  if (!source.root) return { error: 'the file is not a YAML mapping' };
  const model = buildModel(source);
  const t = guardTarget(model, args);
  if ('error' in t) return t;
  const state = t.state;
  const scope = state.scope;
  const statesMap = child(scope.node, 'states') as YAMLMap;
  const mechanism: AuthMechanism =
    args.template === 'externalInput'
      ? (args.mechanism ?? 'jwt')
      : args.template === 'apiKey'
        ? 'apiKey'
        : args.template === 'mtls'
          ? 'mtls'
          : 'jwt';
  const loopBack = args.template === 'externalInput';
  const guarded = loopBack ? forwardOf(state)! : state;
  const taken = new Set(scope.states.keys());
  const unique = (base: string) => {
    let id = base;
    for (let i = 2; taken.has(id); i++) id = `${base}${i}`;
    taken.add(id);
    return id;
  };
  const cap = (loopBack ? state.id : guarded.id).replace(
    /[^A-Za-z0-9]+(.)?/g,
    (_m, c: string | undefined) => (c ?? '').toUpperCase(),
  );
  const Cap = cap.charAt(0).toUpperCase() + cap.slice(1);
  const lower = cap.charAt(0).toLowerCase() + cap.slice(1);
  const authId = unique(`validate${Cap}${SUFFIX[mechanism]}`);
  const routeId = unique(`route${Cap}Auth`);
  const target = `context.auth.${mechanism}`;
  const claim =
    typeof args.claim === 'object'
      ? args.claim
      : args.claim === 'permissions'
        ? PERMISSIONS_CLAIM
        : SCOPE_CLAIM;
  const denyId = loopBack ? state.id : unique(`${lower}Unauthenticated`);
  const forbidId = args.permission
    ? loopBack
      ? state.id
      : unique(`${lower}Forbidden`)
    : undefined;
  const pred = (expr: string) => ({ predicate: { lang: 'dataweave', expr: `${expr}\n` } });
  const task: Record<string, unknown> = {
    kind: KIND_OF[mechanism],
    profile: args.profile ?? 'default',
  };
  const choices = args.permission
    ? [
        { when: pred(`${target}.problem != null`), next: denyId },
        { when: pred(permissionPredicate(args.permission, claim, target)), next: guarded.id },
      ]
    : [{ when: pred(`${target}.problem == null`), next: guarded.id }];
  const states: Record<string, unknown> = {
    [authId]: { type: 'task', task, next: routeId },
    [routeId]: { type: 'choice', choices, default: forbidId ?? denyId },
  };
  if (!loopBack) {
    states[denyId] = { type: 'fail', errorCode: UNAUTHENTICATED, reason: 'Authentication failed' };
    if (forbidId)
      states[forbidId] = {
        type: 'fail',
        errorCode: UNAUTHORIZED,
        reason: `Missing permission ${args.permission}`,
      };
  }
  const edits: TextEdit[] = [
    insertStates(text, statesMap, loopBack ? state : guarded, !loopBack, states),
  ];
  if (loopBack) {
    const fwd = effectiveTransitions(state).find((x) => x.via !== 'onTimeout')!;
    edits.push({ span: fwd.span, text: authId });
  } else {
    for (const s of scope.states.values()) {
      for (const tr of s.transitions)
        if (tr.target === guarded.id) edits.push({ span: tr.span, text: authId });
    }
    if (scope.start?.value === guarded.id) edits.push({ span: scope.start.span, text: authId });
  }
  if (model.kind === 'Api' && !loopBack && args.apiResponses !== false) {
    const e = apiResponsesEdit(text, model.spec!, Boolean(forbidId));
    if (e) edits.push(e);
  }
  return { edits, added: Object.keys(states) };
}

/** Inserts rendered states before `anchor` (above its comments) or right after it. */
function insertStates(
  text: string,
  map: YAMLMap,
  anchor: StateModel,
  before: boolean,
  states: Record<string, unknown>,
): TextEdit {
  const unit = indentUnit(text);
  const keyStart = anchor.keySpan.start;
  const indent = ' '.repeat(columnOf(text, keyStart));
  const blocks = Object.entries(states).map(([id, body]) =>
    stringify({ [id]: body }, { lineWidth: 0, indent: unit })
      .trimEnd()
      .split('\n')
      .map((l) => (l ? indent + l : l))
      .join('\n'),
  );
  let at = lineStart(text, keyStart);
  while (at > 0) {
    const prev = lineStart(text, at - 1);
    if (!text.slice(prev, at).trim().startsWith('#')) break;
    at = prev;
  }
  const pair = pairOf(map, anchor.id)!;
  const end = pairRange(text, map, pair).end;
  // Follow the file: states separated by blank lines get blank lines.
  const above = at > 0 ? text.slice(lineStart(text, at - 1), at) : '';
  const below = text.slice(
    end,
    text.indexOf('\n', end) < 0 ? text.length : text.indexOf('\n', end) + 1,
  );
  const spaced = before ? at > 0 && above.trim() === '' : below.trim() === '' && below.length > 0;
  const sep = spaced ? '\n\n' : '\n';
  if (before) return { span: { start: at, end: at }, text: blocks.join(sep) + sep };
  const nl = end > 0 && text[end - 1] !== '\n' ? '\n' : '';
  return { span: { start: end, end }, text: nl + (spaced ? '\n' : '') + blocks.join(sep) + '\n' };
}

/** Adds the 401 (and 403) rules to `spec.bindings.http.apiResponses.rules`, creating the blocks it needs. */
function apiResponsesEdit(text: string, spec: YAMLMap, forbidden: boolean): TextEdit | undefined {
  const rule = (errorType: string, status: number) => ({
    when: { phase: 'FAILED', errorType },
    status,
  });
  const path = ['bindings', 'http', 'apiResponses', 'rules'];
  let node: YAMLMap = spec;
  for (let i = 0; i < path.length; i++) {
    const next = child(node, path[i]);
    if (i === path.length - 1 && isSeq(next)) {
      const seq = next as YAMLSeq;
      const have = JSON.stringify(seq.toJSON());
      const wanted = [
        rule(UNAUTHENTICATED, 401),
        ...(forbidden ? [rule(UNAUTHORIZED, 403)] : []),
      ].filter((r) => !have.includes(r.when.errorType));
      if (wanted.length === 0) return undefined;
      if (seq.flow || seq.items.length === 0) return undefined;
      const end = seqItemRange(text, seq, seq.items.length - 1).end;
      const dash = columnOf(text, text.lastIndexOf('-', spanOf(seq.items[0]).start));
      return {
        span: { start: end, end },
        text: wanted.map((r) => renderSeqItem(r, ' '.repeat(dash))).join('\n') + '\n',
      };
    }
    if (!isMap(next)) {
      let value: unknown = [
        rule(UNAUTHENTICATED, 401),
        ...(forbidden ? [rule(UNAUTHORIZED, 403)] : []),
      ];
      for (let j = path.length - 1; j > i; j--) value = { [path[j]]: value };
      return next == null ? appendPairEdit(text, node, path[i], value) : undefined;
    }
    node = next as YAMLMap;
  }
  return undefined;
}
