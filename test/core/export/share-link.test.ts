/** Share links: round trip, secrets never in the link, clear errors for damaged or oversized links. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fromBase64Url, toBase64Url } from '../../../src/core/share/base64url';
import { decodeShare, encodeShare, isShareFragment, MAX_FRAGMENT_CHARS, shareUrl } from '../../../src/core/share/share-link';
import { REDACTED, stripSecrets } from '../../../src/core/share/strip-secrets';
import { EXAMPLES_DIR } from '../../support/corpus';

const journeyPath = join(EXAMPLES_DIR, 'technical', 'wait-approval', 'wait-approval.journey.yaml');
const journey = { name: 'wait-approval.journey.yaml', text: readFileSync(journeyPath, 'utf8') };
const scenarioText = readFileSync(join(import.meta.dirname, 'fixtures', 'identity-lab.scenario.yaml'), 'utf8');
const scenario = { name: 'identity-lab.scenario.yaml', text: scenarioText };

async function decodeOk(fragment: string) {
  const result = await decodeShare(fragment);
  if (!result.ok) throw new Error(result.error);
  return result.payload;
}

describe('share links', () => {
  it('round-trips a journey byte for byte, comments included', async () => {
    const made = await encodeShare({ journey });
    expect(made.ok).toBe(true);
    if (!made.ok) return;
    expect(made.fragment).toMatch(/^share=1\.[A-Za-z0-9_-]+$/);
    expect(made.fragment.length).toBeLessThan(journey.text.length); // compressed
    const payload = await decodeOk(`#${made.fragment}`);
    expect(payload.journey).toEqual(journey);
    expect(payload.scenarios).toBeUndefined();
  });

  it('opens from a whole URL and recognises the fragment', async () => {
    const made = await shareUrl('https://studio.example/app?x=1#old', { journey });
    expect(made.ok && made.url?.startsWith('https://studio.example/app?x=1#share=1.')).toBe(true);
    expect(isShareFragment(`#${made.ok ? made.fragment : ''}`)).toBe(true);
    expect(isShareFragment('#view=graph')).toBe(false);
    expect((await decodeOk(made.url!)).journey.text).toBe(journey.text);
  });

  it('never carries private keys or API key values, and says what it removed', async () => {
    const made = await encodeShare({ journey, scenarios: [scenario] });
    if (!made.ok) throw new Error(made.error);
    const shared = (await decodeOk(made.fragment)).scenarios![0].text;
    for (const secret of ['s3cr3t-value', 'another-key-1234', 'PRIVATE KEY', 'jpsQnnGQmL']) expect(shared).not.toContain(secret);
    const data = parse(shared) as { env: { auth: { apiKey: Record<string, { keys: object[] }>; jwt: { default: { keys: object[] } } } } };
    expect(data.env.auth.apiKey['payments-callback'].keys[0]).toEqual({ keyId: 'psp-prod' });
    expect(data.env.auth.jwt.default.keys[1]).toMatchObject({ kid: 'imported', jwk: { kty: 'EC', crv: 'P-256' } });
    expect(shared).toContain(`X-Webhook-Secret: "${REDACTED}"`);
    expect(shared).toContain('# test material only'); // comments survive
    expect(made.removed).toEqual(
      expect.arrayContaining([
        'identity-lab.scenario.yaml: env.auth.apiKey.payments-callback.keys.value',
        'identity-lab.scenario.yaml: env.auth.jwt.default.keys.jwk.d',
        'identity-lab.scenario.yaml: env.auth.jwt.default.keys.privateKeyPem',
      ]),
    );
  });

  it('leaves text without secrets untouched', () => {
    expect(stripSecrets(journey.text)).toEqual({ text: journey.text, removed: [] });
  });

  it('refuses links that would be too long, with a way out', async () => {
    // Random-looking text does not compress, so the link outgrows the limit.
    let noise = '';
    let x = 2463534242;
    while (noise.length < 2 * MAX_FRAGMENT_CHARS) {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      noise += `# ${(x >>> 0).toString(36)}\n`;
    }
    const made = await encodeShare({ journey: { name: 'big.journey.yaml', text: noise }, scenarios: [scenario] });
    expect(made.ok).toBe(false);
    if (!made.ok) expect(made.error).toMatch(/limited to 64 KiB.*share without scenarios/);
  });

  it('explains damaged, cut-off, foreign and hostile links without throwing', async () => {
    const made = await encodeShare({ journey });
    if (!made.ok) throw new Error(made.error);
    const cut = made.fragment.slice(0, Math.floor(made.fragment.length / 2));
    const errors = await Promise.all(
      [cut, 'share=1.@@@', 'share=1.', '#view=graph', 'share=9.abc', `share=1.${toBase64Url(new TextEncoder().encode('not deflate'))}`].map(
        async (f) => decodeShare(f),
      ),
    );
    expect(errors.map((e) => (e.ok ? 'ok' : e.error.split(' ').slice(0, 5).join(' ')))).toEqual([
      'This share link is damaged',
      'This share link is damaged',
      'This share link is damaged',
      'This link holds no shared',
      'This share link was made',
      'This share link is damaged',
    ]);
  });

  it('refuses a link that unpacks to a huge payload (zip bomb)', async () => {
    const huge = new TextEncoder().encode(JSON.stringify({ journey: { name: 'x', text: 'a'.repeat(3 * 1024 * 1024) } }));
    const stream = new Blob([huge]).stream().pipeThrough(new CompressionStream('deflate-raw'));
    const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
    const result = await decodeShare(`share=1.${toBase64Url(bytes)}`);
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/unpacks to more than 2 MB/) as unknown });
  });

  it('carries OpenAPI documents beside the journey, and refuses a link whose documents are malformed', async () => {
    const api = { name: 'apis/users.openapi.yaml', text: 'openapi: 3.1.0\npaths: {}\n' };
    const made = await encodeShare({ journey, apis: [api] });
    if (!made.ok) throw new Error(made.error);
    expect((await decodeOk(made.fragment)).apis).toEqual([{ name: 'users.openapi.yaml', text: api.text }]);
    const pack = async (data: unknown) => {
      const stream = new Blob([JSON.stringify(data)]).stream().pipeThrough(new CompressionStream('deflate-raw'));
      return `share=1.${toBase64Url(new Uint8Array(await new Response(stream).arrayBuffer()))}`;
    };
    for (const apis of ['users.openapi.yaml', [{ name: 'u.yaml' }], [42]]) {
      expect(await decodeShare(await pack({ journey, apis }))).toMatchObject({ ok: false, error: expect.stringMatching(/damaged/) as unknown });
    }
  });

  it('keeps shared file names as plain labels', async () => {
    const made = await encodeShare({ journey: { name: '../../etc/passwd\u0000.journey.yaml', text: journey.text } });
    if (!made.ok) throw new Error(made.error);
    expect((await decodeOk(made.fragment)).journey.name).toBe('passwd.journey.yaml');
  });

  it('round-trips any journey and scenario text that holds no secrets', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.array(fc.string({ maxLength: 50 }), { maxLength: 3 }), async (text, scenarios) => {
        const files = scenarios.map((t, i) => ({ name: `s${i}.scenario.yaml`, text: `# ${t.replace(/\s/g, ' ')}\nscenarios: []\n` }));
        const made = await encodeShare({ journey: { name: 'j.journey.yaml', text: `# ${text.replace(/\s/g, ' ')}\n` }, scenarios: files });
        if (!made.ok) return false;
        const back = await decodeShare(made.fragment);
        return back.ok && back.payload.journey.text === `# ${text.replace(/\s/g, ' ')}\n` && (back.payload.scenarios ?? []).length === files.length;
      }),
      { numRuns: 60 },
    );
  });

  it('base64url round-trips every byte value', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(fromBase64Url(toBase64Url(all))).toEqual(all);
    expect(fromBase64Url('a+b/')).toBeUndefined();
  });
});
