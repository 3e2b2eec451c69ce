/** The DSL JSON Schema check (unknown keys and block shapes). */
import type { Rule } from '../rule';
import { codesOfOtherAreas } from './schema/claims';
import { createJsonSchemaRule } from './schema/json-schema';
import { structureRules } from './structure-index';

let claimedCodes: Set<string> | undefined;

/**
 * Ids a dedicated rule reports (structure, state and graph rules); the schema
 * rule leaves those to them. Computed on first use, once every module has loaded.
 */
function claimed(): ReadonlySet<string> {
  claimedCodes ??= new Set([...codesOfOtherAreas(), ...structureRules.flatMap((r) => r.codes)]);
  return claimedCodes;
}

export const schemaRules: readonly Rule[] = [createJsonSchemaRule(claimed)];
