/** Inspector edits of expressions (choice predicates, mappers) and choice targets as core edits, each one undo step. */
import { choicePredicate, exprScalarAt, inlineFor, setChoiceTarget, setExpression, type ExprScalar } from '../../core/commands/expr-set';
import type { CommandResult } from '../../core/commands/types';
import type { ExprSite } from '../../core/model/types';
import { liteAnalysis, runCommand, type RunResult } from '../commands';
import type { EditorStore } from '../store/editor-store';

/** The predicate scalar of choice `index` of state `qid` in the store's current text. */
export function predicateOf(store: EditorStore, qid: string, index: number): ExprScalar | undefined {
  return choicePredicate(liteAnalysis(store).model, qid, index);
}

/** The expression of the `{lang, expr}` mapping at `sitePath` in the store's current text. */
export function exprAt(store: EditorStore, sitePath: string): ExprScalar | undefined {
  return exprScalarAt(liteAnalysis(store).model, sitePath);
}

/** The expression site holding `target` (its scalar node maps value offsets to the file). */
export function siteOf(store: EditorStore, target: ExprScalar): ExprSite | undefined {
  return liteAnalysis(store).model.exprSites.find((s) => `${s.path}.expr` === target.path);
}

function applyResult(store: EditorStore, res: CommandResult): RunResult {
  if ('error' in res) return { ok: false, error: res.error };
  if (res.text !== store.getState().text) {
    store.getState().endBurst();
    store.getState().setText(res.text);
  }
  return { ok: true, text: res.text };
}

/**
 * Writes a new predicate: a one-line plain/quoted scalar through `field.set`,
 * a `|` block scalar (multi-line, or already a block) through `setExpression`.
 */
export function commitPredicate(store: EditorStore, qid: string, index: number, expr: string): RunResult {
  const target = predicateOf(store, qid, index);
  if (!target) return { ok: false, error: 'This predicate is not written as {lang, expr}; edit it in the code pane' };
  return commitTo(store, target, expr);
}

/** Writes a new expression into the `{lang, expr}` mapping at `sitePath` (as `commitPredicate`). */
export function commitExpression(store: EditorStore, sitePath: string, expr: string): RunResult {
  const target = exprAt(store, sitePath);
  if (!target) return { ok: false, error: 'This expression is not written as {lang, expr}; edit it in the code pane' };
  return commitTo(store, target, expr);
}

function commitTo(store: EditorStore, target: ExprScalar, expr: string): RunResult {
  if (expr === target.expr || (target.block && expr.replace(/\n*$/, '\n') === target.expr)) return { ok: true, text: store.getState().text };
  if (!target.block && !expr.includes('\n')) return runCommand(store, 'field.set', { path: target.path, value: inlineFor(target, expr) });
  return applyResult(store, setExpression(store.getState().text, target, expr));
}

/** Points choice `index` of `qid` at `to` (a qualified id in the same scope), in place. */
export function retargetChoice(store: EditorStore, qid: string, index: number, to: string): RunResult {
  return applyResult(store, setChoiceTarget(store.getState().text, qid, index, to));
}
