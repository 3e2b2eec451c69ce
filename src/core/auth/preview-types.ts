/** The Problem Details branch preview JSON (CONTRACTS.md §4), plus additive fields for the editor. */
import type { ProblemDetails } from '../catalog/auth-problems';

/** Where one outcome's flow ends. `httpStatus` is set for `kind: Api` terminals. */
export type PreviewEnd =
  | { kind: 'succeed'; state: string; httpStatus?: number }
  | { kind: 'fail'; state: string; errorCode: string; reason?: string; httpStatus?: number }
  | { kind: 'externalInput'; state: string }
  | { kind: 'undecided'; state: string; reason: string };

/** Data the preview did not have and what it assumed instead (shown beside the path). */
export interface PreviewAssumption {
  state: string;
  note: string;
}

export interface PreviewOutcome {
  /** `OK` or a business failure code of the plugin. */
  code: string;
  /** The exact Problem the plugin writes (absent for `OK`). */
  problem?: ProblemDetails;
  /** What the plugin writes at `target` (claims/keyId/subjectDn for OK, `{problem}` otherwise). */
  result: Record<string, unknown>;
  /** Qualified state ids from the auth state to the end, in order (repeats when a loop is taken). */
  path: string[];
  ends: PreviewEnd;
  assumptions: PreviewAssumption[];
  /** A failure code whose path and end are the same as `OK`'s: no branch tells it apart. */
  indistinguishableFromOk?: boolean;
}

export interface PreviewAuthState {
  state: string;
  plugin: string;
  target: string;
  profile: string;
  /** Span of the state key, for the editor to reveal. */
  span: { start: number; end: number };
  outcomes: PreviewOutcome[];
}

export interface AuthPreview {
  journey: string;
  kind: 'Journey' | 'Api';
  authStates: PreviewAuthState[];
}
