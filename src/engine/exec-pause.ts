/** The pausing states: `wait`/`webhook` (RT-17/RT-19) and `timer` (RT-21). */
import { deletePath, getPath } from './json';
import { internal } from './expressions';
import { parseDuration, parseInstant, formatInstant } from './duration';
import { record, update, type Draft } from './draft';
import { mapperOf, type EngineState } from './journey';
import { bodyOf, checkTarget, nextOf } from './transitions';
import { failThread } from './finish';
import type { Runtime } from './runtime-types';
import type { Thread } from './types';
import { roots } from './exec-roots';

/** Enters a wait/webhook: clears the previous submission and arms the timeout. */
export async function execWait(rt: Runtime, d: Draft, t: Thread, st: EngineState): Promise<void> {
  if (t.role === 'scheduled') {
    // RT-10: a scheduled run has nobody to answer a step.
    const why = `A scheduled run reached '${st.qid}', a ${st.type} state: scheduled runs cannot wait for input (TASK-SCHED-008)`;
    return failThread(rt, d, t, st.qid, internal(why));
  }
  const body = bodyOf(st);
  // RT-17: entering (or re-entering) a wait/webhook clears the previous submission.
  const context = deletePath(t.context, 'payload');
  const timeoutSec = typeof body.timeoutSec === 'number' ? body.timeoutSec : undefined;
  let dueAt = timeoutSec !== undefined ? d.now + timeoutSec * 1000 : undefined;
  // RT-19/RT-24: the effective timeout is clamped to the remaining global budget.
  if (dueAt !== undefined && d.deadlineAt !== undefined) dueAt = Math.min(dueAt, d.deadlineAt);
  update(d, t, { status: 'waiting', context, dueAt });
  record(d, st.qid, st.type, {
    before: t.context,
    after: context,
    note: `waiting for step '${st.id}'${dueAt !== undefined ? ` until ${formatInstant(dueAt)}` : ''}`,
  });
}

/** Enters a timer: computes its due time on the virtual clock. */
export async function execTimer(rt: Runtime, d: Draft, t: Thread, st: EngineState): Promise<void> {
  const body = bodyOf(st);
  let dueAt: number | undefined;
  const spec = body.duration ?? body.until;
  let v = mapperOf(rt.journey, spec) ? undefined : spec;
  const m = mapperOf(rt.journey, spec);
  if (m) {
    const r = await rt.evaluator.evaluate(m, roots(t), d.now);
    if (!r.ok) return failThread(rt, d, t, st.qid, r.problem);
    v = r.value;
  } else if (typeof v === 'string' && v.includes('${')) {
    // D21: `${context.x}` as a duration — read the value it names.
    const path = /^\$\{\s*([^}]+?)\s*\}$/.exec(v)?.[1];
    const got = path ? getPath(t.context, path) : undefined;
    v = typeof got === 'string' ? got : v;
  }
  if (body.duration !== undefined) {
    const ms = parseDuration(v);
    if (ms !== undefined) dueAt = d.now + ms;
  } else {
    dueAt = parseInstant(v);
  }
  if (dueAt === undefined)
    return failThread(
      rt,
      d,
      t,
      st.qid,
      internal(
        `Timer '${st.qid}' has no valid duration/until (got ${JSON.stringify(v ?? null)}) (TIMER-002)`,
      ),
    );
  const broken = checkTarget(rt, t.scope, st, nextOf(st));
  if (broken) return failThread(rt, d, t, st.qid, broken);
  update(d, t, { status: 'sleeping', dueAt: Math.max(dueAt, d.now) });
  d.effects.push({ type: 'timer', state: st.qid, dueAt: formatInstant(Math.max(dueAt, d.now)) });
  record(d, st.qid, 'timer', { note: `sleeping until ${formatInstant(Math.max(dueAt, d.now))}` });
}
