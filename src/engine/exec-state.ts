/** Executes the current state of one thread: the per-type semantics of dsl-rules §3 (RT-03 … RT-23). */
import { getPath, isObject } from './json';
import { internal } from './expressions';
import { record, visit, type Draft } from './draft';
import { mapperOf, type EngineState } from './journey';
import { writeMapped } from './write-target';
import { bodyOf, checkTarget, nextOf } from './transitions';
import { continueTo, failThread, finishThread, stateOf } from './finish';
import type { Runtime } from './runtime-types';
import type { Thread } from './types';
import { roots } from './exec-roots';
import { execWait, execTimer } from './exec-pause';
import { execParallel, execSubjourney } from './exec-calls';
import { putOwn } from '../core/own-property';

/** Runs one state of a ready thread; never throws on journey content. */
export async function execState(rt: Runtime, d: Draft, t: Thread): Promise<void> {
  const base = stateOf(rt, t);
  const qid = t.prefix + t.state;
  // The thread's prefix names the state as run (a subjourney's states under their caller).
  const st = base && { ...base, qid };
  if (!st) {
    const scope = rt.journey.scopes.get(t.scope);
    const where =
      scope?.kind === 'top'
        ? 'spec.states'
        : `scope '${scope?.prefix.replace(/\/$/, '') ?? t.scope}'`;
    return failThread(
      rt,
      d,
      t,
      qid,
      internal(`State '${t.state}' does not exist in ${where} (GRAPH-001)`),
    );
  }
  visit(d, st.qid);
  d.steps++;
  const broken = st.errorCodes.length ? ` (validation: ${st.errorCodes.join(', ')})` : '';
  switch (st.type) {
    case 'task':
      return execTask(rt, d, t, st);
    case 'choice':
      return execChoice(rt, d, t, st);
    case 'transform':
      return execTransform(rt, d, t, st);
    case 'succeed': {
      const outputVar = typeof st.def.outputVar === 'string' ? st.def.outputVar : undefined;
      const v = outputVar ? getPath(t.context, outputVar) : undefined;
      record(d, st.qid, 'succeed');
      return finishThread(rt, d, t, {
        phase: 'SUCCEEDED',
        output: v === undefined ? t.context : v,
        context: t.context,
        terminationKind: 'Success',
        at: st.qid,
      });
    }
    case 'fail': {
      const code = typeof st.def.errorCode === 'string' ? st.def.errorCode : 'FAILED';
      const reason = typeof st.def.reason === 'string' ? st.def.reason : undefined;
      record(d, st.qid, 'fail', { note: `${code}${reason ? `: ${reason}` : ''}` });
      return finishThread(rt, d, t, {
        phase: 'FAILED',
        output: null,
        error: { code, reason },
        context: t.context,
        terminationKind: 'Fail',
        at: st.qid,
      });
    }
    case 'wait':
    case 'webhook':
      return execWait(rt, d, t, st);
    case 'timer':
      return execTimer(rt, d, t, st);
    case 'parallel':
      return execParallel(rt, d, t, st);
    case 'subjourney':
      return execSubjourney(rt, d, t, st);
    default:
      return failThread(
        rt,
        d,
        t,
        st.qid,
        internal(`State '${st.qid}' has unknown type '${st.type}' (STATE-002)${broken}`),
      );
  }
}

async function execTask(rt: Runtime, d: Draft, t: Thread, st: EngineState): Promise<void> {
  const task = isObject(st.def.task) ? st.def.task : {};
  const kind = typeof task.kind === 'string' ? task.kind : '';
  const plugin = rt.plugins.get(kind);
  if (!plugin)
    return failThread(
      rt,
      d,
      t,
      st.qid,
      internal(`Task kind '${kind}' has no plugin in this simulator (TASK-002)`),
    );
  const target = nextOf(st);
  const broken = checkTarget(rt, t.scope, st, target);
  if (broken) return failThread(rt, d, t, st.qid, broken);
  let out;
  try {
    out = await plugin.execute({
      rt,
      state: st,
      task,
      context: t.context,
      request: d.request,
      now: d.now,
      deadlineAt: d.deadlineAt,
      store: d.store,
    });
  } catch (err) {
    out = {
      ok: false as const,
      problem: internal(
        `Plugin ${kind} failed unexpectedly: ${err instanceof Error ? err.message : String(err)}`,
      ),
    };
  }
  if (out.effects) d.effects.push(...out.effects);
  if (!out.ok) return failThread(rt, d, t, st.qid, out.problem);
  // Virtual time spent in the task (mock latency) moves the clock; the deadline is checked before the next state.
  if (out.elapsedMs) d.now += out.elapsedMs;
  record(d, st.qid, 'task', {
    before: t.context,
    after: out.context,
    problem: out.problem,
    note: out.note,
  });
  await continueTo(rt, d, t, st, out.context, target);
}

