/** "Create a scenario from this run" appends to the file and keeps what is there. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { appendScenario } from '../../../src/editor/sim/append-scenario';

const file = join(import.meta.dirname, '..', '..', 'fixtures', 'examples', 'technical', 'auth-jwt-scopes', 'auth-jwt-scopes.scenario.yaml');

describe('append scenario', () => {
  it('keeps existing scenarios and comments and adds the new one last', () => {
    const text = '# my suite\nscenarios:\n  - name: a # first\n    expect: { phase: SUCCEEDED }\n';
    const out = appendScenario(text, { name: 'from run', steps: [{ submit: 'w', body: { ok: true } }], expect: { phase: 'RUNNING' } });
    expect(out).toContain('# my suite');
    expect(out).toContain('# first');
    const doc = parse(out) as { scenarios: { name: string }[] };
    expect(doc.scenarios.map((s) => s.name)).toEqual(['a', 'from run']);
  });

  it('works on a real scenario file and on an empty one', () => {
    const real = readFileSync(file, 'utf8');
    const before = (parse(real) as { scenarios: unknown[] }).scenarios.length;
    const after = parse(appendScenario(real, { name: 'x', expect: { phase: 'FAILED' } })) as { scenarios: unknown[]; env: unknown };
    expect(after.scenarios).toHaveLength(before + 1);
    expect(after.env).toEqual((parse(real) as { env: unknown }).env);
    expect(parse(appendScenario('', { name: 'only' }))).toEqual({ scenarios: [{ name: 'only' }] });
  });

  it('refuses to touch a file that does not parse', () => {
    expect(() => appendScenario('scenarios: [\n', { name: 'x' })).toThrow(/does not parse/);
  });
});
