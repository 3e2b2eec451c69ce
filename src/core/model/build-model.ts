/**
 * buildModel: the one place where the YAML Document becomes the typed journey
 * model. Pure; never throws on user input (shape problems are left to rules).
 */
import { isMap, isScalar, isSeq, type YAMLMap, type Scalar } from 'yaml';
import type { JourneySource } from '../source';
import { child, entries, items, joinPath, spanOf, str, pairSpan, pairOf } from '../yaml-nodes';
import type { AnyNode } from '../yaml-nodes';
import {
  STATE_TYPES,
  type ExprRole,
  type JourneyModel,
  type Located,
  type ScopeKind,
  type ScopeModel,
  type StateModel,
  type StateType,
  type StrValue,
  type Transition,
} from './types';
import { bindingsFor } from './bindings';
import { recordFragments, rememberFragment, takeFragment, type StateFragment } from './state-fragments';

/** Nesting of parallel branches deeper than this is not modelled (junk input guard). */
const MAX_SCOPE_DEPTH = 32;

/** Builds the journey model from a parsed source; pure. */
export function buildModel(source: JourneySource): JourneyModel {
  const root = source.root;
  const spec = isMap(child(root, 'spec')) ? (child(root, 'spec') as YAMLMap) : undefined;
  const rawKind = strValue(root, 'kind', 'kind');
  const kind = rawKind?.value === 'Journey' || rawKind?.value === 'Api' ? rawKind.value : undefined;
  const b = new Builder(source.reusesStates === true, kind);
  const top = b.scope('top', 'top', '', spec, 'spec', undefined, undefined, undefined, 0);
  const subjourneys = new Map<string, ScopeModel>();
  for (const e of entries(child(spec, 'subjourneys'))) {
    const path = joinPath('spec.subjourneys', e.key);
    subjourneys.set(
      e.key,
      b.scope(
        `subjourney:${e.key}`,
        'subjourney',
        `${e.key}/`,
        asMap(e.value),
        path,
        e.key,
        undefined,
        undefined,
        0,
      ),
    );
  }
  const compNode = asMap(child(spec, 'compensation'));
  const compensation = compNode
    ? b.scope(
        'compensation',
        'compensation',
        'compensation/',
        compNode,
        'spec.compensation',
        'compensation',
        undefined,
        undefined,
        0,
      )
    : undefined;
  const model: JourneyModel = {
    kind,
    rawKind,
    name: strValue(child(root, 'metadata'), 'name', 'metadata.name'),
    version: strValue(child(root, 'metadata'), 'version', 'metadata.version'),
    root,
    spec,
    top,
    scopes: b.scopes,
    states: b.states.sort((x, y) => x.span.start - y.span.start),
    subjourneys,
    compensation,
    exprSites: [],
    schemaSites: [],
    apis: namedBlocks(child(spec, 'apis'), 'spec.apis'),
    mappers: namedBlocks(child(spec, 'mappers'), 'spec.mappers'),
  };
  collectSites(model, b.fragments);
  if (b.fragments.size) recordFragments(model, b.fragments);
  return model;
}

class Builder {
  scopes: ScopeModel[] = [];
  states: StateModel[] = [];
  /** Top-level state node → its fragment (taken over or new), when fragments are kept. */
  readonly fragments = new Map<AnyNode, StateFragment>();

  constructor(
    private readonly reuse: boolean,
    private readonly kind: JourneyModel['kind'],
  ) {}

  scope(
    id: string,
    kind: ScopeKind,
    prefix: string,
    node: YAMLMap | undefined,
    path: string,
    name: string | undefined,
    owner: StateModel | undefined,
    parent: ScopeModel | undefined,
    depth: number,
  ): ScopeModel {
    const scope: ScopeModel = {
      id,
      kind,
      prefix,
      name,
      path,
      span: spanOf(node),
      start: strValue(node, 'start', joinPath(path, 'start')),
      states: new Map(),
      node,
      owner,
      parent,
    };
    this.scopes.push(scope);
    const statesPath = joinPath(path, 'states');
    for (const e of entries(child(node, 'states'))) {
      if (!isMap(e.value) || scope.states.has(e.key)) continue;
      if (this.reuse && kind === 'top') {
        scope.states.set(
          e.key,
          this.topState(scope, e.key, e.keyNode, e.value as YAMLMap, joinPath(statesPath, e.key)),
        );
        continue;
      }
      const state = this.state(
        scope,
        e.key,
        e.keyNode,
        e.value as YAMLMap,
        joinPath(statesPath, e.key),
        depth,
      );
      scope.states.set(e.key, state);
    }
    return scope;
  }

