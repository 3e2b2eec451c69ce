/** The DSL JSON Schema check (unknown keys and block shapes). */
import type { Rule } from '../rule';

export const schemaRules: readonly Rule[] = [];
