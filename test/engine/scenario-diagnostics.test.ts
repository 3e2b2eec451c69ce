// Scenario files are checked once (YAML, then the scenario schema) and every
// problem is located at the offending key or value: the editor's squiggles and
// the CLI's messages come from this one function.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locate, type Diagnostic } from '../../src/core/diagnostics';
import { LineIndex } from '../../src/core/line-index';
import { parseScenarioFile, scenarioDiagnostics } from '../../src/engine/index';

const examples = join(__dirname, '../fixtures/examples');
const approvalLoop = readFileSync(join(examples, 'technical/approval-loop/approval-loop.scenario.yaml'), 'utf8');

function scenarioFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) scenarioFiles(full, out);
    else if (name.endsWith('.scenario.yaml')) out.push(full);
  }
  return out;
}

/** `text` with `from` replaced by `to`; fails loudly when the fixture no longer has `from`. */
function mutate(text: string, from: string, to: string): string {
  expect(text).toContain(from);
  return text.replace(from, to);
}

/** The diagnostics of `text` with their 1-based start line/column. */
function located(text: string): Array<Diagnostic & { line: number; column: number }> {
  const lines = new LineIndex(text);
  return scenarioDiagnostics(text).map((d) => ({ ...d, ...pick(locate(d, lines)) }));
}

function pick(l: { line: number; column: number }) {
  return { line: l.line, column: l.column };
}

describe('scenarioDiagnostics', () => {
  const files = scenarioFiles(examples);

  it('finds the shared examples’ scenario files', () => {
    expect(files.length).toBeGreaterThanOrEqual(46);
  });

  it.each(files.map((f) => [relative(examples, f), f]))('%s has no diagnostics', (_name, file) => {
    expect(scenarioDiagnostics(readFileSync(file, 'utf8'))).toEqual([]);
  });

  it('puts an unknown key at the key, naming the keys allowed there', () => {
    const text = mutate(approvalLoop, '  - name: approved at the first step\n', '  - name: approved at the first step\n    retries: 3\n');
    const [d, ...rest] = located(text);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ code: 'SCENARIO-002', severity: 'error', path: 'scenarios[0].retries', line: 8, column: 5 });
    expect(d.message).toBe("Unknown key 'retries' in 'scenarios[0]'; expected one of: name, description, env, start, steps, expect");
    expect(text.slice(d.span.start, d.span.end)).toBe('retries');
  });

  it('puts a wrong type at the value', () => {
    const text = mutate(approvalLoop, 'respond: { status: 202 }', 'respond: { status: "soon" }');
    expect(located(text)).toMatchObject([
      { code: 'SCENARIO-002', path: 'env.http[0].respond.status', line: 5, column: 26, message: "'env.http[0].respond.status' must be an integer" },
    ]);
  });

  it('puts a missing required field at the mapping that lacks it', () => {
    const text = mutate(approvalLoop, '  - name: rejected\n    start:', '  - start:');
    expect(located(text)).toMatchObject([
      { code: 'SCENARIO-002', path: 'scenarios[3]', line: 33, column: 5, message: "'scenarios[3]' is missing the required 'name'" },
    ]);
  });

  it('reports a step that is neither a submit nor an advance by the form it is closest to', () => {
    // ajv fails both oneOf branches; only the nearer one (an advance with a stray key) is worth reading.
    const text = mutate(approvalLoop, '      - advance: PT6M\n', '      - advance: PT6M\n        body: {}\n');
    expect(located(text)).toMatchObject([
      { code: 'SCENARIO-002', path: 'scenarios[5].steps[0].body', line: 49, column: 9, message: "Unknown key 'body' in 'scenarios[5].steps[0]'; expected one of: advance" },
    ]);
  });

  it('reports broken YAML as SCENARIO-001 where the parser noticed it, and skips the schema', () => {
    const text = mutate(approvalLoop, 'context: { approvalAttempts: 0 } }', 'context: { approvalAttempts: 0 }');
    const list = located(text);
    expect(list.length).toBeGreaterThan(0);
    expect(list.every((d) => d.code === 'SCENARIO-001' && d.severity === 'error')).toBe(true);
    expect(list[0]).toMatchObject({ line: 13, column: 3 });
    expect(list[0].message).toMatch(/Flow map/);
    expect(list[0].message).not.toMatch(/at line/); // the position is the diagnostic's, not repeated in the text
  });

  it('reports duplicate keys, absurd nesting and a non-mapping file without throwing', () => {
    expect(located('scenarios: []\nscenarios: []\n')).toMatchObject([{ code: 'SCENARIO-001', line: 2, column: 1 }]);
    expect(located(`scenarios: ${'['.repeat(5000)}`)).toMatchObject([{ code: 'SCENARIO-001' }]);
    expect(located('- a\n')).toMatchObject([{ code: 'SCENARIO-002', line: 1, column: 1, message: 'the document root must be a mapping' }]);
  });
});

describe('parseScenarioFile (the simulator and the CLI)', () => {
  it('says where the scenario file is wrong: one line per problem, line:column first', () => {
    const text = mutate(approvalLoop, 'respond: { status: 202 }', 'respond: { status: "soon" }');
    expect(parseScenarioFile(text)).toEqual({
      ok: false,
      message: "The scenario file does not match the scenario format:\n  5:26 'env.http[0].respond.status' must be an integer",
    });
    const broken = parseScenarioFile('scenarios: [');
    expect(broken.ok).toBe(false);
    expect(!broken.ok && broken.message).toMatch(/^The scenario file is not valid YAML:\n {2}1:13 Flow sequence/);
  });

  it('lists five problems at most', () => {
    const text = `scenarios:\n${Array.from({ length: 7 }, (_, i) => `  - { name: s${i}, bogus: 1 }\n`).join('')}`;
    const parsed = parseScenarioFile(text);
    const lines = (!parsed.ok && parsed.message.split('\n')) || [];
    expect(lines).toHaveLength(7);
    expect(lines[5]).toMatch(/^ {2}6:17 Unknown key 'bogus' in 'scenarios\[4\]'/);
    expect(lines[6]).toBe('  (and 2 more)');
  });
});
