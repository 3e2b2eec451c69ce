// operationRef resolved against the journey's API catalog (method, server URL, path and query parameters).
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { simulateCommand } from '../../src/cli/commands/simulate';

const dir = join(__dirname, 'fixtures/catalog');

describe('API catalog', () => {
  it('builds requests from the OpenAPI document the journey names', async () => {
    let out = '';
    const code = await simulateCommand(
      [
        join(dir, 'catalog.journey.yaml'),
        '--scenario',
        join(dir, 'catalog.scenario.yaml'),
        '--format',
        'json',
      ],
      {
        stdout: (s) => (out += s),
        stderr: (s) => (out += s),
        readFile: async (p) => readFileSync(p, 'utf8'),
        cwd: process.cwd(),
      },
    );
    const report = JSON.parse(out);
    expect(report.scenarios[0].failures).toEqual([]);
    expect(code).toBe(0);
    expect(report.scenarios[0].effects.filter((e: { type: string }) => e.type === 'http')).toEqual([
      expect.objectContaining({
        method: 'GET',
        url: 'https://users.example.test/v1/users/u%2F1?expand=profile',
        status: 200,
      }),
      expect.objectContaining({
        method: 'DELETE',
        url: 'https://users.example.test/v1/users/u%2F1',
        status: 204,
      }),
    ]);
  });
});
