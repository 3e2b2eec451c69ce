/**
 * Setting an expression scalar (`…predicate.expr`): `field.set` writes one-line
 * YAML verbatim, which would mangle quotes and multi-line text, so this helper
 * renders the scalar itself — a `|` block scalar when the expression spans
 * lines or already was one, else plain/double-quoted — and replaces only it.
 */
import { isMap, isSeq, Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import type { Span } from '../diagnostics';
import type { ExprSite, JourneyModel } from '../model/types';
import { child, spanOf } from '../yaml-nodes';
import { findState, finish, load } from './document';
import type { CommandResult } from './types';
import { indentUnit, lineStart, setPairEdit } from './yaml-splice';

/** An expression site found by path: its text and the source span of the scalar holding it. */
export interface ExprScalar {
  path: string;
  expr: string;
  span: Span;
  block: boolean;
  /** How the scalar is written now: a one-line rewrite keeps quotes where there were quotes. */
  quote?: 'double' | 'single';
}

/** The predicate of choice `index` of state `qid`, if it is a `{lang, expr}` mapping. Pure. */
export function choicePredicate(model: JourneyModel, qid: string, index: number): ExprScalar | undefined {
  const suffix = `choices[${index}].when.predicate`;
  const site = model.exprSites.find(
    (s) => s.role === 'predicate' && s.state?.qid === qid && s.path.endsWith(suffix) && s.exprNode,
  );
  return site && scalarOf(site);
}

/** The expression of the `{lang, expr}` mapping at `sitePath` (`spec.states.x.transform.mapper`), if there is one. Pure. */
export function exprScalarAt(model: JourneyModel, sitePath: string): ExprScalar | undefined {
  const site = model.exprSites.find((s) => s.path === sitePath && s.exprNode);
  return site && scalarOf(site);
}

function scalarOf(site: ExprSite): ExprScalar | undefined {
  const node = site.exprNode;
  if (!node) return undefined;
  const quote = node.type === Scalar.QUOTE_DOUBLE ? 'double' : node.type === Scalar.QUOTE_SINGLE ? 'single' : undefined;
  return { path: `${site.path}.expr`, expr: site.expr, span: spanOf(node), block: isBlock(node), ...(quote ? { quote } : {}) };
}

function isBlock(node: Scalar): boolean {
  return node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED;
}

/** `expr` as a one-line YAML scalar: plain when it reads back unchanged, else double-quoted. Pure. */
export function inlineScalar(expr: string): string {
  const plain = /^[^\s'"&*!|>%@`#,[\]{}?:-]([^#:]|:(?=[^\s,[\]{}])|[^\s]#)*$/.test(expr) && !/\s$/.test(expr);
  return plain && !/^(true|false|null|yes|no|on|off|~|[-+.\d].*)$/i.test(expr) ? expr : JSON.stringify(expr);
}

/** `expr` as a one-line scalar in the style `target` has now (quoted stays quoted; plain only when safe anywhere). Pure. */
export function inlineFor(target: ExprScalar, expr: string): string {
  if (target.quote === 'single') return `'${expr.replace(/'/g, "''")}'`;
  if (target.quote === 'double' || /[,[\]{}]/.test(expr)) return JSON.stringify(expr);
  return inlineScalar(expr);
}

/**
 * Replaces the expression scalar at `target` with `expr` (the edit touches that
 * scalar only); an error when the result would not parse. Pure.
 */
export function setExpression(text: string, target: ExprScalar, expr: string): CommandResult {
  if (expr === target.expr || (target.block && expr.replace(/\n*$/, '\n') === target.expr)) return { text };
  const { span } = target;
  if (!target.block && !expr.includes('\n'))
    return finish(text, [{ span, text: inlineFor(target, expr) }]);
  // Keep a block's own body indentation; a new block goes one step deeper than its key.
  const keyLine = text.slice(lineStart(text, span.start));
  const own = target.block ? /\n( +)\S/.exec(text.slice(span.start, span.end)) : null;
  const indent = own ? own[1] : ' '.repeat(/^ */.exec(keyLine)![0].length + indentUnit(text));
  const header = target.block ? /^[|>][-+0-9]*/.exec(text.slice(span.start))![0].replace(/^>/, '|') : '|';
  // A leading space would be read as the block's indentation: expressions do not need it.
  const body = expr
    .replace(/^[ \t]+/, '')
    .replace(/\n+$/, '')
    .split('\n')
    .map((l) => (l ? indent + l : ''))
    .join('\n');
  // A block scalar's span runs through its final line break and any blank lines after it: keep them.
  const tail = target.block ? (/\n(?:[ \t]*\n)*$/.exec(text.slice(span.start, span.end))?.[0] ?? '') : '';
  return finish(text, [{ span, text: `${header}\n${body}${tail}` }]);
}

/** Sets the predicate of choice `index` of state `qid`: the whole edit, from text to text. Pure. */
export function setChoicePredicate(text: string, qid: string, index: number, expr: string): CommandResult {
  const loaded = load(text);
  if ('error' in loaded) return loaded;
  const target = choicePredicate(loaded.model, qid, index);
  if (!target) return { error: 'This predicate is not written as {lang, expr}; edit it in the code pane' };
  return setExpression(text, target, expr);
}

/** Points choice `index` of state `qid` at `to` (same scope): replaces that entry's `next` only. Pure. */
export function setChoiceTarget(text: string, qid: string, index: number, to: string): CommandResult {
  const loaded = load(text);
  if ('error' in loaded) return loaded;
  const from = findState(loaded.model, qid);
  if (!from) return { error: `There is no state '${qid}'` };
  const target = from.scope.states.get(to.slice(from.scope.prefix.length)) ?? from.scope.states.get(to);
  if (!target) return { error: `'${to}' is not a state of this scope` };
  const choices = child(from.node, 'choices');
  const entry = isSeq(choices) ? (choices as YAMLSeq).items[index] : undefined;
  if (!isMap(entry)) return { error: `'${from.id}' has no choice #${index + 1}` };
  return finish(text, [setPairEdit(text, entry as YAMLMap, 'next', target.id)]);
}
