// No raw token, key or certificate appears in any context, trace or output:
// canary secrets are planted as API key values and a JWT signing secret, and
// every minted token / issued certificate is recognised by its shape, and the
// stand-in an outbound bearerStatic tokenRef resolves to by its prefix.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScenarioFile } from '../../src/engine/index';
import { simulateCommand } from '../../src/cli/commands/simulate';
import { testLanguages } from './helpers/jsonata-lang';

const dir = join(__dirname, 'fixtures/canary');
const journeyPath = join(dir, 'canary.journey.yaml');
const scenarioPath = join(dir, 'canary.scenario.yaml');
const CANARIES = ['CANARY-apikey-9d41c7e2', 'CANARY-hmac-secret-5b8e0f3a'];
const JWT = /eyJ[\w-]{8,}\.eyJ[\w-]{8,}\.[\w-]{8,}/;
const CERT = /BEGIN CERTIFICATE|MII[A-Za-z0-9+/]{20,}/;
const STAND_IN = /sim-(bearer-token|client-secret)-/;

function assertClean(text: string): void {
  for (const c of CANARIES) expect(text).not.toContain(c);
  expect(text).not.toMatch(JWT);
  expect(text).not.toMatch(CERT);
  expect(text).not.toMatch(STAND_IN);
}

describe('secrets never leave the simulator', () => {
  it('keeps every report field free of raw credentials', async () => {
    const report = await runScenarioFile(
      readFileSync(journeyPath, 'utf8'),
      readFileSync(scenarioPath, 'utf8'),
      { languages: testLanguages },
    );
    // The scenarios really exercised the credentials (so the check below can fail).
    expect(report.scenarios.map((s) => [s.name, s.passed, s.failures])).toEqual([
      ['everything valid', true, []],
      ['forged and missing credentials', true, []],
    ]);
    const text = JSON.stringify(report);
    assertClean(text);
    // The journey copied the key header into context: the report shows it redacted.
    expect(text).toContain('[redacted]');
    // The outbound call carried the bearer token (its mock answers 200 only then), shown by name only.
    const echo = report.scenarios[0].effects.find((e) => e.type === 'http' && e.state === 'call');
    expect(echo).toMatchObject({ headers: ['X-Echo', 'Authorization'], authPolicy: 'echoToken' });
  });

  it('keeps the CLI output (json and text) clean', async () => {
    for (const format of ['json', 'text']) {
      let out = '';
      const code = await simulateCommand(
        [journeyPath, '--scenario', scenarioPath, '--format', format],
        {
          stdout: (s) => (out += s),
          stderr: (s) => (out += s),
          readFile: async (p) => readFileSync(p, 'utf8'),
          cwd: process.cwd(),
        },
      );
      expect(code).toBe(0);
      assertClean(out);
    }
  });
});

// A journey that lowers, upper-cases, slices and splits its credentials: no
// fragment of a secret (8 characters or more, any case) may reach an output,
// nor any JWT segment on its own (header and payload start `eyJ`, an HS256
// signature is a 43-character base64url run).
const derivedJourney = join(dir, 'derived.journey.yaml');
const derivedScenario = join(dir, 'derived.scenario.yaml');
const JWT_SEGMENT = /eyJ[\w-]{5,}|[\w-]{40,}/;

function assertNoFragment(text: string): void {
  const low = text.toLowerCase();
  for (const secret of CANARIES) {
    for (let i = 0; i + 8 <= secret.length; i++) expect(low).not.toContain(secret.slice(i, i + 8).toLowerCase());
  }
  expect(text).not.toMatch(JWT_SEGMENT);
}

describe('secrets derived by a journey never leave the simulator', () => {
  it('redacts lowered, sliced and split credentials in context, trace and effects', async () => {
    const report = await runScenarioFile(readFileSync(derivedJourney, 'utf8'), readFileSync(derivedScenario, 'utf8'));
    // The credentials were accepted and the derived values really computed (so the check below can fail).
    expect(report.scenarios.map((s) => [s.name, s.passed, s.failures])).toEqual([['credentials lowered, sliced and split', true, []]]);
    const run = report.scenarios[0];
    const context = JSON.stringify(run);
    expect(context).toContain('"keyLower":"[redacted]"');
    expect(context).toContain('"jwtParts":["Bearer [redacted]","[redacted]","[redacted]"]');
    expect(context).toContain('"note":"key starts [redacted] and the signature is [redacted]"');
    assertNoFragment(JSON.stringify(report));
  });

  it('keeps the CLI output (json and text) free of secret fragments', async () => {
    for (const format of ['json', 'text']) {
      let out = '';
      const code = await simulateCommand([derivedJourney, '--scenario', derivedScenario, '--format', format], {
        stdout: (s) => (out += s),
        stderr: (s) => (out += s),
        readFile: async (p) => readFileSync(p, 'utf8'),
        cwd: process.cwd(),
      });
      expect(code).toBe(0);
      assertNoFragment(out);
    }
  });
});