  /** A top-level state, taken over from the previous model when its nodes are the same. */
  private topState(
    top: ScopeModel,
    id: string,
    keyNode: Scalar,
    node: YAMLMap,
    path: string,
  ): StateModel {
    const reused = takeFragment(node, keyNode, this.kind);
    if (reused) {
      for (const s of reused.states) if (s.scope.kind === 'top') s.scope = top;
      for (const scope of reused.scopes) if (scope.parent?.kind === 'top') scope.parent = top;
      this.states.push(...reused.states);
      this.scopes.push(...reused.scopes);
      this.fragments.set(node, reused);
      return reused.states[0];
    }
    const firstState = this.states.length;
    const firstScope = this.scopes.length;
    const state = this.state(top, id, keyNode, node, path, 0);
    const fragment: StateFragment = {
      kind: this.kind,
      keyNode,
      base: node.range?.[0] ?? 0,
      states: this.states.slice(firstState),
      scopes: this.scopes.slice(firstScope),
    };
    rememberFragment(node, fragment);
    this.fragments.set(node, fragment);
    return state;
  }

  state(
    scope: ScopeModel,
    id: string,
    keyNode: Scalar,
    node: YAMLMap,
    path: string,
    depth: number,
  ): StateModel {
    const rawType = strValue(node, 'type', joinPath(path, 'type'));
    const type = (STATE_TYPES as readonly string[]).includes(rawType?.value ?? '')
      ? (rawType!.value as StateType)
      : undefined;
    const keySpan = spanOf(keyNode);
    const nodeSpan = spanOf(node);
    const state: StateModel = {
      id,
      qid: scope.prefix + id,
      type,
      rawType,
      scope,
      node,
      keyNode,
      keySpan,
      path,
      span: { start: keySpan.start, end: Math.max(keySpan.end, nodeSpan.end) },
      next: strValue(node, 'next', joinPath(path, 'next')),
      transitions: [],
      branches: [],
    };
    const taskNode = asMap(child(node, 'task'));
    if (taskNode) {
      state.task = {
        node: taskNode,
        path: joinPath(path, 'task'),
        span: spanOf(taskNode),
        kind: strValue(taskNode, 'kind', joinPath(joinPath(path, 'task'), 'kind')),
      };
    }
    if (type && type !== 'task') state.body = asMap(child(node, type));
    if (type === 'subjourney')
      state.ref = strValue(state.body, 'ref', joinPath(joinPath(path, 'subjourney'), 'ref'));
    state.transitions = transitionsOf(state);
    this.states.push(state);
    if (type === 'parallel' && depth < MAX_SCOPE_DEPTH) {
      items(child(state.body, 'branches')).forEach((branch, i) => {
        if (!isMap(branch)) return;
        const name = str(child(branch, 'name')) ?? `#${i}`;
        const bpath = joinPath(joinPath(joinPath(path, 'parallel'), 'branches'), i);
        state.branches.push(
          this.scope(
            `branch:${state.qid}/${name}`,
            'branch',
            `${state.qid}/${name}/`,
            branch as YAMLMap,
            bpath,
            name,
            state,
            scope,
            depth + 1,
          ),
        );
      });
    }
    return state;
  }
}

function transitionsOf(state: StateModel): Transition[] {
  const out: Transition[] = [];
  const add = (via: Transition['via'], v: StrValue | undefined, choiceIndex?: number) => {
    if (v) out.push({ from: state, target: v.value, via, path: v.path, span: v.span, choiceIndex });
  };
  add('next', state.next);
  if (state.type === 'choice') {
    items(child(state.node, 'choices')).forEach((c, i) => {
      add('choice', strValue(c, 'next', `${state.path}.choices[${i}].next`), i);
    });
    add('default', strValue(state.node, 'default', `${state.path}.default`));
  } else {
    // D02: a choice-style `default` at state level on a non-choice state.
    add('stateDefault', strValue(state.node, 'default', `${state.path}.default`));
  }
  if (state.type === 'wait' || state.type === 'webhook') {
    const bodyPath = `${state.path}.${state.type}`;
    add('onTimeout', strValue(state.body, 'onTimeout', `${bodyPath}.onTimeout`));
    add('waitDefault', strValue(state.body, 'default', `${bodyPath}.default`)); // D01
  }
  return out;
}

function strValue(map: AnyNode, key: string, path: string): StrValue | undefined {
  const pair = pairOf(map, key);
  if (!pair) return undefined;
  const v = pair.value as AnyNode;
  if (!isScalar(v) || v.value === null || typeof v.value === 'object') return undefined;
  return { value: String(v.value), path, span: spanOf(v) };
}

