/**
 * Engine profiles (src/core/engine-profile.ts): what a target engine build
 * supports, checked against schema/engine-profile.schema.json with ajv.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locate } from '../../src/core/diagnostics';
import {
  ENGINE_CAPABILITIES,
  ENGINE_PROFILE_FORMAT,
  ENGINE_PROFILE_SYNTAX,
  engineProfileProblemMessage,
  engineProfileSchema,
  hasPlugin,
  lacksCapability,
  parseEngineProfile,
} from '../../src/core/engine-profile';
import { LineIndex } from '../../src/core/line-index';
import { TASK_KINDS } from '../../src/core/catalog/task-kinds';

const dir = join(import.meta.dirname, '..', 'fixtures', 'engine-profiles');
const read = (name: string) => readFileSync(join(dir, name), 'utf8');

/** `code@line:column` of each problem. */
function problems(text: string) {
  const lines = new LineIndex(text);
  return parseEngineProfile(text).diagnostics.map((d) => {
    const at = locate(d, lines);
    return `${d.code}@${at.line}:${at.column}`;
  });
}

describe('parseEngineProfile', () => {
  it('reads a YAML profile: name, capabilities and the plugin allow-list', () => {
    const { profile, diagnostics } = parseEngineProfile(read('edge.yaml'));
    expect(diagnostics).toEqual([]);
    expect(profile).toEqual({
      name: 'edge-1.2',
      supports: { durablePersistence: false, timer: false, parallel: false, scheduling: false, execution: true, compensation: false },
      plugins: ['httpCall:v1', 'jwtValidate:v1', 'mtlsValidate:v1', 'apiKeyValidate:v1'],
    });
    expect(lacksCapability(profile!, 'timer')).toBe(true);
    expect(lacksCapability(profile!, 'execution')).toBe(false);
    expect(hasPlugin(profile!, 'httpCall:v1')).toBe(true);
    expect(hasPlugin(profile!, 'kafkaPublish:v1')).toBe(false);
  });

  it('reads a JSON profile', () => {
    const { profile, diagnostics } = parseEngineProfile(read('no-compensation.json'));
    expect(diagnostics).toEqual([]);
    expect(profile).toEqual({ name: 'core-1.4', supports: { compensation: false, execution: false } });
  });

  it('treats every capability and plugin a profile does not mention as supported', () => {
    const { profile } = parseEngineProfile(read('empty.yaml'));
    expect(profile).toEqual({ name: 'anything-goes', supports: {} });
    for (const c of ENGINE_CAPABILITIES) expect(lacksCapability(profile!, c)).toBe(false);
    for (const kind of TASK_KINDS.keys()) expect(hasPlugin(profile!, kind)).toBe(true);
    const full = parseEngineProfile(read('full.yaml')).profile!;
    for (const c of ENGINE_CAPABILITIES) expect(lacksCapability(full, c)).toBe(false);
    for (const kind of TASK_KINDS.keys()) expect(hasPlugin(full, kind)).toBe(true);
  });

  it('reports malformed YAML with its line and column', () => {
    const text = read('malformed.yaml');
    const { profile, diagnostics } = parseEngineProfile(text);
    expect(profile).toBeUndefined();
    expect(problems(text)).toEqual([`${ENGINE_PROFILE_SYNTAX}@5:1`]);
    expect(diagnostics[0].message).toMatch(/same column/);
    expect(engineProfileProblemMessage('p.yaml', text, diagnostics)).toMatch(
      /^The engine profile 'p\.yaml' is not valid YAML\/JSON:\n {2}p\.yaml:5:1 /,
    );
    expect(problems('{"engine": {"name": "x",}')).toEqual([`${ENGINE_PROFILE_SYNTAX}@1:26`]);
  });

  it('rejects an unknown capability name at its key, naming the known ones, and a non-boolean value', () => {
    const text = read('unknown-capability.yaml');
    const { profile, diagnostics } = parseEngineProfile(text);
    expect(profile).toBeUndefined();
    expect(problems(text)).toEqual([`${ENGINE_PROFILE_FORMAT}@4:5`, `${ENGINE_PROFILE_FORMAT}@5:19`]);
    expect(diagnostics[0].message).toBe(
      `Unknown key 'timers' in 'engine.supports'; expected one of: ${ENGINE_CAPABILITIES.join(', ')}`,
    );
    expect(diagnostics[1].message).toBe("'engine.supports.compensation' must be true or false");
    expect(engineProfileProblemMessage('u.yaml', text, diagnostics)).toMatch(
      /^The engine profile 'u\.yaml' does not match the engine profile format:\n {2}u\.yaml:4:5 Unknown key 'timers'/,
    );
  });

  it('rejects a profile without an engine name, an empty file and badly written plugin kinds', () => {
    expect(parseEngineProfile('engine:\n  supports: {}\n').diagnostics.map((d) => d.message)).toEqual([
      "'engine' is missing the required 'name'",
    ]);
    expect(parseEngineProfile('').diagnostics.map((d) => d.message)).toEqual([
      'The engine profile is empty; it needs an engine: { name } mapping',
    ]);
    expect(parseEngineProfile('name: x\n').diagnostics.map((d) => d.message).sort()).toEqual([
      "Unknown key 'name' in the document root; expected one of: $schema, engine",
      "the document root is missing the required 'engine'",
    ]);
    const plugins = 'engine:\n  name: x\n  plugins: [httpCall]\n';
    expect(problems(plugins)).toEqual([`${ENGINE_PROFILE_FORMAT}@3:13`]);
    expect(parseEngineProfile(plugins).diagnostics[0].message).toMatch(/like httpCall:v1/);
  });

  it('never throws on hostile input', () => {
    for (const text of ['[[[[', '&a [*a]', 'engine: *x', '\t', '{'.repeat(5000), 'engine:\n  name: 3']) {
      const { profile, diagnostics } = parseEngineProfile(text);
      expect(profile).toBeUndefined();
      expect(diagnostics.length).toBeGreaterThan(0);
    }
  });

  it('lists the same capabilities as the JSON Schema', () => {
    const engine = (engineProfileSchema.properties as Record<string, { properties: Record<string, { properties: object }> }>).engine;
    expect(Object.keys(engine.properties.supports.properties)).toEqual([...ENGINE_CAPABILITIES]);
  });
});
