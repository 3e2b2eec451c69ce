/**
 * Per-state rule results for the editor's keystroke path. A rule marked
 * `perState` reports, inside one top-level state, only what that state's text
 * and the file around `spec.states` decide (test/core/per-state-rules.test.ts
 * checks this on the corpus and on edits). When the parse reused a state's
 * nodes and nothing around `spec.states` changed, the state's findings are
 * taken from the previous run, moved with the state; only edited states and
 * the part outside top-level states are checked again.
 */
import { isMap } from 'yaml';
import { diag, type Diagnostic, type Fix, type Span } from '../diagnostics';
import type { StateFragment } from '../model/state-fragments';
import type { ExprSite, JourneyModel, SchemaSite, ScopeModel, StateModel } from '../model/types';
import { child } from '../yaml-nodes';
import type { CompiledSite } from './expressions-index';
import type { Rule, RuleContext, RuleRegion } from './rule';

/**
 * What besides a state's own text its per-state findings may depend on: the
 * file with the top-level `states` block cut out, and the analysis options.
 * Equal surroundings are the same object (`surroundingsOf` keeps the last), so
 * each state's memo is checked by identity.
 */
export interface Surroundings {
  readonly text: string;
  readonly options: readonly unknown[];
}

interface Memo {
  surroundings: Surroundings;
  rules: readonly Rule[];
  /** Findings with offsets relative to the state node's start. */
  relative: Diagnostic[];
}

const memos = new WeakMap<StateFragment, Memo>();

type RunChecked = (rule: Rule, run: () => void) => void;

/** One analysis' split of the model: a sub-context per top-level state, and one for the rest. */
export class PerStateRunner {
  private readonly compiledBySite = new Map<ExprSite, CompiledSite>();

  constructor(
    private readonly ctx: RuleContext,
    private readonly fragments: ReadonlyMap<unknown, StateFragment>,
    private readonly surroundings: Surroundings,
  ) {
    for (const c of ctx.compiled) this.compiledBySite.set(c.site, c);
  }

  /** Runs `rules` over every top-level state (from memory where possible) and over the rest of the file. */
  run(rules: readonly Rule[], runChecked: RunChecked): void {
    if (!rules.length) return;
    for (const fragment of this.fragments.values()) this.runOnFragment(rules, fragment, runChecked);
    const rest = this.restContext();
    for (const rule of rules) runChecked(rule, () => rule.check(rest));
  }

  private runOnFragment(rules: readonly Rule[], fragment: StateFragment, runChecked: RunChecked): void {
    const memo = memos.get(fragment);
    if (memo && memo.surroundings === this.surroundings && memo.rules === rules) {
      for (const d of memo.relative) this.ctx.report(moved(d, fragment.base));
      return;
    }
    const found: Diagnostic[] = [];
    const ctx = this.subContext(
      { kind: 'state', state: fragment.states[0] },
      fragment.states,
      fragment.scopes,
      fragment.exprSites ?? [],
      fragment.schemaSites ?? [],
      (d) => found.push(d),
    );
    let failed = false;
    for (const rule of rules)
      runChecked(rule, () => {
        try {
          rule.check(ctx);
        } catch (err) {
          failed = true;
          throw err;
        }
      });
    for (const d of found) this.ctx.report(d);
    // A finding outside its state would not move with it, and a failed check must run again: not remembered.
    const within = stateExtent(fragment);
    if (!failed && found.every((d) => inside(d, within)))
      memos.set(fragment, { surroundings: this.surroundings, rules, relative: found.map((d) => moved(d, -fragment.base)) });
    else memos.delete(fragment);
  }

  private restContext(): RuleContext {
    // Fragments hold the top-level states and everything nested in them (branch scopes and their states).
    const inFragment = (scope: ScopeModel | undefined): boolean => {
      for (let s = scope; s; s = s.kind === 'branch' ? s.owner?.scope : undefined) if (s.kind === 'top') return true;
      return false;
    };
    const fragmentSchemas = new Set<SchemaSite>();
    for (const f of this.fragments.values()) for (const site of f.schemaSites ?? []) fragmentSchemas.add(site);
    const { model } = this.ctx;
    const topStateNodes = new Set<unknown>();
    for (const f of this.fragments.values()) topStateNodes.add(f.states[0].node);
    return this.subContext(
      { kind: 'rest', skip: topStateNodes },
      model.states.filter((s) => !inFragment(s.scope)),
      model.scopes.filter((s) => s.kind === 'top' || !inFragment(s)), // the top scope's own fields are the rest's
      model.exprSites.filter((site) => !site.state || !inFragment(site.state.scope)),
      model.schemaSites.filter((site) => !fragmentSchemas.has(site)),
      this.ctx.report,
    );
  }

  private subContext(
    region: RuleRegion,
    states: StateModel[],
    scopes: ScopeModel[],
    exprSites: ExprSite[],
    schemaSites: SchemaSite[],
    report: (d: Diagnostic) => void,
  ): RuleContext {
    const model: JourneyModel = { ...this.ctx.model, states, scopes, exprSites, schemaSites };
    const compiled = exprSites.flatMap((s) => this.compiledBySite.get(s) ?? []);
    return {
      ...this.ctx,
      model,
      compiled,
      region,
      report,
      add: (code, severity, message, at, extra) => report(diag(code, severity, message, at.span, at.path, extra)),
    };
  }
}

let lastSurroundings: Surroundings | undefined;

/** The surroundings of this analysis: the previous object when nothing around `spec.states` changed. */
export function surroundingsOf(model: JourneyModel, text: string, options: readonly unknown[]): Surroundings | undefined {
  const states = child(model.spec, 'states');
  const range = isMap(states) ? states.range : undefined;
  if (!range) return undefined;
  const next = { text: text.slice(0, range[0]) + '\u0000' + text.slice(range[2]), options };
  const last = lastSurroundings;
  if (last && last.text === next.text && last.options.length === options.length && last.options.every((o, i) => o === options[i]))
    return last;
  return (lastSurroundings = next);
}

function stateExtent(fragment: StateFragment): Span {
  const state = fragment.states[0];
  return { start: state.span.start, end: state.node.range?.[2] ?? state.span.end };
}

function inside(d: Diagnostic, extent: Span): boolean {
  const within = (s: Span) => s.start >= extent.start && s.end <= extent.end;
  return within(d.span) && (d.fix?.edits.every((e) => within(e.span)) ?? true);
}

/** A copy with every offset moved by `delta` (findings share span objects with the model: never move in place). */
function moved(d: Diagnostic, delta: number): Diagnostic {
  const span = (s: Span) => ({ start: s.start + delta, end: s.end + delta });
  const copy: Diagnostic = { ...d, span: span(d.span) };
  const fix = (f: Fix): Fix => ({ title: f.title, edits: f.edits.map((e) => ({ span: span(e.span), text: e.text })) });
  if (d.fix) copy.fix = fix(d.fix);
  if (d.alternatives) copy.alternatives = d.alternatives.map(fix);
  return copy;
}
