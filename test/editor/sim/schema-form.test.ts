/** The step-submission form is generated from the wait's input.schema. */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bodyFromForm, fieldsFor } from '../../../src/editor/sim/schema-form';

const waitApproval = parse(
  readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'examples', 'technical', 'wait-approval', 'wait-approval.journey.yaml'), 'utf8'),
) as { spec: { states: Record<string, { wait?: { input?: { schema?: unknown } } }> } };

describe('schema form', () => {
  it('builds fields from a real wait input schema', () => {
    const wait = Object.values(waitApproval.spec.states).find((s) => s.wait?.input?.schema);
    const fields = fieldsFor(wait?.wait?.input?.schema);
    expect(fields.length).toBeGreaterThan(0);
    expect(fields.every((f) => f.path.length > 0)).toBe(true);
  });

  it('flattens nested objects, keeps enums and required flags', () => {
    const fields = fieldsFor({
      type: 'object',
      required: ['decision'],
      properties: {
        decision: { type: 'string', enum: ['approve', 'reject'] },
        amount: { type: 'integer' },
        address: { type: 'object', required: ['city'], properties: { city: { type: 'string' } } },
        tags: { type: 'array', items: { type: 'string' } },
      },
    });
    expect(fields.map((f) => [f.path, f.kind, f.required])).toEqual([
      ['decision', 'enum', true],
      ['amount', 'integer', false],
      ['address.city', 'string', false],
      ['tags', 'json', false],
    ]);
  });

  it('turns form input into a body and reports bad values', () => {
    const fields = fieldsFor({ type: 'object', properties: { n: { type: 'integer' }, ok: { type: 'boolean' }, a: { type: 'object', properties: { b: { type: 'string' } } }, raw: {} } });
    const { body, errors } = bodyFromForm(fields, { n: '4.5', ok: 'true', 'a.b': 'x', raw: '[1' });
    expect(body).toEqual({ ok: true, a: { b: 'x' } });
    expect(errors).toEqual({ n: 'not an integer', raw: 'not valid JSON' });
  });
});
