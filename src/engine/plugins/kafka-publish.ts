/** `kafkaPublish:v1`: evaluates key and value and records the publish as an effect; writes nothing (RT-08). */
import { interpolateMap } from '../interpolate';
import { internal } from '../expressions';
import type { TaskCall, TaskOutcome, TaskPlugin } from '../runtime-types';
import { fieldValue } from './field-value';

async function execute(call: TaskCall): Promise<TaskOutcome> {
  const { task } = call;
  if (typeof task.topic !== 'string' || task.topic === '')
    return { ok: false, problem: internal('kafkaPublish:v1 needs a topic') };
  const key = await fieldValue(call, task.key);
  if (!key.ok) return { ok: false, problem: key.problem };
  const value = await fieldValue(call, task.value);
  if (!value.ok) return { ok: false, problem: value.problem };
  const headers = interpolateMap(task.headers, {
    context: call.context,
    platform: call.rt.env.platform,
  });
  return {
    ok: true,
    context: call.context,
    effects: [
      {
        type: 'kafka',
        state: call.state.qid,
        topic: task.topic,
        key: key.value,
        value: value.value,
      },
    ],
    note: `published to ${task.topic}${Object.keys(headers).length ? ` with headers ${Object.keys(headers).join(', ')}` : ''}`,
  };
}

/** The `kafkaPublish:v1` plugin. */
export const kafkaPublishPlugin: TaskPlugin = { kind: 'kafkaPublish:v1', execute };