async function execChoice(rt: Runtime, d: Draft, t: Thread, st: EngineState): Promise<void> {
  const choices = Array.isArray(st.def.choices) ? st.def.choices : [];
  for (let i = 0; i < choices.length; i++) {
    const c = choices[i];
    const pred = isObject(c) ? getPath(c, 'when.predicate') : undefined;
    if (!isObject(pred))
      return failThread(
        rt,
        d,
        t,
        st.qid,
        internal(`choices[${i}] of '${st.qid}' has no when.predicate (CHOICE-002)`),
      );
    const r = await rt.evaluator.evaluate(pred, roots(t), d.now);
    // RT-12: a predicate runtime error is an internal engine error.
    if (!r.ok)
      return failThread(rt, d, t, st.qid, {
        ...r.problem,
        detail: `choices[${i}] predicate of '${st.qid}': ${r.problem.detail ?? ''}`,
      });
    if (r.value === true) {
      const target = isObject(c) && typeof c.next === 'string' ? c.next : undefined;
      record(d, st.qid, 'choice', { note: `choices[${i}] matched → ${target}` });
      return continueTo(rt, d, t, st, t.context, target);
    }
  }
  const def = typeof st.def.default === 'string' ? st.def.default : undefined;
  if (def === undefined)
    return failThread(
      rt,
      d,
      t,
      st.qid,
      internal(`No choice of '${st.qid}' matched and it has no default (CHOICE-004)`),
    );
  record(d, st.qid, 'choice', { note: `no choice matched → default ${def}` });
  return continueTo(rt, d, t, st, t.context, def);
}

async function execTransform(rt: Runtime, d: Draft, t: Thread, st: EngineState): Promise<void> {
  const body = bodyOf(st);
  const mapper = mapperOf(rt.journey, body);
  if (!mapper)
    return failThread(
      rt,
      d,
      t,
      st.qid,
      internal(`Transform '${st.qid}' has no mapper (XFORM-001)`),
    );
  const r = await rt.evaluator.evaluate(mapper, roots(t), d.now);
  if (!r.ok)
    return failThread(rt, d, t, st.qid, {
      ...r.problem,
      detail: `transform '${st.qid}': ${r.problem.detail ?? ''}`,
    });
  const target = isObject(body.target) ? body.target : {};
  if (target.kind === 'attributes') {
    if (!isObject(r.value))
      return failThread(
        rt,
        d,
        t,
        st.qid,
        internal(`Transform '${st.qid}' must produce an object for attributes`),
      );
    for (const [k, v] of Object.entries(r.value)) {
      if (k in d.attributes)
        return failThread(
          rt,
          d,
          t,
          st.qid,
          internal(`Attribute '${k}' is already set; attributes are write-once (RT-13)`),
        );
      putOwn(d.attributes, k, typeof v === 'string' ? v : JSON.stringify(v));
    }
    record(d, st.qid, 'transform', { note: `attributes set: ${Object.keys(r.value).join(', ')}` });
    return continueTo(rt, d, t, st, t.context, nextOf(st));
  }
  // D10: resultVar beside `transform:` at state level.
  const w = writeMapped(t.context, r.value, body.target, body.resultVar ?? st.def.resultVar);
  if (!w.ok) return failThread(rt, d, t, st.qid, w.problem);
  record(d, st.qid, 'transform', { before: t.context, after: w.context });
  return continueTo(rt, d, t, st, w.context, nextOf(st));
}
