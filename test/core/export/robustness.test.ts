/** Exporters never throw on junk: they export what they can or say why they cannot. */
import { describe, expect, it } from 'vitest';
import { decodeShare } from '../../../src/core/share/share-link';
import { stripSecrets } from '../../../src/core/share/strip-secrets';
import { EXPORTERS } from '../../../src/core/export/registry';
import { analyze } from '../../../src/core/validate/validate';

const JUNK: Record<string, string> = {
  empty: '',
  'not yaml': 'a: [1, 2\n  b: }',
  scalar: '42',
  'spec is a number': 'apiVersion: v1\nkind: Journey\nmetadata: {name: x}\nspec: 5\n',
  'states as a list': 'kind: Journey\nmetadata: {name: x}\nspec:\n  start: a\n  states: [a, b]\n',
  'odd shapes': [
    'kind: Journey',
    'metadata: {name: "we/ird name", version: 7}',
    'spec:',
    '  input: {schema: "not a schema"}',
    '  lifecycle: {startMode: [async]}',
    '  start: p',
    '  states:',
    '    p: {type: parallel, parallel: {branches: [5, {name: b, start: w, states: {w: {type: wait, wait: 3}}}]}}',
    '    c: {type: choice, choices: "nope", default: missing}',
    '    s: {type: subjourney, subjourney: {ref: nowhere}, next: p}',
  ].join('\n'),
  'api without route': 'kind: Api\nmetadata: {name: a}\nspec:\n  bindings: {http: {apiResponses: {rules: [1, {status: "x"}], default: 9}}}\n  start: d\n  states: {d: {type: succeed}}\n',
  'alias bomb': 'a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nkind: Journey\n',
};

describe('exporters on junk input', () => {
  it.each(Object.entries(JUNK))('%s: every format answers without throwing', (_name, text) => {
    const analysis = analyze(text, 'junk.journey.yaml');
    for (const exporter of EXPORTERS) {
      const result = exporter.run(analysis);
      if (result.ok) expect(typeof result.text).toBe('string');
      else expect(result.message.length).toBeGreaterThan(5);
    }
  });

  it('refuses text that is not YAML, secrets or not', () => {
    expect(stripSecrets('a: [')).toMatchObject({ text: '', removed: [], error: expect.stringContaining('YAML error') as unknown });
    expect(stripSecrets('a: [\n-----BEGIN PRIVATE KEY-----\n').text).toBe('');
  });

  it('decodes any string without throwing', async () => {
    for (const s of ['', '#', 'share=', 'share=1.' + 'A'.repeat(10_000), '%%%', 'share=1.%E0%A4%A']) {
      const result = await decodeShare(s);
      expect(result.ok).toBe(false);
    }
  });
});
