/** The CLI contract (CONTRACTS.md §1): validate and export output formats and exit codes. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { captureIO } from '../support/fake-io';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const example = join(fixtures, 'examples', 'technical', 'http-success', 'http-success.journey.yaml');
const clean = join(fixtures, 'examples', 'technical', 'http-chained-calls', 'http-chained-calls.journey.yaml');
const notYaml = join(fixtures, 'broken', 'not-yaml.journey.yaml');

async function run(...argv: string[]) {
  const io = captureIO();
  const code = await main(argv, io);
  return { code, out: io.out, err: io.err, io };
}

describe('journey-studio validate', () => {
  it('prints JSON diagnostics with 1-based line/column and exits 1 on errors', async () => {
    const { code, out } = await run('validate', notYaml, '--format', 'json');
    expect(code).toBe(1);
    const [report] = JSON.parse(out) as { file: string; diagnostics: { code: string; line: number; column: number; severity: string }[] }[];
    expect(report.file).toBe(notYaml);
    expect(report.diagnostics[0]).toMatchObject({ code: 'YAML-001', severity: 'error' });
    expect(report.diagnostics[0].line).toBeGreaterThanOrEqual(1);
    expect(report.diagnostics[0].column).toBeGreaterThanOrEqual(1);
  });

  it('walks a directory for every journey file', async () => {
    const { out } = await run('validate', join(fixtures, 'examples'), '--format', 'json');
    expect((JSON.parse(out) as unknown[]).length).toBe(46);
  });

  it('exits 0 for a journey without errors and prints a text summary', async () => {
    const { code, out } = await run('validate', clean);
    expect(out).toMatch(/1 file checked: 0 errors/);
    expect(code).toBe(0);
  });

  it('writes SARIF 2.1.0 with rule ids and regions', async () => {
    const { out } = await run('validate', notYaml, '--format', 'sarif');
    const sarif = JSON.parse(out);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results[0]).toMatchObject({ ruleId: 'YAML-001', level: 'error' });
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.region.startLine).toBeGreaterThanOrEqual(1);
  });

  it('exits 2 on a missing file, an unknown flag and no arguments', async () => {
    expect((await run('validate', 'nope.journey.yaml')).code).toBe(2);
    expect((await run('validate', clean, '--bogus')).code).toBe(2);
    expect((await run('validate')).code).toBe(2);
    expect((await run('frobnicate')).code).toBe(2);
  });

  it('has --help', async () => {
    const { code, out } = await run('validate', '--help');
    expect(code).toBe(0);
    expect(out).toMatch(/--format/);
  });
});

describe('journey-studio export', () => {
  it('--to yaml gives back the exact bytes', async () => {
    const { code, out } = await run('export', example, '--to', 'yaml');
    expect(code).toBe(0);
    expect(out).toBe(readFileSync(example, 'utf8'));
  });

  it('--to json gives the same data', async () => {
    const { code, out } = await run('export', example, '--to', 'json');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ kind: 'Journey', metadata: { name: 'http-success' } });
  });

  it('-o writes a file; unparseable input exits 1; bad usage exits 2', async () => {
    const { code, io } = await run('export', example, '--to', 'json', '-o', 'out.json');
    expect(code).toBe(0);
    expect(io.written.get('out.json')).toContain('"kind": "Journey"');
    expect((await run('export', notYaml, '--to', 'yaml')).code).toBe(1);
    expect((await run('export', example, '--to', 'pdf')).code).toBe(2);
    expect((await run('export', example)).code).toBe(2);
  });
});
