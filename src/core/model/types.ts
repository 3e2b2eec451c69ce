/** The typed journey model: a read-only view over the YAML Document, every node with its span. */
import type { YAMLMap, Scalar } from 'yaml';
import type { Span } from '../diagnostics';
import type { AnyNode } from '../yaml-nodes';

export const STATE_TYPES = [
  'task',
  'choice',
  'transform',
  'parallel',
  'wait',
  'webhook',
  'timer',
  'subjourney',
  'succeed',
  'fail',
] as const;
export type StateType = (typeof STATE_TYPES)[number];

export const AUTH_TASK_KINDS = ['jwtValidate:v1', 'mtlsValidate:v1', 'apiKeyValidate:v1'] as const;
export type AuthTaskKind = (typeof AUTH_TASK_KINDS)[number];

export interface Located {
  /** Dotted path into the document (`spec.states.x.next`). */
  path: string;
  span: Span;
}

export interface StrValue extends Located {
  value: string;
}

/** How a transition is written in the file. `waitDefault`/`stateDefault` are dialect D01/D02. */
export type TransitionVia = 'next' | 'choice' | 'default' | 'onTimeout' | 'waitDefault' | 'stateDefault';

export interface Transition extends Located {
  from: StateModel;
  target: string;
  via: TransitionVia;
  /** Index into `choices` for `via: 'choice'`. */
  choiceIndex?: number;
}

export type ScopeKind = 'top' | 'subjourney' | 'branch' | 'compensation';

export interface ScopeModel extends Located {
  /** Unique scope id: `top`, `subjourney:<id>`, `branch:<qualified parallel>/<name>`, `compensation`. */
  id: string;
  kind: ScopeKind;
  /** Prefix for qualified state ids: '' at top level, `outer/branch/` in a branch, `<subjourney>/` in a subjourney. */
  prefix: string;
  /** Branch name or subjourney id. */
  name?: string;
  start?: StrValue;
  states: Map<string, StateModel>;
  /** The mapping that holds `states`. */
  node: YAMLMap | undefined;
  /** The `parallel` state that owns a branch scope. */
  owner?: StateModel;
  parent?: ScopeModel;
}

export interface TaskModel extends Located {
  kind?: StrValue;
  node: YAMLMap;
}

export interface StateModel extends Located {
  id: string;
  /** Scope prefix + id (`outer/branch/state`). */
  qid: string;
  type?: StateType;
  /** The raw `type` value, also when it is not a known state type. */
  rawType?: StrValue;
  scope: ScopeModel;
  node: YAMLMap;
  keyNode: Scalar;
  keySpan: Span;
  task?: TaskModel;
  /** The body block named like the type (`wait:`, `webhook:`, `parallel:` …). */
  body?: YAMLMap;
  next?: StrValue;
  transitions: Transition[];
  /** Branch scopes of a `parallel` state. */
  branches: ScopeModel[];
  /** `subjourney.ref`. */
  ref?: StrValue;
}

/** The binding roots an expression may read, by site (dsl.md §10.2). */
export type ExprRole =
  | 'predicate'
  | 'mapper'
  | 'joinMapper'
  | 'errorMapping'
  | 'subjourneyInput'
  | 'apiResponse'
  | 'errorEnvelope'
  | 'compensation'
  | 'other';

export interface ExprSite extends Located {
  lang?: StrValue;
  /** The expression text as the engine sees it (block scalar content, unquoted). */
  expr: string;
  /** The scalar holding the expression: offsets inside `expr` map back through it. */
  exprNode?: Scalar;
  /** The `{lang, expr}` mapping. */
  node: YAMLMap;
  role: ExprRole;
  /** The state whose field holds the expression, if any. */
  state?: StateModel;
  /** Binding roots available at this site (always includes `context` and `platform`). */
  bindings: readonly string[];
}

export interface SchemaSite extends Located {
  node: AnyNode;
}

export interface JourneyModel {
  kind?: 'Journey' | 'Api';
  rawKind?: StrValue;
  name?: StrValue;
  version?: StrValue;
  root: YAMLMap | undefined;
  spec: YAMLMap | undefined;
  top: ScopeModel;
  /** All scopes, top first. */
  scopes: ScopeModel[];
  /** Every state of every scope, in document order. */
  states: StateModel[];
  subjourneys: Map<string, ScopeModel>;
  compensation?: ScopeModel;
  exprSites: ExprSite[];
  schemaSites: SchemaSite[];
  /** Names declared under `spec.apis`. */
  apis: Map<string, Located>;
  /** Mapper ids under `spec.mappers`. */
  mappers: Map<string, Located>;
}
