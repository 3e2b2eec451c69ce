/**
 * The permission vocabulary against Tasker Core's own: its 17 permissions, its matching vectors
 * and its vocabulary vectors (test/fixtures/tasker/permissions.json, transcribed from tasker-core),
 * both as a check and as the DataWeave predicate the permission guard writes into a journey.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { previewAuthText } from '../../../src/core/auth/preview';
import { AUTH_COMMANDS } from '../../../src/core/commands/auth-guards';
import {
  PERMISSION_SUGGESTIONS,
  TASKER_PERMISSIONS,
  TASKER_RESOURCES,
  permissionMatches,
  permissionProblem,
} from '../../../src/core/auth/tasker-permissions';

interface Vectors {
  resources: string[];
  permissions: string[];
  matches: { claimed: string; required: string; granted: boolean }[];
  hasPermission: { claimed: string[]; required: string; granted: boolean }[];
  globalWildcard: { claimed: string; required: string }[];
  vocabulary: { known: string[]; unknown: string[] };
}
const tasker = JSON.parse(
  readFileSync(join(__dirname, '../../fixtures/tasker/permissions.json'), 'utf8'),
) as Vectors;
const API = readFileSync(
  join(
    __dirname,
    '../../fixtures/examples/technical/http-chained-calls-api/http-chained-calls-api.journey.yaml',
  ),
  'utf8',
);

describe("Tasker Core's permission vocabulary", () => {
  it('is exactly the shipped one: 17 permissions on six resources', () => {
    expect(TASKER_PERMISSIONS.map((p) => p.permission)).toEqual(tasker.permissions);
    expect([...TASKER_RESOURCES]).toEqual(tasker.resources);
  });
  it('every suggestion is accepted, and only Tasker permissions are suggested', () => {
    for (const p of PERMISSION_SUGGESTIONS) expect(permissionProblem(p), p).toBeUndefined();
    expect(PERMISSION_SUGGESTIONS.filter((p) => !p.endsWith(':*'))).toEqual(tasker.permissions);
  });
  it("accepts Tasker's known permissions and wildcards, refuses its unknown ones", () => {
    for (const p of tasker.vocabulary.known) expect(permissionProblem(p), p).toBeUndefined();
    for (const p of tasker.vocabulary.unknown) expect(permissionProblem(p), p).toBeDefined();
  });
  it('refuses a global wildcard, which Tasker documents as unsupported', () => {
    expect(permissionProblem('*')).toMatch(/global wildcard/);
    expect(permissionProblem('*:read')).toMatch(/global wildcard/);
    for (const v of tasker.globalWildcard)
      expect(permissionMatches(v.claimed, v.required)).toBe(false);
  });
  it("matches as Tasker's permission_matches and has_permission do", () => {
    for (const v of tasker.matches)
      expect(permissionMatches(v.claimed, v.required), `${v.claimed} → ${v.required}`).toBe(
        v.granted,
      );
    for (const v of tasker.hasPermission)
      expect(v.claimed.some((c) => permissionMatches(c, v.required))).toBe(v.granted);
  });
  it('the permission guard a designer inserts grants exactly what Tasker grants', async () => {
    const cases = [
      ...tasker.matches.map((v) => ({
        claimed: [v.claimed],
        required: v.required,
        granted: v.granted,
      })),
      ...tasker.hasPermission,
      ...tasker.globalWildcard.map((v) => ({
        claimed: [v.claimed],
        required: v.required,
        granted: false,
      })),
    ];
    const texts = new Map<string, string>();
    for (const c of cases) {
      if (!texts.has(c.required)) {
        const r = AUTH_COMMANDS['auth.insertGuard.jwtPermission'].apply(API, {
          permission: c.required,
          claim: 'permissions',
          apiResponses: false,
        });
        if ('error' in r) throw new Error(r.error);
        texts.set(c.required, r.text);
      }
      const p = await previewAuthText(texts.get(c.required)!, 'x.yaml', {
        principal: {
          jwt: { header: {}, claims: { sub: 'svc', permissions: c.claimed } },
          mtls: { subjectDn: 'CN=x' },
          apiKey: { keyId: 'k' },
        },
      });
      const ok = p.authStates[0].outcomes[0];
      expect(ok.path.includes('lookup'), `${c.claimed.join(' ')} → ${c.required}`).toBe(c.granted);
    }
  });
});
