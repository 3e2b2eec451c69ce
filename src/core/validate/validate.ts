/**
 * The validation core: parse → model → rules. One entry point for the editor,
 * the Web Worker, the simulator and the CLI. Pure; never throws on user input.
 */
import { defaultLanguages } from '../../expr/registry';
import type { ExpressionLanguage } from '../../expr/types';
import { sortDiagnostics, diag, type Diagnostic } from '../diagnostics';
import { buildModel } from '../model/build-model';
import type { JourneyModel } from '../model/types';
import type { ParseCache } from '../incremental-parse';
import type { OpenApiResolver } from '../openapi-lookup';
import type { EngineProfile } from '../engine-profile';
import { parseSource, type JourneySource } from '../source';
import { compileSites, type CompiledSite } from './expressions-index';
import { fragmentsOf } from '../model/state-fragments';
import { PerStateRunner, surroundingsOf } from './per-state-rules';
import type { Rule, RuleContext } from './rule';
import { allRules } from './rules/registry';

export interface Analysis {
  source: JourneySource;
  model: JourneyModel;
  compiled: CompiledSite[];
  /** Sorted by position. Includes style (`info`) findings; filter with `visibleDiagnostics`. */
  diagnostics: Diagnostic[];
}

export interface AnalyzeOptions {
  languages?: ReadonlyMap<string, ExpressionLanguage>;
  rules?: readonly Rule[];
  /** Re-use unchanged states of this journey's previous parse (see `ParseOptions.cache`). */
  cache?: ParseCache;
  /** Finds the OpenAPI documents of `spec.apis.*.openApiRef` (relative to this journey); without it CAT-003/004 are not checked. */
  openApi?: OpenApiResolver;
  /** What the target engine build supports (see `parseEngineProfile`); without it TOP-021/COMP-006 are not checked. */
  engine?: EngineProfile;
}

let sharedLanguages: ReadonlyMap<string, ExpressionLanguage> | undefined;

/** Parses, models and validates a journey file's text. */
export function analyze(text: string, fileName = 'journey.yaml', options: AnalyzeOptions = {}): Analysis {
  return analyzeSource(parseSource(text, fileName, { cache: options.cache }), options);
}

/** Models and validates an already parsed source (the editor's incremental parse feeds this). */
export function analyzeSource(source: JourneySource, options: AnalyzeOptions = {}): Analysis {
  const model = buildModel(source);
  const languages = options.languages ?? (sharedLanguages ??= defaultLanguages());
  // Until the YAML parses, rule findings on the half-read document are noise: report the syntax only.
  const readable = source.root !== undefined && !source.diagnostics.some((d) => d.code === 'YAML-001');
  const compiled = readable ? compileSites(source, model.exprSites, languages) : [];
  const diagnostics: Diagnostic[] = [...source.diagnostics];
  if (readable) {
    const ctx: RuleContext = {
      source,
      model,
      compiled,
      openApi: options.openApi,
      engine: options.engine,
      report: (d) => diagnostics.push(d),
      add: (code, severity, message, at, extra) => diagnostics.push(diag(code, severity, message, at.span, at.path, extra)),
    };
    const rules = options.rules ?? allRules;
    const perState = perStateRunner(ctx, [languages, options.openApi, options.engine, rules]);
    const runChecked = (rule: Rule, run: () => void) => {
      try {
        run();
      } catch (err) {
        // A bug in one rule must not hide the others' findings or crash the editor.
        diagnostics.push(
          diag('CORE-001', 'error', `Internal error in check '${rule.name}': ${String(err)}`, { start: 0, end: 0 }),
        );
      }
    };
    if (perState) perState.run(perStateRules(rules), runChecked);
    for (const rule of rules) if (!perState || !rule.perState) runChecked(rule, () => rule.check(ctx));
  }
  return { source, model, compiled, diagnostics: dedupe(sortDiagnostics(diagnostics)) };
}

const perStateLists = new WeakMap<readonly Rule[], readonly Rule[]>();

/** The per-state rules of a rule list, the same array each time (memos compare it by identity). */
function perStateRules(rules: readonly Rule[]): readonly Rule[] {
  let list = perStateLists.get(rules);
  if (!list) perStateLists.set(rules, (list = rules.filter((r) => r.perState)));
  return list;
}

/** Splits the rules' work by top-level state when the parse reused states (the editor's keystroke path). */
function perStateRunner(ctx: RuleContext, options: readonly unknown[]): PerStateRunner | undefined {
  const fragments = fragmentsOf(ctx.model);
  if (!fragments) return undefined;
  const surroundings = surroundingsOf(ctx.model, ctx.source.text, options);
  return surroundings && new PerStateRunner(ctx, fragments, surroundings);
}

/** Drops style-only findings unless asked for; pure. */
export function visibleDiagnostics(list: readonly Diagnostic[], includeStyle = false): Diagnostic[] {
  return includeStyle ? [...list] : list.filter((d) => !d.style);
}

function dedupe(list: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return list.filter((d) => {
    const key = `${d.code}|${d.span.start}|${d.span.end}|${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
