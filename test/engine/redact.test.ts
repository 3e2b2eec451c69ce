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

  it('redacts values derived from a secret: lowered, sliced, split into JWT segments, base64-encoded', () => {
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.Qm9ZtR8xWk3LpV7nC2dF5gH1jK4mN6bP9rS0tU2vX4y';
    const key = 'sk-live-Ab12Cd34Ef56';
    const [header, payload, signature] = jwt.split('.');
    const out = redact(
      { lower: key.toLowerCase(), head: key.slice(0, 9), tail: key.slice(-9), parts: [header, payload, signature], upper: jwt.toUpperCase(), b64: btoa(key) },
      [jwt, key],
    );
    expect(out).toEqual({ lower: '[redacted]', head: '[redacted]', tail: '[redacted]', parts: ['[redacted]', '[redacted]', '[redacted]'], upper: '[redacted]', b64: '[redacted]' });
  });

  it('leaves ordinary text alone: short slices, words inside a secret, PEM armour', () => {
    const pem = '-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUQm9ZtR8xWk3LpV7nC2dF5gH1jK4w\n-----END CERTIFICATE-----';
    const text = { a: 'no client certificate', b: 'customer approved', c: 'sk-live', d: 'Bearer token missing' };
    expect(redact(text, ['customer-key-1234', pem, 'sk-live-Ab12Cd34Ef56'])).toEqual(text);
  });
});
