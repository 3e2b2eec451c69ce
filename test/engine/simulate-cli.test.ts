// `journey-studio simulate`: output formats and the exit codes of CONTRACTS §1.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { simulateCommand } from '../../src/cli/commands/simulate';

const examples = join(__dirname, '../fixtures/examples/technical');
const journey = join(examples, 'http-success/http-success.journey.yaml');
const scenario = join(examples, 'http-success/http-success.scenario.yaml');

async function run(args: string[], files: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await simulateCommand(args, {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    readFile: async (p) => files[p] ?? readFileSync(p, 'utf8'),
    cwd: process.cwd(),
  });
  return { code, stdout, stderr };
}

describe('simulate command', () => {
  it('exits 0 and prints the CONTRACTS JSON shape when every scenario passes', async () => {
    const r = await run([journey, '--scenario', scenario, '--format', 'json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.journey).toBe('http-success');
    expect(report.scenarios[0]).toMatchObject({
      name: 'item found',
      passed: true,
      failures: [],
      outcome: { phase: 'SUCCEEDED', currentState: 'done', httpStatus: null },
    });
    expect(report.scenarios[0].trace[0]).toMatchObject({
      state: 'call_api',
      type: 'task',
      at: '2026-01-01T09:00:00.000Z',
    });
  });

  it('finds the journey named in the scenario file', async () => {
    const r = await run(['--scenario', scenario]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('3/3 scenarios passed');
  });

  it('exits 1 and explains each unmet expectation', async () => {
    const wrong = readFileSync(scenario, 'utf8').replace(
      'code: HTTP_NOT_OK }\n      context: { api: { ok: false, status: 404 } }',
      'code: SOMETHING_ELSE }\n      context: { api: { ok: false, status: 404 } }',
    );
    const r = await run([journey, '--scenario', 'wrong.scenario.yaml'], {
      'wrong.scenario.yaml': wrong,
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('FAIL  upstream 404 fails the journey');
    expect(r.stdout).toContain('error.code: expected "SOMETHING_ELSE", got "HTTP_NOT_OK"');
  });

  it('exits 2 for a malformed scenario file, a journey that is not YAML, and bad usage', async () => {
    expect(
      (await run([journey, '--scenario', 'bad.yaml'], { 'bad.yaml': 'scenarios: [ { nme: x } ]' }))
        .code,
    ).toBe(2);
    const notYaml = await run(['broken.journey.yaml', '--scenario', scenario], {
      'broken.journey.yaml': 'spec: [unclosed',
    });
    expect(notYaml.code).toBe(2);
    expect(notYaml.stderr).toContain('The journey cannot be loaded');
    expect((await run([journey])).code).toBe(2);
    expect((await run([journey, '--scenario', scenario, '--format', 'xml'])).code).toBe(2);
  });
});
