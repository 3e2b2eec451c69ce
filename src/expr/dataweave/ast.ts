/** DataWeave AST: every node carries its offsets into the expression text. Pure types. */

interface At {
  start: number;
  end: number;
}

/** An expression node. */
export type Node =
  | (At & { kind: 'lit'; value: unknown })
  | (At & { kind: 'str'; parts: Array<string | Node> })
  | (At & { kind: 'var'; name: string })
  | (At & { kind: 'arr'; items: Node[] })
  | (At & { kind: 'obj'; fields: Field[] })
  | (At & { kind: 'sel'; target: Node; op: SelOp; key?: string; index?: Node })
  | (At & { kind: 'call'; callee: Node; args: Node[] })
  | (At & { kind: 'infix'; name: string; nameStart: number; left: Node; right: Node })
  | (At & { kind: 'bin'; op: string; left: Node; right: Node })
  | (At & { kind: 'un'; op: string; arg: Node })
  | (At & { kind: 'if'; cond: Node; then: Node; else: Node })
  | (At & { kind: 'lambda'; params: Param[]; body: Node })
  | (At & { kind: 'do'; decls: Decl[]; body: Node })
  | (At & { kind: 'as'; value: Node; type: string; schema?: CoercionSchema })
  | (At & { kind: 'is'; value: Node; type: string })
  | (At & { kind: 'match'; value: Node; cases: Case[] });

/** `.` key, `?` existence, `[n]`/`["k"]`/`[a to b]` index, `.*` multi-value, `..` descendants, `[?(…)]` filter. */
export type SelOp = 'key' | 'exists' | 'index' | 'multi' | 'desc' | 'filter';

/** `as T {format: "…", unit: "…"}`: the supported coercion properties. */
export interface CoercionSchema {
  format?: string;
  unit?: 'seconds' | 'milliseconds';
}

/** An object-literal field: `key: value` (static or dynamic key) or a spread `(obj)`, optionally conditional. */
export type Field =
  | { kind: 'pair'; key: string | Node; value: Node; cond?: Node; start: number; end: number }
  | { kind: 'spread'; value: Node; cond?: Node; start: number; end: number };

/** A lambda or `fun` parameter, with its optional default. */
export interface Param {
  name: string;
  start: number;
  end: number;
  dflt?: Node;
}

/** A `var` or `fun` declaration in a header or `do` block. */
export type Decl =
  | { kind: 'var'; name: string; start: number; end: number; value: Node }
  | { kind: 'fun'; name: string; start: number; end: number; params: Param[]; body: Node };

/** A `match` case pattern, optionally binding the matched value. */
export type Pattern =
  | { kind: 'else'; bind?: string }
  | { kind: 'lit'; value: Node; bind?: string }
  | { kind: 'is'; type: string; bind?: string }
  | { kind: 'if'; bind: string; cond: Node }
  | { kind: 'regex'; source: string; bind?: string };

/** One `case … -> body` (or `else -> body`) of a `match`. */
export interface Case {
  pattern: Pattern;
  body: Node;
  start: number;
}

/** Type names `as`/`is` understand. */
export const TYPE_NAMES = new Set([
  'String', 'Number', 'Boolean', 'Null', 'Array', 'Object', 'Any', 'Date', 'DateTime', 'LocalDateTime',
  'LocalTime', 'Time', 'Period', 'Nothing', 'Key', 'Regex', 'Function',
]);