function asMap(node: AnyNode): YAMLMap | undefined {
  return isMap(node) ? (node as YAMLMap) : undefined;
}

function namedBlocks(map: AnyNode, path: string): Map<string, Located> {
  const out = new Map<string, Located>();
  for (const e of entries(map)) {
    out.set(e.key, { path: joinPath(path, e.key), span: pairSpan(e.pair, spanOf(e.keyNode)) });
  }
  return out;
}

/** Keys whose value is a JSON Schema (inline schema sites, SCH-001). */
const SCHEMA_KEYS = new Set(['schema']);

/** Walks the spec once, collecting expression sites (`{lang?, expr}` maps) and inline schemas. */
function collectSites(model: JourneyModel, fragments: ReadonlyMap<AnyNode, StateFragment>): void {
  const stateByNode = new Map<unknown, StateModel>();
  for (const s of model.states) stateByNode.set(s.node, s);
  const walk = (
    node: AnyNode,
    path: string,
    trail: string[],
    state: StateModel | undefined,
    depth: number,
  ) => {
    if (depth > 200 || node == null) return;
    const fragment = fragments.get(node);
    if (fragment) {
      walkFragment(fragment, () => walkMap(node as YAMLMap, path, trail, state, depth));
      return;
    }
    if (isMap(node)) walkMap(node, path, trail, state, depth);
    else if (isSeq(node)) {
      items(node).forEach((it, i) => walk(it, joinPath(path, i), trail, state, depth + 1));
    }
  };
  /** A taken-over state adds its sites as they were; a new one records what its walk adds. */
  const walkFragment = (fragment: StateFragment, walkState: () => void) => {
    if (fragment.exprSites && fragment.schemaSites) {
      model.exprSites.push(...fragment.exprSites);
      model.schemaSites.push(...fragment.schemaSites);
      return;
    }
    const firstExpr = model.exprSites.length;
    const firstSchema = model.schemaSites.length;
    walkState();
    fragment.exprSites = model.exprSites.slice(firstExpr);
    fragment.schemaSites = model.schemaSites.slice(firstSchema);
  };
  const walkMap = (
    node: YAMLMap,
    path: string,
    trail: string[],
    state: StateModel | undefined,
    depth: number,
  ) => {
    const owner = stateByNode.get(node) ?? state;
    const exprPair = pairOf(node, 'expr');
    if (exprPair && isScalar(exprPair.value)) {
      const role = roleOf(trail, owner); // reads `trail` now: it is mutated as the walk goes on
      const exprNode = exprPair.value as Scalar;
      model.exprSites.push({
        path,
        span: spanOf(node),
        node: node as YAMLMap,
        lang: strValue(node, 'lang', joinPath(path, 'lang')),
        expr: typeof exprNode.value === 'string' ? exprNode.value : String(exprNode.value ?? ''),
        exprNode,
        role,
        state: owner,
        bindings: bindingsFor(role, model.kind),
      });
      return;
    }
    for (const e of entries(node)) {
      const p = joinPath(path, e.key);
      if (SCHEMA_KEYS.has(e.key) && isSchemaContext(trail)) {
        model.schemaSites.push({
          path: p,
          span: spanOf(e.value, spanOf(e.keyNode)),
          node: e.value,
        });
        continue;
      }
      if (isScalar(e.value)) continue; // a site is a mapping: scalars hold none
      trail.push(e.key);
      walk(e.value, p, trail, owner, depth + 1);
      trail.pop();
    }
  };
  walk(model.spec, 'spec', ['spec'], undefined, 0);
}

/** Schema keys that hold JSON Schemas (not e.g. a task field named `schema`). */
function isSchemaContext(trail: string[]): boolean {
  const parent = trail[trail.length - 1];
  return ['input', 'output', 'context', 'response', 'attributes'].includes(parent ?? '');
}

function roleOf(trail: string[], state: StateModel | undefined): ExprRole {
  const has = (k: string) => trail.includes(k);
  if (has('compensation')) return 'compensation';
  if (has('apiResponses')) return 'apiResponse';
  if (has('errors')) return 'errorEnvelope';
  if (has('errorMapping')) return 'errorMapping';
  if (state?.type === 'parallel' && has('join')) return 'joinMapper';
  if (state?.type === 'subjourney' && has('input')) return 'subjourneyInput';
  if (trail[trail.length - 1] === 'predicate') return 'predicate';
  return 'mapper';
}
