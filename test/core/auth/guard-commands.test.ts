/**
 * The guard templates as commands, given / when / then on real journeys: the
 * exact text spliced in, comments and untouched bytes kept, no new errors,
 * the auth preview and lint change as a designer expects, undo restores.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { previewAuthText } from '../../../src/core/auth/preview';
import type { JsonRecord } from '../../../src/core/auth/json-value';
import { AUTH_COMMANDS, type AuthCommandArgs } from '../../../src/core/commands/auth-guards';
import { buildModel } from '../../../src/core/model/build-model';
import { parseSource } from '../../../src/core/source';
import { analyze } from '../../../src/core/validate/validate';
import { authLintRules } from '../../../src/core/validate/rules/auth-lint/index';

const ex = (p: string) => readFileSync(join(__dirname, '../../fixtures/examples', p), 'utf8');
const SLA = 'technical/async-callback-sla/async-callback-sla.journey.yaml';
const API = 'technical/http-chained-calls-api/http-chained-calls-api.journey.yaml';

function when<K extends keyof AuthCommandArgs>(text: string, name: K, args: AuthCommandArgs[K]) {
  const r = AUTH_COMMANDS[name].apply(text, args);
  if ('error' in r) throw new Error(`${name} refused: ${r.error}`);
  return r;
}

/** Asserts `after` is `before` plus exactly `block` at one place and the `renames` (old → new) of references. */
function expectOnly(before: string, after: string, block: string, renames: Array<[string, string]>): void {
  expect(after).toContain(block);
  let back = after.replace(block, '');
  for (const [from, to] of renames) back = back.replace(to, from);
  expect(back).toBe(before);
}

const errorCodes = (text: string) => analyze(text).diagnostics.filter((d) => d.severity === 'error').map((d) => d.code).sort();
const lintCodes = (text: string) => analyze(text, 'j.yaml', { rules: authLintRules }).diagnostics.map((d) => d.code);

describe('auth.insertGuard.externalInput', () => {
  it('guards a webhook inside a parallel branch: auth → route → loop back, and the preview shows it', async () => {
    const before = ex(SLA);
    const hook = buildModel(parseSource(before)).states.find((s) => s.id === 'waitForCallback')!;
    expect(AUTH_COMMANDS['auth.insertGuard.externalInput'].canApply(analyze(before), { at: hook.qid, mechanism: 'apiKey', profile: 'provider' })).toBe(true);
    expect((await previewAuthText(before)).authStates).toEqual([]);

    const { text, selection } = when(before, 'auth.insertGuard.externalInput', { at: hook.qid, mechanism: 'apiKey', profile: 'provider' });

    expectOnly(
      before,
      text,

      [
        '',
        '              validateWaitForCallbackApiKey:',
        '                type: task',
        '                task:',
        '                  kind: apiKeyValidate:v1',
        '                  profile: provider',
        '                next: routeWaitForCallbackAuth',
        '',
        '              routeWaitForCallbackAuth:',
        '                type: choice',
        '                choices:',
        '                  - when:',
        '                      predicate:',
        '                        lang: dataweave',
        '                        expr: |',
        '                          context.auth.apiKey.problem == null',
        '                    next: ingestWaitForCallback',
        '                default: waitForCallback',
        '',
      ].join('\n'),
      [['default: ingestWaitForCallback', 'default: validateWaitForCallbackApiKey']],
    );
    expect(text.slice(selection!.start, selection!.end)).toBe('validateWaitForCallbackApiKey');
    expect(errorCodes(text)).toEqual(errorCodes(before));

    const preview = await previewAuthText(text);
    expect(preview.authStates.map((s) => s.state)).toEqual([`${hook.qid.replace(/waitForCallback$/, '')}validateWaitForCallbackApiKey`]);
    const ends = preview.authStates[0].outcomes.map((o) => [o.code, o.ends.kind, o.ends.state]);
    expect(ends.slice(1)).toEqual([
      ['APIKEY_MISSING', 'externalInput', hook.qid],
      ['APIKEY_INVALID', 'externalInput', hook.qid],
    ]);
    expect(preview.authStates[0].outcomes[0].path).toContain(hook.qid.replace(/waitForCallback$/, 'ingestWaitForCallback'));
  });

  it('clears AUTHLINT-001 on a real unguarded wait (customer-onboarding-kyc)', () => {
    const before = ex('business/customer-onboarding-kyc/customer-onboarding-kyc.journey.yaml');
    expect(lintCodes(before)).toContain('AUTHLINT-001');
    const { text } = when(before, 'auth.insertGuard.externalInput', { at: 'waitForKycDocuments', mechanism: 'jwt' });
    expect(lintCodes(text)).not.toContain('AUTHLINT-001');
    expect(errorCodes(text)).toEqual(errorCodes(before));
  });
});

