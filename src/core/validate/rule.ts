/** The rule interface: every static check in the core is a Rule over one analysed journey. */
import type { Diagnostic, Fix, Severity, Span } from '../diagnostics';
import type { JourneyModel, StateModel } from '../model/types';
import type { JourneySource } from '../source';
import type { AnyNode } from '../yaml-nodes';
import type { OpenApiResolver } from '../openapi-lookup';
import type { EngineProfile } from '../engine-profile';
import type { CompiledSite } from './expressions-index';

export interface RuleContext {
  readonly source: JourneySource;
  readonly model: JourneyModel;
  /** Expression sites compiled once for all rules (syntax, free roots). */
  readonly compiled: readonly CompiledSite[];
  /** Finds the OpenAPI document of an `openApiRef` (CAT-003/004); absent when the host reads no files. */
  readonly openApi?: OpenApiResolver;
  /** What the target engine build supports (TOP-021, COMP-006); absent = nothing is checked. */
  readonly engine?: EngineProfile;
  /** The part of the file this run covers, when the editor checks states one by one (see `specRoots`). */
  readonly region?: RuleRegion;
  /** Reports a finding. `code` must be one of the rule's `codes`. */
  report(d: Diagnostic): void;
  /** Shorthand for `report` with the common fields. */
  add(
    code: string,
    severity: Severity,
    message: string,
    at: { span: Span; path: string },
    extra?: { fix?: Fix; alternatives?: Fix[]; style?: boolean },
  ): void;
}

export interface Rule {
  /** A short name for the family this module checks (`choice`, `graph-scopes` …). */
  name: string;
  /** The rule ids this module may report. */
  codes: readonly string[];
  check(ctx: RuleContext): void;
  /**
   * True when every finding inside a top-level state depends only on that
   * state's text and the file outside `spec.states`, and the rule reads states,
   * scopes and sites only through `ctx.model.states|scopes|exprSites|schemaSites`
   * and `ctx.compiled`: the editor then re-checks only edited states.
   */
  perState?: boolean;
}

/** One top-level state, or everything but the top-level states (`skip` holds their nodes). */
export type RuleRegion =
  | { kind: 'state'; state: StateModel }
  | { kind: 'rest'; skip: ReadonlySet<unknown> };

export interface WalkRoot {
  node: AnyNode;
  path: string;
  /** The keys from `spec` to `node`, as a walk from `spec` would have them. */
  keys: string[];
  /** Nodes not to descend into. */
  skip?: ReadonlySet<unknown>;
}

/** Where a rule that looks at "everything under spec" walks in this run. */
export function specRoots(ctx: RuleContext): WalkRoot[] {
  const region = ctx.region;
  if (region?.kind === 'state')
    return [{ node: region.state.node, path: region.state.path, keys: ['states', region.state.id] }];
  return [{ node: ctx.model.spec, path: 'spec', keys: [], skip: region?.skip }];
}

/** Helper for rules: iterate states of a given type across every scope. */
export function statesOfType(model: JourneyModel, ...types: string[]): StateModel[] {
  return model.states.filter((s) => s.type && types.includes(s.type));
}
