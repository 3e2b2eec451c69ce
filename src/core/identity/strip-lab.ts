/**
 * The identity lab without its test secrets, for share links and exports:
 * API key values are emptied. The lab never holds private keys (the
 * simulator makes key pairs from `{kid, alg}`), so nothing else is secret. Pure.
 */
import type { LabState } from './lab-types';

/** A copy of the lab with every API key value removed. Pure. */
export function stripLabSecrets(lab: LabState): LabState {
  return {
    ...structuredClone(lab),
    apiKeys: lab.apiKeys.map((p) => ({ ...structuredClone(p), keys: p.keys.map((k) => ({ keyId: k.keyId, value: '' })) })),
  };
}

/** True when the lab holds a secret that `stripLabSecrets` would remove. Pure. */
export function labHasSecrets(lab: LabState): boolean {
  return lab.apiKeys.some((p) => p.keys.some((k) => k.value !== ''));
}
