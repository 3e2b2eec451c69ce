/** `npx journey-studio` runs the built CLI bundle (built by `prepare` after npm install). */
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'journey-studio.mjs');

describe('journey-studio binary', () => {
  beforeAll(() => {
    execFileSync(process.execPath, [join(root, 'scripts', 'build-cli.mjs')], { cwd: root });
  });

  it('prints usage and validates a file with the documented exit code', () => {
    const help = spawnSync(process.execPath, [bin, '--help'], { cwd: root, encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/validate/);
    const broken = spawnSync(process.execPath, [bin, 'validate', 'test/fixtures/broken/list.journey.yaml', '--format', 'json'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(broken.status).toBe(1);
    expect(JSON.parse(broken.stdout)[0].diagnostics[0].code).toBe('YAML-002');
    expect(broken.stderr).not.toMatch(/at .*\.js:\d+/);
  });
});
