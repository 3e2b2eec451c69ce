/** Redaction replaces every planted secret and keeps odd keys as plain data. */
import { describe, expect, it } from 'vitest';
import { redact } from '../../src/engine/redact';

describe('redact', () => {
  it('replaces secrets in values and keys, deep', () => {
    const out = redact({ a: 'Bearer tok-123456', nested: [{ 'tok-123456': 1 }] }, ['tok-123456']);
    expect(JSON.stringify(out)).not.toContain('tok-123456');
    expect(out).toEqual({ a: 'Bearer [redacted]', nested: [{ '[redacted]': 1 }] });
  });

  it('keeps a __proto__ key as data and never touches prototypes', () => {
    const input = JSON.parse('{"__proto__": {"polluted": "secret-value"}}') as Record<string, unknown>;
    const out = redact(input, ['secret-value']) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(['__proto__']);
    expect(JSON.stringify(out)).toBe('{"__proto__":{"polluted":"[redacted]"}}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
