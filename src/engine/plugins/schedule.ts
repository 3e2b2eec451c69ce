/** `schedule:v1`: evaluates the schedule fields and records the binding (RT-10); `advance` starts the scheduled runs. */
import { internal } from '../expressions';
import { parseDuration, parseInstant } from '../duration';
import type { JsonObject } from '../json';
import type { TaskCall, TaskOutcome, TaskPlugin } from '../runtime-types';
import { asKey, fieldValue } from './field-value';
import { putOwn } from '../../core/own-property';

const FIELDS = ['startAt', 'interval', 'maxRuns', 'subjectId', 'context'] as const;

async function execute(call: TaskCall): Promise<TaskOutcome> {
  const { task, rt } = call;
  if (typeof task.start !== 'string')
    return { ok: false, problem: internal('schedule:v1 needs a start state') };
  const binding: JsonObject = { start: task.start };
  for (const f of FIELDS) {
    if (task[f] === undefined) continue;
    const v = await fieldValue(call, task[f]);
    if (!v.ok)
      return {
        ok: false,
        problem: { ...v.problem, detail: `schedule ${f}: ${v.problem.detail ?? ''}` },
      };
    putOwn(binding, f, v.value);
  }
  if (binding.context === undefined) binding.context = call.context;
  const id = [
    rt.journey.name,
    rt.journey.version,
    asKey(binding.subjectId ?? null),
    task.start,
  ].join('|');
  const onExisting = typeof task.onExisting === 'string' ? task.onExisting : 'fail';
  const existing = call.store.schedules[id];
  if (existing && onExisting === 'fail') {
    return {
      ok: false,
      problem: internal(
        `A schedule for subject '${asKey(binding.subjectId ?? null)}' at '${task.start}' already exists (onExisting: fail)`,
      ),
    };
  }
  const key =
    existing && onExisting === 'addAnother'
      ? `${id}#${Object.keys(call.store.schedules).length}`
      : id;
  const maxRuns = typeof binding.maxRuns === 'number' ? binding.maxRuns : null;
  call.store.schedules[key] = {
    start: task.start,
    nextAt: parseInstant(binding.startAt) ?? call.now,
    intervalMs: parseDuration(binding.interval) ?? null,
    maxRuns,
    runs: 0,
    lastContext: binding.context,
  };
  return {
    ok: true,
    context: call.context,
    effects: [
      {
        type: 'schedule',
        state: call.state.qid,
        start: task.start,
        binding: { ...binding, context: null },
      },
    ],
    note: `schedule ${existing ? onExisting : 'created'} for ${task.start}`,
  };
}

/** The `schedule:v1` plugin. */
export const schedulePlugin: TaskPlugin = { kind: 'schedule:v1', execute };
