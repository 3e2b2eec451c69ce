/**
 * The HTTP status a `kind: Api` answers with at a terminal, by
 * `spec.bindings.http.apiResponses` (dsl.md §2.2.2, ADR-0016): rules in order,
 * then `default` (SUCCEEDED 200, FAILED = Problem.status or 500).
 */
import type { ExprRunner } from './expr-eval';
import { isRecord, readPath, type JsonRecord, type JsonValue } from './json-value';

/** The canonical Problem a `fail` state produces: `type` ≈ errorCode, `title` ≈ reason (RT-15); no status. */
export function failProblem(errorCode: string, reason?: string): JsonRecord {
  return { type: errorCode, title: reason ?? errorCode, code: errorCode };
}

/** Status for a terminal outcome; `undefined` when a rule cannot be decided (its reason in `why`). */
export async function apiStatus(
  spec: JsonRecord,
  phase: 'SUCCEEDED' | 'FAILED',
  context: JsonRecord,
  problem: JsonRecord | undefined,
  output: JsonValue | undefined,
  expr: ExprRunner,
): Promise<{ status: number } | { why: string }> {
  const block = readPath(spec, ['bindings', 'http', 'apiResponses']);
  const rules = isRecord(block) && Array.isArray(block.rules) ? block.rules : [];
  const bindings = { error: problem ?? null, payload: { error: problem ?? null }, output: output ?? null };
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i];
    const when = isRecord(rule) && isRecord(rule.when) ? rule.when : undefined;
    if (!isRecord(rule) || !when || when.phase !== phase) continue;
    if (typeof when.errorType === 'string' && (phase !== 'FAILED' || problem?.type !== when.errorType)) continue;
    if (when.predicate !== undefined) {
      const r = await expr.run(when.predicate, context, bindings);
      if (!r.ok) return { why: `apiResponses rule ${i + 1}: ${r.reason}` };
      if (r.value !== true) continue;
    }
    if (rule.statusExpr !== undefined) {
      const r = await expr.run(rule.statusExpr, context, bindings);
      if (!r.ok) return { why: `apiResponses rule ${i + 1} statusExpr: ${r.reason}` };
      return validStatus(r.value) ? { status: r.value } : { why: `apiResponses rule ${i + 1} statusExpr gave ${JSON.stringify(r.value)}` };
    }
    if (validStatus(rule.status)) return { status: rule.status };
    return { why: `apiResponses rule ${i + 1} has no usable status` };
  }
  const fallback = isRecord(block) && isRecord(block.default) ? block.default[phase] : undefined;
  if (validStatus(fallback)) return { status: fallback };
  if (phase === 'SUCCEEDED') return { status: 200 };
  return { status: validStatus(problem?.status) ? problem.status : 500 };
}

function validStatus(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 100 && v <= 599;
}
