/** The rule interface: every static check in the core is a Rule over one analysed journey. */
import type { Diagnostic, Fix, Severity, Span } from '../diagnostics';
import type { JourneyModel, StateModel } from '../model/types';
import type { JourneySource } from '../source';
import type { CompiledSite } from './expressions-index';

export interface RuleContext {
  readonly source: JourneySource;
  readonly model: JourneyModel;
  /** Expression sites compiled once for all rules (syntax, free roots). */
  readonly compiled: readonly CompiledSite[];
  /** Reports a finding. `code` must be one of the rule's `codes`. */
  report(d: Diagnostic): void;
  /** Shorthand for `report` with the common fields. */
  add(
    code: string,
    severity: Severity,
    message: string,
    at: { span: Span; path: string },
    extra?: { fix?: Fix; style?: boolean },
  ): void;
}

export interface Rule {
  /** A short name for the family this module checks (`choice`, `graph-scopes` …). */
  name: string;
  /** The rule ids this module may report. */
  codes: readonly string[];
  check(ctx: RuleContext): void;
}

/** Helper for rules: iterate states of a given type across every scope. */
export function statesOfType(model: JourneyModel, ...types: string[]): StateModel[] {
  return model.states.filter((s) => s.type && types.includes(s.type));
}