describe('auth.insertGuard.jwtPermission on a kind: Api', () => {
  it('requires a permission at the start and maps 401/403 through apiResponses', async () => {
    const before = ex(API);
    const { text } = when(before, 'auth.insertGuard.jwtPermission', { permission: 'tasks:read', claim: 'permissions' });
    expect(text).toContain(
      [
        '      apiResponses:',
        '        rules:',
        '          - when:',
        '              phase: FAILED',
        '              errorType: urn:subject-unauthenticated',
        '            status: 401',
        '          - when:',
        '              phase: FAILED',
        '              errorType: urn:subject-unauthorized',
        '            status: 403',
        '',
      ].join('\n'),
    );
    expect(errorCodes(text)).toEqual(errorCodes(before));
    const start = buildModel(parseSource(text)).top.start!.value;
    expect(start).toBe('validateLookupJwt');

    const preview = await previewAuthText(text);
    const byCode = Object.fromEntries(preview.authStates[0].outcomes.map((o) => [o.code, o.ends]));
    // The default principal carries no `permissions` claim: OK is forbidden (403), failures are 401.
    expect(byCode.OK).toEqual({ kind: 'fail', state: 'lookupForbidden', errorCode: 'urn:subject-unauthorized', reason: 'Missing permission tasks:read', httpStatus: 403 });
    expect(byCode.JWT_EXPIRED).toEqual({ kind: 'fail', state: 'lookupUnauthenticated', errorCode: 'urn:subject-unauthenticated', reason: 'Authentication failed', httpStatus: 401 });
    const granted = await previewAuthText(text, 'x.yaml', {
      principal: { jwt: { header: {}, claims: { sub: 'alice', permissions: ['tasks:*'] } }, mtls: { subjectDn: 'CN=x' }, apiKey: { keyId: 'k' } },
    });
    expect(granted.authStates[0].outcomes[0].path).toContain('lookup');
  });

  it('writes predicates that grant exact permissions and resource wildcards, never a global *', async () => {
    const base = ex(API);
    const scopeText = when(base, 'auth.insertGuard.jwtPermission', { permission: 'system:config_read', claim: 'scope', apiResponses: false }).text;
    const arrayText = when(base, 'auth.insertGuard.jwtPermission', { permission: 'system:config_read', claim: 'permissions', apiResponses: false }).text;
    const okEnd = async (text: string, claims: JsonRecord) => {
      const p = await previewAuthText(text, 'x.yaml', { principal: { jwt: { header: {}, claims }, mtls: { subjectDn: 'CN=x' }, apiKey: { keyId: 'k' } } });
      const ok = p.authStates[0].outcomes[0];
      return ok.path.includes('lookup') ? 'allowed' : ok.ends.state;
    };
    const allowed = 'allowed';
    expect(await okEnd(scopeText, { scope: 'system:config_read' })).toBe(allowed);
    expect(await okEnd(scopeText, { scope: 'openid system:*' })).toBe(allowed);
    expect(await okEnd(scopeText, { scope: 'system:*' })).toBe(allowed);
    expect(await okEnd(scopeText, { scope: '*' })).toBe('lookupForbidden');
    expect(await okEnd(scopeText, { scope: 'system:handlers_read' })).toBe('lookupForbidden');
    expect(await okEnd(scopeText, { scope: 'system:config_readx' })).toBe('lookupForbidden');
    expect(await okEnd(scopeText, {})).toBe('lookupForbidden');
    expect(await okEnd(arrayText, { permissions: ['tasks:read', 'system:*'] })).toBe(allowed);
    expect(await okEnd(arrayText, { permissions: ['*'] })).toBe('lookupForbidden');
    expect(await okEnd(arrayText, { scope: 'system:config_read' })).toBe('lookupForbidden');
  });

  it('refuses what it cannot write', () => {
    const text = ex(API);
    const a = analyze(text);
    const c = AUTH_COMMANDS['auth.insertGuard.jwtPermission'];
    expect(c.canApply(a, { permission: '*' })).toMatch(/global wildcard/);
    expect(c.canApply(a, { permission: 'users' })).toMatch(/resource:action/);
    // Tasker's vocabulary: a shape alone is not enough.
    expect(c.canApply(a, { permission: 'unknown:action' })).toMatch(/no Tasker resource/);
    expect(c.canApply(a, { permission: 'tasks:delete' })).toMatch(/not a Tasker permission/);
    expect(c.canApply(a, {})).toMatch(/permission/);
    expect(AUTH_COMMANDS['auth.insertGuard.externalInput'].canApply(a, { at: 'lookup' })).toMatch(/not a wait or webhook/);
    expect(AUTH_COMMANDS['auth.insertGuard.jwt'].canApply(a, { at: 'nope' })).toMatch(/no state 'nope'/);
    expect(AUTH_COMMANDS['auth.insertGuard.jwt'].apply('states: {a: 1}', {})).toHaveProperty('error');
  });
});

describe('auth.insertCheck', () => {
  it('routes on an unchecked auth result and clears AUTHLINT-003 (auth-user-info)', async () => {
    const before = ex('technical/auth-user-info/auth-user-info.journey.yaml');
    expect(lintCodes(before)).toEqual(['AUTHLINT-003']);
    const { text } = when(before, 'auth.insertCheck', { at: 'validateJwt' });
    expect(lintCodes(text)).toEqual([]);
    expect(errorCodes(text)).toEqual(errorCodes(before));
    const fails = (await previewAuthText(text)).authStates[0].outcomes.slice(1);
    expect(fails.every((o) => o.ends.kind === 'fail' && o.ends.errorCode === 'urn:subject-unauthenticated' && !o.indistinguishableFromOk)).toBe(true);
  });
});

describe('guard commands never throw', () => {
  const files = ['technical/subject-step-guard/subject-step-guard.journey.yaml', SLA, API, 'business/loan-application/loan-application.journey.yaml'].map(ex);
  it('random templates on random states of real journeys give parseable text or a reason', () => {
    const names = Object.keys(AUTH_COMMANDS).filter((n) => n !== 'auth.insertCheck') as Array<Exclude<keyof AuthCommandArgs, 'auth.insertCheck'>>;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: files.length - 1 }), fc.integer({ min: 0, max: 200 }), fc.constantFrom(...names), fc.boolean(), (fi, si, name, perm) => {
        const text = files[fi];
        const states = buildModel(parseSource(text)).states;
        const at = states[si % states.length].qid;
        const r = AUTH_COMMANDS[name].apply(text, { at, permission: perm ? 'tasks:read' : undefined });
        if ('error' in r) return;
        const src = parseSource(r.text);
        expect(src.root).toBeDefined();
        expect(src.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      }),
      { numRuns: 120 },
    );
  });
});
