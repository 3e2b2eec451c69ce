/** `xmlDecode:v1`: parses `context.<sourceVar>` as XML and writes JSON like a transform (RT-09). */
import { getPath } from '../json';
import { writeMapped } from '../write-target';
import type { Problem } from '../types';
import type { TaskCall, TaskOutcome, TaskPlugin } from '../runtime-types';
import { parseXml } from './xml-parse';

function problem(title: string, detail: string): Problem {
  return {
    type: 'urn:xml-decode:parse-error',
    title,
    status: 500,
    detail,
    code: 'XML_DECODE_FAILED',
  };
}

async function execute(call: TaskCall): Promise<TaskOutcome> {
  const { task } = call;
  const sourceVar = typeof task.sourceVar === 'string' ? task.sourceVar : '';
  const xml = getPath(call.context, sourceVar);
  if (typeof xml !== 'string')
    return {
      ok: false,
      problem: problem('XML source is not a string', `context.${sourceVar} must hold XML text`),
    };
  let value;
  try {
    value = parseXml(xml);
  } catch (err) {
    return {
      ok: false,
      problem: problem('XML could not be parsed', err instanceof Error ? err.message : String(err)),
    };
  }
  const w = writeMapped(call.context, value, task.target, task.resultVar);
  return w.ok ? { ok: true, context: w.context } : { ok: false, problem: w.problem };
}

/** The `xmlDecode:v1` plugin. */
export const xmlDecodePlugin: TaskPlugin = { kind: 'xmlDecode:v1', execute };
