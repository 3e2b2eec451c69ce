// RT-31 cookie jar and RT-07 client credentials, observed through what a designer
// reads in the report: the requests sent (effects), the context and the outcome.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScenarioFile, type ScenarioReport } from '../../src/engine/index';
import { checkExpect } from '../../src/engine/scenario/expect';
import type { RunOutcome } from '../../src/engine/types';
import { testLanguages } from './helpers/jsonata-lang';

const dir = join(__dirname, 'fixtures');
const report = () =>
  runScenarioFile(
    readFileSync(join(dir, 'outbound-session.journey.yaml'), 'utf8'),
    readFileSync(join(dir, 'outbound-session.scenario.yaml'), 'utf8'),
    { languages: testLanguages, journeyFile: 'outbound-session.journey.yaml' },
  );
const calls = (s: ScenarioReport, state: string) =>
  s.effects.filter((e) => e.type === 'http' && e.state === state && e.purpose !== 'token');
const tokenRequests = (s: ScenarioReport) =>
  s.effects.filter((e) => e.type === 'http' && e.purpose === 'token');

describe('outbound session: cookie jar and client credentials', () => {
  it('runs both scenarios green', async () => {
    const r = await report();
    expect(r.error).toBeUndefined();
    expect(r.scenarios.filter((s) => !s.passed).map((s) => s.failures)).toEqual([]);
  });

  it('attaches jar cookies by path, also to notify calls, never when useJar is false', async () => {
    const [s] = (await report()).scenarios;
    expect(calls(s, 'login')[0]).not.toHaveProperty('cookie');
    // the bare parent domain is not in `.shop.test`: sid is dropped
    expect(calls(s, 'audit')[0]).toMatchObject({ mode: 'notify', cookie: 'pref=x' });
    expect(calls(s, 'cart')[0]).toMatchObject({ cookie: 'cart=c1; pref=x', status: 200 });
    expect(calls(s, 'anonymous')[0]).not.toHaveProperty('cookie');
    // pref was deleted by the cart response; the notify Set-Cookie never reached the jar
    expect(calls(s, 'checkout')[0]).toMatchObject({ cookie: 'cart=c1', status: 201 });
  });

  it('returns Set-Cookie (with deletions) only when the run succeeds', async () => {
    const [ok, failed] = (await report()).scenarios;
    expect(ok.outcome.setCookies).toEqual([
      'cart=c1; Domain=api.shop.test; Path=/cart',
      'pref=; Domain=api.shop.test; Path=/; Max-Age=0',
    ]);
    expect(failed.outcome.phase).toBe('FAILED');
    expect(failed.outcome).not.toHaveProperty('setCookies');
    // expect.setCookies names a missing cookie in a sentence
    const outcome = { phase: 'SUCCEEDED', setCookies: ok.outcome.setCookies } as RunOutcome;
    const run = { outcome, context: {}, visited: [], active: [] };
    expect(checkExpect({ setCookies: ['sid=*'] }, run)).toEqual([
      `setCookies: expected a Set-Cookie matching 'sid=*', got ${ok.outcome.setCookies?.join(' | ')}`,
    ]);
    expect(checkExpect({ setCookies: ['cart=c1*'] }, run)).toEqual([]);
  });

  it('caches the token across calls and fetches a new one after expiry', async () => {
    const [ok, failed] = (await report()).scenarios;
    // login + cart share one token; after PT2H (expires_in 3600) checkout needs a second
    expect(tokenRequests(ok)).toHaveLength(2);
    expect(tokenRequests(failed)).toHaveLength(1);
    expect(tokenRequests(ok)[0]).toMatchObject({
      method: 'POST',
      url: 'https://auth.shop.test/token',
      headers: ['Content-Type', 'Authorization'],
    });
  });

  it('never shows the client secret or an access token', async () => {
    const text = JSON.stringify(await report());
    expect(text).not.toMatch(/sim-client-secret|token-aaa|token-bbb|token-long|Basic /);
    expect(text).toContain('fetched (expires in 3600s)');
  });
});
