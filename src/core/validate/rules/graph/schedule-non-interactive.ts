/**
 * TASK-SCHED-008: scheduled runs are non-interactive — no wait/webhook may be
 * reachable from a `schedule:v1` `task.start`, following every transition and
 * descending into parallel branches and called subjourneys.
 */
import { graphOf } from '../../../graph/journey-graph';
import { isExternalInput, scheduleStart } from '../../../graph/state-kinds';
import { child, joinPath, spanOf } from '../../../yaml-nodes';
import type { Rule } from '../../rule';
import { listStates } from './helpers';

/** TASK-SCHED-008 for every schedule:v1 task, citing the path to the first wait. */
export const scheduleNonInteractiveRule: Rule = {
  name: 'schedule-non-interactive',
  codes: ['TASK-SCHED-008'],
  check(ctx) {
    const g = graphOf(ctx.model);
    for (const task of g.scheduleTasks()) {
      const entry = ctx.model.top.states.get(scheduleStart(task) ?? '');
      if (!entry) continue;
      const waits = [...g.reachableFrom(entry, { descend: true })].filter(isExternalInput);
      if (!waits.length) continue;
      const path = g.pathTo(entry, waits[0], { descend: true }) ?? [entry, waits[0]];
      ctx.add(
        'TASK-SCHED-008',
        'error',
        `Scheduled runs from '${entry.id}' reach ${waits.length === 1 ? 'the external-input state' : 'external-input states'} ${listStates(waits)} ` +
          `(${path.map((s) => s.id).join(' → ')}); scheduled runs cannot wait for input`,
        { span: spanOf(child(task.task!.node, 'start')), path: joinPath(task.task!.path, 'start') },
      );
    }
  },
};
