/** How the preview panel shows an outcome: its canvas overlay, its end in words, the `data-end-state` hook. Pure. */
import type { PreviewEnd, PreviewOutcome } from '../../core/auth/preview-types';

export type RunStates = Record<string, 'active' | 'visited'>;

/** The canvas overlay of one outcome: its path visited, its end active. Pure. */
export function outcomeRunStates(o: Pick<PreviewOutcome, 'path' | 'ends'>): RunStates {
  const states: RunStates = {};
  for (const qid of o.path) states[qid] = 'visited';
  states[o.ends.state] = 'active';
  return states;
}

/** The end in a few words: `fail JWT_SCOPE_DENIED → HTTP 403`, `waits at approve`, `undecided at x: why`. Pure. */
export function endText(e: PreviewEnd): string {
  const http = 'httpStatus' in e && e.httpStatus !== undefined ? ` → HTTP ${e.httpStatus}` : '';
  switch (e.kind) {
    case 'succeed':
      return `succeeds at ${e.state}${http}`;
    case 'fail':
      return `fails at ${e.state} with ${e.errorCode}${http}`;
    case 'externalInput':
      return `waits for input at ${e.state}`;
    case 'undecided':
      return `undecided at ${e.state}: ${e.reason}`;
  }
}

/** The `data-end-state` hook value (CONTRACTS §5): the state where the outcome ends. Pure. */
export function endState(e: PreviewEnd): string {
  return e.state;
}
