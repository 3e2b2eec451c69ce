/**
 * Engine profiles: what a target engine build supports (dsl.md §7 Limitations,
 * §2.5 Validation). A profile is a small YAML/JSON document checked against
 * `schema/engine-profile.schema.json`; the TOP-021 / COMP-006 rules read the
 * parsed `EngineProfile` from `AnalyzeOptions.engine`. A capability that is not
 * listed counts as supported, so a profile with nothing in it reports nothing.
 * Pure (no file access; the validator is compiled once, lazily); never throws
 * on user input.
 *
 * ```yaml
 * engine:
 *   name: edge-1.2
 *   supports: { durablePersistence: false, timer: false, compensation: false }
 *   plugins: [httpCall:v1, jwtValidate:v1]   # absent = every task plugin
 * ```
 */
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import { parseDocument } from 'yaml';
import schemaJson from '../../schema/engine-profile.schema.json';
import { diag, locate, type Diagnostic } from './diagnostics';
import { LineIndex } from './line-index';
import { findExcessiveNesting } from './nesting-guard';
import { locateSchemaError, schemaErrorMessage } from './schema/ajv-errors';

/** The engine profile JSON Schema document (draft 2020-12). */
export const engineProfileSchema: Record<string, unknown> = schemaJson as Record<string, unknown>;

/**
 * Capability names (`engine.supports.<name>`), from dsl.md §7's list of
 * constructs an engine build may lack, plus §2.4/§2.5's spec blocks.
 */
export const ENGINE_CAPABILITIES = [
  'durablePersistence',
  'wait',
  'webhook',
  'timer',
  'parallel',
  'subjourney',
  'cache',
  'scheduling',
  'execution',
  'compensation',
] as const;
export type EngineCapability = (typeof ENGINE_CAPABILITIES)[number];

/** A parsed, valid engine profile. */
export interface EngineProfile {
  /** The engine build, named in every finding. */
  readonly name: string;
  readonly description?: string;
  /** `false` = the engine lacks the capability; missing = supported. */
  readonly supports: Readonly<Partial<Record<EngineCapability, boolean>>>;
  /** The task plugins (`task.kind`) the engine ships; undefined = every plugin. */
  readonly plugins?: readonly string[];
}

/** True when the profile says the engine lacks `capability`. */
export function lacksCapability(profile: EngineProfile, capability: EngineCapability): boolean {
  return profile.supports[capability] === false;
}

/** True when the engine ships the task plugin `kind` (always, without a `plugins` list). */
export function hasPlugin(profile: EngineProfile, kind: string): boolean {
  return profile.plugins === undefined || profile.plugins.includes(kind);
}

/** Code of a profile that cannot be read as YAML/JSON. */
export const ENGINE_PROFILE_SYNTAX = 'ENGINE-001';
/** Code of a profile that does not match the engine profile format. */
export const ENGINE_PROFILE_FORMAT = 'ENGINE-002';

/** A checked profile: `profile` only when there are no diagnostics. */
export interface EngineProfileCheck {
  profile?: EngineProfile;
  /** In file order; spans point into the profile's text. */
  diagnostics: Diagnostic[];
}

let compiled: ValidateFunction | undefined;

function profileValidator(): ValidateFunction {
  if (!compiled) {
    const ajv = new Ajv2020({ strict: false, allErrors: true, verbose: true });
    compiled = ajv.compile(engineProfileSchema);
  }
  return compiled;
}

/** Parses and checks an engine profile's text (YAML or JSON). */
export function parseEngineProfile(text: string): EngineProfileCheck {
  const tooDeep = findExcessiveNesting(text);
  if (tooDeep) {
    const span = { start: tooDeep.offset, end: tooDeep.offset + 1 };
    return { diagnostics: [diag(ENGINE_PROFILE_SYNTAX, 'error', tooDeep.message, span)] };
  }
  const doc = parseDocument(text, { prettyErrors: false });
  if (doc.errors.length) {
    return {
      diagnostics: doc.errors.map((e) => {
        const [start, end] = e.pos;
        return diag(ENGINE_PROFILE_SYNTAX, 'error', e.message, { start, end: Math.max(end, start + 1) });
      }),
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return { diagnostics: [diag(ENGINE_PROFILE_SYNTAX, 'error', message, { start: 0, end: 1 })] };
  }
  const validate = profileValidator();
  if (!validate(data)) {
    const seen = new Set<string>();
    const diagnostics: Diagnostic[] = [];
    for (const err of validate.errors ?? []) {
      const at = locateSchemaError(doc.contents, err);
      const message =
        data == null && at.path === '' ? 'The engine profile is empty; it needs an engine: { name } mapping' : schemaErrorMessage(err, at.path, at.prop);
      const key = `${at.span.start}|${message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      diagnostics.push(diag(ENGINE_PROFILE_FORMAT, 'error', message, at.span, at.path));
    }
    return { diagnostics: diagnostics.sort((a, b) => a.span.start - b.span.start) };
  }
  const engine = (data as { engine: { name: string; description?: string; supports?: EngineProfile['supports']; plugins?: string[] } }).engine;
  const profile: EngineProfile = {
    name: engine.name,
    ...(engine.description !== undefined ? { description: engine.description } : {}),
    supports: { ...engine.supports },
    ...(engine.plugins !== undefined ? { plugins: [...engine.plugins] } : {}),
  };
  return { profile, diagnostics: [] };
}

/** How many problems a "malformed profile" message lists. */
const MESSAGE_PROBLEMS = 5;

/**
 * The "malformed engine profile" message of the CLI: one line per problem
 * (`file:line:column message`), five at most.
 */
export function engineProfileProblemMessage(file: string, text: string, diagnostics: readonly Diagnostic[]): string {
  const lines = new LineIndex(text);
  const problems = diagnostics.slice(0, MESSAGE_PROBLEMS).map((d) => {
    const at = locate(d, lines);
    return `\n  ${file}:${at.line}:${at.column} ${at.message}`;
  });
  if (diagnostics.length > MESSAGE_PROBLEMS) problems.push(`\n  (and ${diagnostics.length - MESSAGE_PROBLEMS} more)`);
  const what = diagnostics[0]?.code === ENGINE_PROFILE_SYNTAX ? 'is not valid YAML/JSON' : 'does not match the engine profile format';
  return `The engine profile '${file}' ${what}:${problems.join('')}`;
}
