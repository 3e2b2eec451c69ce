/** Test helpers: compile + evaluate DataWeave/JSONata with a fixed clock and id source. */
import { readFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileDataWeave } from '../../src/expr/dataweave/language';
import type { EvalOptions, EvalResult } from '../../src/expr/types';
import { parseSource } from '../../src/core/source';
import { buildModel } from '../../src/core/model/build-model';
import type { ExprSite } from '../../src/core/model/types';

export const FIXED: EvalOptions = { now: () => '2026-01-01T09:30:00Z', uuid: () => '00000000-0000-4000-8000-000000000001' };

/** Evaluates DataWeave and returns the result object (compile errors throw). */
export function dwRun(src: string, bindings: Record<string, unknown> = {}, options: EvalOptions = FIXED): EvalResult {
  const r = compileDataWeave(src);
  if (!r.compiled) throw new Error(`does not compile: ${JSON.stringify(r.diagnostics)}`);
  return r.compiled.evaluate(bindings, options) as EvalResult;
}

/** Evaluates DataWeave and returns its value (evaluation errors throw). */
export function dw(src: string, bindings: Record<string, unknown> = {}, options: EvalOptions = FIXED): unknown {
  const r = dwRun(src, bindings, options);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

/** The error code of a failing evaluation. */
export function dwError(src: string, bindings: Record<string, unknown> = {}, options: EvalOptions = FIXED): string {
  const r = dwRun(src, bindings, options);
  if (r.ok) throw new Error(`expected an error, got ${JSON.stringify(r.value)}`);
  return r.error.code;
}

export const EXAMPLES = fileURLToPath(new URL('../fixtures/examples', import.meta.url));

/** Every example journey file, sorted. */
export function exampleFiles(): string[] {
  return execSync(`find ${EXAMPLES} -name '*.journey.yaml'`).toString().trim().split('\n').sort();
}

/** The expression sites of an example journey (by path relative to the examples folder). */
export function sitesOf(file: string): { text: string; sites: ExprSite[] } {
  const path = file.startsWith('/') ? file : join(EXAMPLES, file);
  const text = readFileSync(path, 'utf8');
  return { text, sites: buildModel(parseSource(text, path)).exprSites };
}

/** The expression text at `path` in an example journey. */
export function exampleExpr(file: string, path: string): string {
  const site = sitesOf(file).sites.find((s) => s.path === path);
  if (!site) throw new Error(`no expression at ${path} in ${file}`);
  return site.expr;
}
