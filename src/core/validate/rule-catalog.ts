/**
 * What each diagnostic code means, for reports that describe their rules (SARIF's `rules`, hovers):
 * the DSL catalog's rules (generated from dsl-rules.md) and Journey Studio's own checks. Pure.
 */
import { DSL_RULES } from './rule-catalog.data';
import { lookupTable } from '../own-property';

export interface RuleInfo {
  /** One sentence: what the rule requires. */
  text: string;
  /** Where the requirement comes from (the DSL reference section, an ADR, or this tool). */
  source: string;
}

/** Journey Studio's own checks, beside the DSL catalog: reading the file, the auth lint, the expression languages. */
const STUDIO_RULES: Readonly<Record<string, RuleInfo>> = lookupTable({
  'YAML-001': { text: 'The file is well-formed YAML.', source: 'YAML 1.2 syntax' },
  'YAML-002': {
    text: 'A journey is one YAML mapping with apiVersion, kind, metadata and spec.',
    source: 'dsl.md §2',
  },
  'YAML-003': { text: 'A journey file is at most 2 MB.', source: 'Journey Studio reader limit' },
  'YAML-004': {
    text: 'A journey file does not nest collections pathologically deep.',
    source: 'Journey Studio reader limit',
  },
  'YAML-005': { text: 'A journey file holds exactly one YAML document.', source: 'dsl.md §2' },
  'YAML-006': {
    text: 'The YAML document composes without errors (keys, anchors, tags).',
    source: 'YAML 1.2 composition',
  },
  'OPENAPI-001': {
    text: "The OpenAPI document an API's openApiRef names can be found and read.",
    source: 'dsl.md §11 OpenAPI operation binding',
  },
  'ENGINE-001': {
    text: 'The engine profile is well-formed YAML or JSON.',
    source: 'Journey Studio engine profiles',
  },
  'ENGINE-002': {
    text: 'The engine profile follows schema/engine-profile.schema.json.',
    source: 'Journey Studio engine profiles',
  },
  'AUTHLINT-001': {
    text: 'A submission to a wait or webhook passes an auth task and a check of its result before any side effect, outbound call or success.',
    source: 'dsl.md §18.1, ADR-0032, ADR-0033 (auth lint)',
  },
  'AUTHLINT-002': {
    text: 'context.payload after a submission is not read before the auth decision on that path.',
    source: 'ADR-0033 (auth lint)',
  },
  'AUTHLINT-003': {
    text: "Every auth task's result is read by a choice, so a failed check takes another path than a valid one.",
    source: 'dsl.md §18.3 (auth lint)',
  },
  'AUTHLINT-004': {
    text: 'Claims of an earlier auth task are not used after a later auth task ran and before its result is checked.',
    source: 'ADR-0032 (auth lint)',
  },
  'AUTHLINT-005': {
    text: 'A kind: Api that uses inbound auth answers success only on paths that pass an auth task and a check of its result.',
    source: 'ADR-0032 (auth lint)',
  },
  'AUTHLINT-006': {
    text: "An auth task's failure outcomes do not take exactly the path and end of its OK outcome (evaluated by the auth preview).",
    source: 'ADR-0032, Problem Details preview',
  },
  'SCHLINT-001': { text: 'A schema keyword applies to the type the schema declares (no items beside type: object, no properties beside type: array).', source: 'JSON Schema 2020-12 (keywords of another type are ignored)' },
  DW_PARSE_ERROR: { text: 'The DataWeave expression parses.', source: 'DataWeave 2 language' },
  DW_UNSUPPORTED_SYNTAX: {
    text: 'The DataWeave expression uses only what the simulator supports (docs/dataweave-subset.md).',
    source: 'Journey Studio DataWeave support',
  },
  DW_UNKNOWN_FUNCTION: {
    text: 'Every function the DataWeave expression calls exists.',
    source: 'DataWeave 2 standard library',
  },
  DW_UNKNOWN_VARIABLE: {
    text: 'Every variable the DataWeave expression reads is bound (context, payload and the other documented roots).',
    source: 'dsl.md §10 Expressions',
  },
  DW_ENGINE_INTERNAL_ERROR: {
    text: 'The DataWeave expression can be analysed.',
    source: 'Journey Studio DataWeave support',
  },
  JN_PARSE_ERROR: { text: 'The JSONata expression parses.', source: 'JSONata language' },
  JN_ENGINE_INTERNAL_ERROR: {
    text: 'The JSONata expression can be analysed.',
    source: 'Journey Studio JSONata support',
  },
});

/** What `code` checks, or undefined for a code no catalog describes. */
export function ruleInfo(code: string): RuleInfo | undefined {
  const dsl = DSL_RULES[code];
  return dsl ? { text: dsl.text, source: dsl.source } : STUDIO_RULES[code];
}
