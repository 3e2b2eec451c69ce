/**
 * The expression-language interface: compile once (with diagnostics at offsets
 * into the expression text), evaluate many times against bindings. Pure types.
 */

export type ExprSeverity = 'error' | 'warning' | 'info';

/** An edit inside the expression text (offsets into the expression source). */
export interface ExprEdit {
  start: number;
  end: number;
  text: string;
}

export interface ExprDiagnostic {
  /** Engine code (`DW_PARSE_ERROR`, `JN_PARSE_ERROR` …) or dialect id (`D06`, `D07`, `D08`). */
  code: string;
  severity: ExprSeverity;
  message: string;
  /** Offsets into the expression text. */
  start: number;
  end: number;
  fix?: { title: string; edits: ExprEdit[] };
}

/** A free variable read by the expression (`context` in `context.a.b`), with the member path when static. */
export interface FreeRoot {
  name: string;
  start: number;
  end: number;
  /** Static selector chain after the root (`['a','b']` for `context.a.b`), cut at the first dynamic part. */
  members: string[];
}

export interface EvalOptions {
  /** Injected clock for `now()` (ISO-8601 instant); the simulator passes its virtual clock. */
  now?: () => string;
  /** Injected id source for `uuid()`. */
  uuid?: () => string;
  /** Evaluation step budget (default 1,000,000). */
  maxSteps?: number;
  /** Recursion limit (default 200). */
  maxDepth?: number;
}

export interface EvalError {
  code: string;
  message: string;
  start?: number;
  end?: number;
}

export type EvalResult = { ok: true; value: unknown } | { ok: false; error: EvalError };

export interface CompiledExpression {
  /** Evaluates against bindings (`context`, `payload`, …). Never throws. */
  evaluate(bindings: Readonly<Record<string, unknown>>, options?: EvalOptions): EvalResult | Promise<EvalResult>;
}

export interface CompileResult {
  diagnostics: ExprDiagnostic[];
  /** Present when the expression compiled (possibly with dialect warnings). */
  compiled?: CompiledExpression;
  freeRoots: FreeRoot[];
  /** The result's JSON type when it is statically certain (EXPR-006 checks predicates); absent when unknown. */
  resultType?: StaticType;
}

/** JSON types an expression can be statically known to produce. */
export type StaticType = 'boolean' | 'number' | 'string' | 'object' | 'array' | 'null';

export interface CompileOptions {
  /** Binding roots the site provides; reads of other roots are reported by the caller. */
  bindings?: readonly string[];
}

export interface ExpressionLanguage {
  /** The `lang` value that selects this language. */
  id: string;
  /** Code prefix of this engine's diagnostics (`DW`, `JN`). */
  codePrefix: string;
  compile(source: string, options?: CompileOptions): CompileResult;
}
