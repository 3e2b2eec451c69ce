/** What a state is for the graph: terminal, external input, a D03 open parallel, a schedule entry. Pure. */
import type { StateModel } from '../model/types';
import { child, str } from '../yaml-nodes';

/** True for `succeed`/`fail`, the terminal states of their scope. Pure. */
export function isTerminal(s: StateModel): boolean {
  return s.type === 'succeed' || s.type === 'fail';
}

/** True for a `parallel` with no `next` (dialect D03: the journey ends when the join completes). Pure. */
export function isOpenParallel(s: StateModel): boolean {
  return s.type === 'parallel' && !s.transitions.some((t) => t.via === 'next');
}

/** True for the states where a run pauses for outside input (`wait`, `webhook`). Pure. */
export function isExternalInput(s: StateModel): boolean {
  return s.type === 'wait' || s.type === 'webhook';
}

/** The `task.start` of a `schedule:v1` task, if written as a string. */
export function scheduleStart(s: StateModel): string | undefined {
  return str(child(s.task?.node, 'start'));
}
