/**
 * A scenario that starts the journey with one lab token and expects what the
 * lab predicts: the problem code written at the auth target (or the subject
 * for a verifying token), and — when the caller knows it from the auth
 * preview — the phase and error code the journey ends with. Pure.
 */
import type { PreviewEnd } from '../auth/preview-types';
import type { LabState } from './lab-types';
import type { JsonObject } from './scenario-env';
import { tokenVerdict } from './token-verdict';

export interface TokenScenarioOptions {
  /** Where the auth task writes (default `context.auth.jwt`). */
  target?: string;
  /** The end the preview predicts for the token's code. */
  end?: { phase: 'SUCCEEDED' | 'FAILED' | 'RUNNING'; errorCode?: string; currentState?: string };
}

/** Nested object `{a: {b: leaf}}` for the dotted path `a.b`. */
function nest(path: string[], leaf: JsonObject): JsonObject {
  return path.reduceRight<JsonObject>((acc, k) => ({ [k]: acc }), leaf);
}

/** The scenario for a named lab token, or undefined when the lab has no such token. Pure. */
export function scenarioForToken(lab: LabState, tokenName: string, opts: TokenScenarioOptions = {}): (JsonObject & { name: string }) | undefined {
  const token = lab.tokens.find((t) => t.name === tokenName);
  if (!token) return undefined;
  const profile = lab.jwt.find((p) => p.name === token.profile);
  const src = profile?.source ?? { location: 'header' as const, name: 'Authorization', scheme: 'Bearer' };
  const value = `${src.scheme ? `${src.scheme} ` : ''}\${tokens.${token.name}}`;
  const where = src.location === 'query' ? 'query' : src.location === 'cookie' ? 'cookies' : 'headers';
  const verdict = tokenVerdict(lab, token);
  const path = (opts.target ?? 'context.auth.jwt').replace(/^context\./, '').split('.');
  const sub = token.claims.sub;
  const written: JsonObject | undefined =
    verdict.code === 'OK'
      ? typeof sub === 'string'
        ? { claims: { sub } }
        : undefined
      : { problem: { code: verdict.code } };
  const expect: JsonObject = {};
  if (opts.end) {
    expect.phase = opts.end.phase;
    if (opts.end.errorCode) expect.error = { code: opts.end.errorCode };
    if (opts.end.currentState) expect.currentState = opts.end.currentState;
  }
  if (written) expect.context = nest(path, written);
  return {
    name: `token ${token.name} (${verdict.code})`,
    start: { [where]: { [src.name]: value } },
    expect,
  };
}

/** The scenario expectation for an auth preview end (undecided ends expect nothing). Pure. */
export function expectedEnd(ends: PreviewEnd): TokenScenarioOptions['end'] {
  if (ends.kind === 'succeed') return { phase: 'SUCCEEDED' };
  if (ends.kind === 'fail') return { phase: 'FAILED', errorCode: ends.errorCode };
  if (ends.kind === 'externalInput') return { phase: 'RUNNING', currentState: ends.state };
  return undefined;
}
