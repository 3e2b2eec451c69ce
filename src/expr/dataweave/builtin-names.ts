/** Names of the DataWeave functions the evaluator provides, split by how they may be called. Pure data. */

/** Functions that may be called infix (`a map f`, `s contains "x"`). */
export const INFIX_FUNCTIONS = new Set([
  'map', 'filter', 'reduce', 'orderBy', 'groupBy', 'distinctBy', 'pluck', 'mapObject', 'filterObject',
  'contains', 'startsWith', 'endsWith', 'splitBy', 'joinBy', 'to', 'flatMap', 'some', 'every', 'any',
  'indexOf', 'lastIndexOf', 'mod', 'find', 'matches', 'countBy', 'sumBy', 'maxBy', 'minBy', 'zip',
]);

/** Functions whose second argument is a function: a `$`-operand there becomes a lambda. */
export const LAMBDA_FUNCTIONS = new Set([
  'map', 'filter', 'reduce', 'orderBy', 'groupBy', 'distinctBy', 'pluck', 'mapObject', 'filterObject',
  'flatMap', 'some', 'every', 'any', 'countBy', 'sumBy', 'maxBy', 'minBy',
]);
