/** `apiKeyValidate:v1`: compares SHA-256 hashes of the presented key with every configured key in constant time. */
import { sha256, sourceOf } from '../crypto/material';
import type { TaskCall, TaskOutcome, TaskPlugin } from '../runtime-types';
import {
  configFailure,
  profileName,
  readCredential,
  writeProblem,
  writeSuccess,
} from './auth-common';

const FIELDS = ['keyId'] as const;

/** Equal-length byte comparison whose time does not depend on where bytes differ. */
function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

async function execute(call: TaskCall): Promise<TaskOutcome> {
  const name = profileName(call.task);
  const profile = call.rt.env.auth.apiKey[name];
  if (!profile)
    return configFailure(
      'APIKEY_CONFIG_PROFILE_MISSING',
      `API key profile '${name}' is not configured (env.auth.apiKey.${name})`,
    );
  if (profile.keysProblem)
    return configFailure(
      'APIKEY_CONFIG_KEYS_UNUSABLE',
      `API key profile '${name}': ${profile.keysProblem}`,
    );
  const source = call.task.source !== undefined ? sourceOf(call.task.source) : profile.source;
  if (!source)
    return configFailure(
      'APIKEY_CONFIG_INVALID',
      `API key profile '${name}' has no usable key source`,
    );
  const presented = readCredential(call.request, source);
  if (presented === undefined)
    return writeProblem(
      call,
      'apiKey',
      'APIKEY_MISSING',
      FIELDS,
      `No API key in ${source.location} '${source.name}'`,
    );
  const hash = await sha256(presented);
  // Compare with every key (no early exit) so timing does not reveal which key was close.
  let match: string | undefined;
  for (const k of profile.keys)
    if (constantTimeEqual(hash, k.hash) && match === undefined) match = k.keyId;
  if (match === undefined)
    return writeProblem(
      call,
      'apiKey',
      'APIKEY_INVALID',
      FIELDS,
      'The API key does not match any configured key',
    );
  return writeSuccess(call, 'apiKey', { keyId: match }, FIELDS);
}

/** The `apiKeyValidate:v1` plugin. */
export const apiKeyValidatePlugin: TaskPlugin = { kind: 'apiKeyValidate:v1', execute };
