/** Expression languages by `lang`. The validator and the simulator ask this one registry. */
import { dataweave } from './dataweave/language';
import { jsonataLanguage } from './jsonata/language';
import type { ExpressionLanguage } from './types';

/** Languages the DSL names (dsl.md §4/§10); only some are implemented here. */
export const DSL_LANGS = ['dataweave', 'jsonata', 'jolt', 'jq'] as const;

/** A fresh registry of the implemented languages (`dataweave`, `jsonata`), keyed by `lang`. */
export function defaultLanguages(): ReadonlyMap<string, ExpressionLanguage> {
  return new Map<string, ExpressionLanguage>([
    [dataweave.id, dataweave],
    [jsonataLanguage.id, jsonataLanguage],
  ]);
}
