/**
 * `journey-studio validate --engine <profile>`: warnings for constructs the
 * target engine build does not support (TOP-021, COMP-006). The option is an
 * addition: output shape and exit codes stay those of CONTRACTS.md §1, and a
 * malformed or unreadable profile is bad usage (exit 2).
 */
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { captureIO } from '../support/fake-io';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const example = (group: string, name: string) => join(fixtures, 'examples', group, name, `${name}.journey.yaml`);
const profile = (name: string) => join(fixtures, 'engine-profiles', name);
const timer = example('business', 'async-report-generation');
const compensation = example('technical', 'http-compensation');

async function run(...argv: string[]) {
  const io = captureIO();
  const code = await main(argv, io);
  return { code, out: io.out, err: io.err };
}

type Report = { file: string; diagnostics: Record<string, unknown>[] };
const engineFindings = (out: string) =>
  (JSON.parse(out) as Report[]).map((r) =>
    r.diagnostics.filter((d) => d.code === 'TOP-021' || d.code === 'COMP-006').map((d) => `${d.code}@${d.line}:${d.column}`),
  );

describe('journey-studio validate --engine', () => {
  it('warns about constructs the engine lacks, at their lines, without changing the exit code', async () => {
    const { code, out, err } = await run('validate', timer, '--engine', profile('edge.yaml'), '--format', 'json');
    expect(err).toBe('');
    expect(engineFindings(out)).toEqual([['TOP-021@103:13']]);
    const [finding] = (JSON.parse(out) as Report[])[0].diagnostics.filter((d) => d.code === 'TOP-021');
    expect(finding).toMatchObject({
      severity: 'warning',
      path: 'spec.states.waitForReportPoll.type',
      message: "Engine 'edge-1.2' has no durable timers (supports.timer: false): state 'waitForReportPoll' cannot run there",
    });
    const without = await run('validate', timer, '--format', 'json');
    expect(code).toBe(without.code);
    expect(engineFindings(without.out)).toEqual([[]]);
  });

  it('flags spec.compensation (COMP-006) with a JSON profile, in text output too', async () => {
    const json = await run('validate', compensation, '--engine', profile('no-compensation.json'), '--format', 'json');
    expect(engineFindings(json.out)).toEqual([['TOP-021@7:3', 'COMP-006@21:3']]);
    const text = await run('validate', compensation, '--engine', profile('no-compensation.json'));
    expect(text.out).toMatch(/21:3 .*COMP-006.*Engine 'core-1\.4' has no compensation journeys/);
  });

  it('reports nothing more with a full profile', async () => {
    const { out } = await run('validate', timer, compensation, '--engine', profile('full.yaml'), '--format', 'json');
    expect(engineFindings(out)).toEqual([[], []]);
  });

  it('exits 2 on a malformed profile, naming the file, line and column', async () => {
    const file = profile('malformed.yaml');
    const { code, out, err } = await run('validate', timer, '--engine', file);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain(`The engine profile '${file}' is not valid YAML/JSON:\n  ${file}:5:1 `);
  });

  it('exits 2 on an unknown capability name', async () => {
    const file = relative(process.cwd(), profile('unknown-capability.yaml'));
    const { code, err } = await run('validate', timer, '--engine', file, '--format', 'json');
    expect(code).toBe(2);
    expect(err).toContain(`${file}:4:5 Unknown key 'timers' in 'engine.supports'`);
    expect(err).toContain(`${file}:5:19 'engine.supports.compensation' must be true or false`);
  });

  it('exits 2 on a profile it cannot read, and on --engine without a value', async () => {
    const missing = await run('validate', timer, '--engine', profile('no-such-profile.yaml'));
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/cannot read engine profile '.*no-such-profile\.yaml'/);
    const bare = await run('validate', timer, '--engine');
    expect(bare.code).toBe(2);
  });

  it('is described in --help', async () => {
    const { code, out } = await run('validate', '--help');
    expect(code).toBe(0);
    expect(out).toMatch(/--engine <profile>/);
    expect(out).toMatch(/TOP-021, COMP-006/);
  });
});
