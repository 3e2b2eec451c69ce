/**
 * Model fragments memoized per top-level state node. When the parse reuses an
 * unchanged state's nodes (ParseCache), its part of the model — the state, its
 * branch scopes and states, its expression and schema sites — is taken over
 * instead of rebuilt; only the spans move, by the distance the nodes moved.
 * Pure data keyed weakly by node, so a dropped document frees its fragments.
 */
import type { Scalar, YAMLMap } from 'yaml';
import type { Span } from '../diagnostics';
import type { ExprSite, JourneyModel, SchemaSite, ScopeModel, StateModel } from './types';

export interface StateFragment {
  /** Expression bindings depend on the journey kind: a changed kind rebuilds. */
  readonly kind: JourneyModel['kind'];
  /** The id's key node: part of the cached pair, so the same object while the text is the same. */
  readonly keyNode: Scalar;
  /** The node's start offset when the fragment's spans were last right. */
  base: number;
  /** The state first, then its branch states, in build order. */
  readonly states: StateModel[];
  /** Its branch scopes, in build order. */
  readonly scopes: ScopeModel[];
  exprSites?: ExprSite[];
  schemaSites?: SchemaSite[];
}

const fragments = new WeakMap<YAMLMap, StateFragment>();

/** The fragment built for this very node, moved to where the node is now; undefined when it must be rebuilt. */
export function takeFragment(node: YAMLMap, keyNode: Scalar, kind: JourneyModel['kind']): StateFragment | undefined {
  const fragment = fragments.get(node);
  if (!fragment || fragment.keyNode !== keyNode || fragment.kind !== kind || !fragment.exprSites) return undefined;
  const at = node.range?.[0];
  if (at === undefined) return undefined;
  if (at !== fragment.base) shiftFragment(fragment, at - fragment.base);
  fragment.base = at;
  return fragment;
}

export function rememberFragment(node: YAMLMap, fragment: StateFragment): void {
  fragments.set(node, fragment);
}

/** Moves every span of the fragment once (transitions share their span objects with the fields they come from). */
function shiftFragment(fragment: StateFragment, delta: number): void {
  const seen = new Set<Span>();
  const move = (span: Span | undefined) => {
    if (!span || seen.has(span)) return;
    seen.add(span);
    span.start += delta;
    span.end += delta;
  };
  for (const s of fragment.states) {
    move(s.span);
    move(s.keySpan);
    move(s.rawType?.span);
    move(s.next?.span);
    move(s.task?.span);
    move(s.task?.kind?.span);
    move(s.ref?.span);
    for (const t of s.transitions) move(t.span);
  }
  for (const scope of fragment.scopes) {
    move(scope.span);
    move(scope.start?.span);
  }
  for (const site of fragment.exprSites ?? []) {
    move(site.span);
    move(site.lang?.span);
  }
  for (const site of fragment.schemaSites ?? []) move(site.span);
}

const fragmentsByModel = new WeakMap<JourneyModel, ReadonlyMap<unknown, StateFragment>>();

/** The top-level state fragments of a model built from a reusing parse (in document order). */
export function fragmentsOf(model: JourneyModel): ReadonlyMap<unknown, StateFragment> | undefined {
  return fragmentsByModel.get(model);
}

export function recordFragments(model: JourneyModel, fragments: ReadonlyMap<unknown, StateFragment>): void {
  fragmentsByModel.set(model, fragments);
}
