/** `secretRef` resolution for outbound auth (dsl.md §7, §19.1) in a simulator that has no secret store. */
import type { SimEnv } from '../runtime-types';

/**
 * A stable stand-in for the secret behind `ref` (`sim-<what>-<hash>`): the same reference always
 * yields the same value, so mocks can match on it and runs stay reproducible. The value is
 * registered in `env.secrets` before it is used, so every output redacts it like a real secret.
 */
export function resolveSecret(
  env: SimEnv,
  ref: string,
  what: 'client-secret' | 'bearer-token',
): string {
  let h = 0;
  for (const ch of ref) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  const value = `sim-${what}-${h.toString(36)}`;
  if (!env.secrets.includes(value)) env.secrets.push(value);
  return value;
}
