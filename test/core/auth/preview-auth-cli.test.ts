/** `journey-studio preview-auth`: the CONTRACTS §4 JSON on a real journey, text output, exit codes. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { previewAuthCommand } from '../../../src/cli/commands/preview-auth';
import type { CliIO } from '../../../src/cli/io';

const root = join(__dirname, '../../fixtures/examples');

function fakeIO(files: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    readFile: async (p) => {
      if (p in files) return files[p];
      throw new Error('ENOENT: no such file');
    },
    writeFile: async () => undefined,
    expandJourneyPaths: async (paths) => ({ files: [...paths], missing: [] }),
    cwd: '/',
    color: false,
  };
  return { io, out, err };
}

describe('preview-auth command', () => {
  const file = 'auth-jwt-scopes.journey.yaml';
  const text = readFileSync(join(root, 'technical/auth-jwt-scopes', file), 'utf8');

  it('prints the CONTRACTS §4 JSON shape', async () => {
    const { io, out } = fakeIO({ [file]: text });
    expect(await previewAuthCommand([file, '--format', 'json'], io)).toBe(0);
    const json = JSON.parse(out.join(''));
    expect(json.journey).toBe('auth-jwt-scopes');
    const s = json.authStates[0];
    expect(s).toMatchObject({ state: 'validateJwt', plugin: 'jwtValidate:v1', target: 'context.auth.jwt', line: 53 });
    const missing = s.outcomes.find((o: { code: string }) => o.code === 'JWT_TOKEN_MISSING');
    expect(missing).toMatchObject({
      problem: { type: 'https://journeyforge.dev/problem/plugins/jwt/token-missing', status: 401, code: 'JWT_TOKEN_MISSING' },
      path: ['validateJwt', 'checkScopes', 'scopeDenied'],
      ends: { kind: 'fail', state: 'scopeDenied', errorCode: 'JWT_SCOPE_DENIED' },
    });
  });

  it('prints a readable table', async () => {
    const { io, out } = fakeIO({ [file]: text });
    expect(await previewAuthCommand([file], io)).toBe(0);
    expect(out.join('')).toMatch(/JWT_EXPIRED\s+fail at 'scopeDenied' with JWT_SCOPE_DENIED/);
  });

  it('exits 2 for unparseable or unreadable files and bad usage', async () => {
    const { io, err } = fakeIO({ 'bad.yaml': '- [unclosed' });
    expect(await previewAuthCommand(['bad.yaml'], io)).toBe(2);
    expect(await previewAuthCommand(['missing.yaml'], io)).toBe(2);
    expect(err.join('')).toMatch(/cannot (parse|read)/);
    await expect(previewAuthCommand([], io)).rejects.toThrow(/exactly one journey/);
  });

  it('--principal edits the principal OK outcomes use', async () => {
    const { io, out } = fakeIO({ [file]: text, 'p.yaml': 'jwt:\n  claims:\n    sub: walt\n    scope: write:users\n' });
    expect(await previewAuthCommand([file, '--format', 'json', '--principal', 'p.yaml'], io)).toBe(0);
    const ok = JSON.parse(out.join('')).authStates[0].outcomes[0];
    expect(ok.result.claims).toEqual({ sub: 'walt', scope: 'write:users' });
    expect(ok.ends).toMatchObject({ kind: 'fail', state: 'scopeDenied' });
    const bad = fakeIO({ [file]: text, 'p.yaml': '- not a mapping' });
    expect(await previewAuthCommand([file, '--principal', 'p.yaml'], bad.io)).toBe(2);
  });
});
