/** What the three inbound-auth plugins share: reading the credential and writing result XOR problem. */
import { problemFor, type AuthMechanism } from '../../core/catalog/auth-problems';
import { getPath, isObject, setPath, type Json, type JsonObject } from '../json';
import { internal } from '../expressions';
import type { TokenSource } from '../crypto/material';
import type { InboundRequest, Problem } from '../types';
import type { TaskCall, TaskOutcome } from '../runtime-types';

/** Reads the raw credential from the request at `source` (header names case-insensitive; `scheme` stripped). */
export function readCredential(request: InboundRequest, source: TokenSource): string | undefined {
  let raw: string | undefined;
  if (source.location === 'header') {
    const want = source.name.toLowerCase();
    raw = Object.entries(request.headers).find(([k]) => k.toLowerCase() === want)?.[1];
  } else if (source.location === 'query') {
    raw = request.query[source.name];
  } else {
    raw = request.cookies[source.name];
  }
  if (raw === undefined) return undefined;
  raw = raw.trim();
  if (source.scheme) {
    const prefix = `${source.scheme.toLowerCase()} `;
    if (raw.toLowerCase().startsWith(prefix)) raw = raw.slice(prefix.length).trim();
    else if (raw.toLowerCase() === source.scheme.toLowerCase()) raw = '';
  }
  return raw === '' ? undefined : raw;
}

/** The namespace the plugin writes under: `context.<authVar ?? 'auth'>.<mechanism>`. */
export function authPath(task: JsonObject, mechanism: AuthMechanism): string[] {
  const ns = typeof task.authVar === 'string' && task.authVar !== '' ? task.authVar : 'auth';
  return [ns, mechanism];
}

/** Writes the success fields and deletes any stale `problem` (XOR rule, dsl.md §18.5). */
export function writeSuccess(
  call: TaskCall,
  mechanism: AuthMechanism,
  fields: JsonObject,
  fieldNames: readonly string[],
): TaskOutcome {
  const path = authPath(call.task, mechanism);
  const prev = getPath(call.context, path);
  const base: JsonObject = isObject(prev) ? { ...prev } : {};
  delete base.problem;
  for (const f of fieldNames) delete base[f];
  return { ok: true, context: setPath(call.context, path, { ...base, ...fields }) };
}

/** Writes a business-failure Problem and deletes stale success fields; the run continues to `next`. */
export function writeProblem(
  call: TaskCall,
  mechanism: AuthMechanism,
  code: string,
  fieldNames: readonly string[],
  detail?: string,
): TaskOutcome {
  const path = authPath(call.task, mechanism);
  const prev = getPath(call.context, path);
  const base: JsonObject = isObject(prev) ? { ...prev } : {};
  for (const f of fieldNames) delete base[f];
  const problem = problemFor(code, detail) as Problem;
  return {
    ok: true,
    context: setPath(call.context, path, { ...base, problem: problem as unknown as Json }),
    problem,
  };
}

/** A `*_CONFIG_*` failure: an internal Problem that fails the run. */
export function configFailure(code: string, detail: string): TaskOutcome {
  return { ok: false, problem: { ...internal(detail), code, configCode: code } };
}

/** The profile name of a task (`default` when omitted). */
export function profileName(task: JsonObject): string {
  return typeof task.profile === 'string' && task.profile !== '' ? task.profile : 'default';
}
