/** Executes the current state of one thread: the per-type semantics of dsl-rules §3 (RT-03 … RT-23). */
import { deletePath, getPath, isObject, type JsonObject } from './json';
import { internal } from './expressions';
import { parseDuration, parseInstant, formatInstant } from './duration';
import { record, spawn, update, visit, type Draft } from './draft';
import { mapperOf, type EngineState } from './journey';
import { writeMapped } from './write-target';
import { bodyOf, checkTarget, nextOf } from './transitions';
import { continueTo, failThread, finishThread, stateOf } from './finish';
import type { Runtime } from './runtime-types';
import type { Thread } from './types';

/** Bindings every expression in a thread sees (context, plus compensation's `outcome`). */
function roots(t: Thread, context: JsonObject = t.context) {
  return { context, ...(t.bindings ?? {}) };
}

/** Runs one state of a ready thread; never throws on journey content. */
export async function execState(rt: Runtime, d: Draft, t: Thread): Promise<void> {
  const base = stateOf(rt, t);
  const qid = t.prefix + t.state;
  // The thread's prefix names the state as run (a subjourney's states under their caller).
  const st = base && { ...base, qid };
  if (!st) {
    const scope = rt.journey.scopes.get(t.scope);
    const where = scope?.kind === 'top' ? 'spec.states' : `scope '${scope?.prefix.replace(/\/$/, '') ?? t.scope}'`;
    return failThread(rt, d, t, qid, internal(`State '${t.state}' does not exist in ${where} (GRAPH-001)`));
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
      return finishThread(rt, d, t, { phase: 'SUCCEEDED', output: v === undefined ? t.context : v, context: t.context, terminationKind: 'Success', at: st.qid });
    }
    case 'fail': {
      const code = typeof st.def.errorCode === 'string' ? st.def.errorCode : 'FAILED';
      const reason = typeof st.def.reason === 'string' ? st.def.reason : undefined;
      record(d, st.qid, 'fail', { note: `${code}${reason ? `: ${reason}` : ''}` });
      return finishThread(rt, d, t, { phase: 'FAILED', output: null, error: { code, reason }, context: t.context, terminationKind: 'Fail', at: st.qid });
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
      return failThread(rt, d, t, st.qid, internal(`State '${st.qid}' has unknown type '${st.type}' (STATE-002)${broken}`));
  }
}

async function execTask(rt: Runtime, d: Draft, t: Thread, st: EngineState): Promise<void> {
  const task = isObject(st.def.task) ? st.def.task : {};
  const kind = typeof task.kind === 'string' ? task.kind : '';
  const plugin = rt.plugins.get(kind);
  if (!plugin) return failThread(rt, d, t, st.qid, internal(`Task kind '${kind}' has no plugin in this simulator (TASK-002)`));
  const target = nextOf(st);
  const broken = checkTarget(rt, t.scope, st, target);
  if (broken) return failThread(rt, d, t, st.qid, broken);
  let out;
  try {
    out = await plugin.execute({ rt, state: st, task, context: t.context, request: d.request, now: d.now, store: d.store });
  } catch (err) {
    out = { ok: false as const, problem: internal(`Plugin ${kind} failed unexpectedly: ${err instanceof Error ? err.message : String(err)}`) };
  }
  if (out.effects) d.effects.push(...out.effects);
  if (!out.ok) return failThread(rt, d, t, st.qid, out.problem);
  record(d, st.qid, 'task', { before: t.context, after: out.context, problem: out.problem, note: out.note });
  await continueTo(rt, d, t, st, out.context, target);
}

async function execChoice(rt: Runtime, d: Draft, t: Thread, st: EngineState): Promise<void> {
  const choices = Array.isArray(st.def.choices) ? st.def.choices : [];
  for (let i = 0; i < choices.length; i++) {
    const c = choices[i];
    const pred = isObject(c) ? getPath(c, 'when.predicate') : undefined;
    if (!isObject(pred)) return failThread(rt, d, t, st.qid, internal(`choices[${i}] of '${st.qid}' has no when.predicate (CHOICE-002)`));
    const r = await rt.evaluator.evaluate(pred, roots(t), d.now);
    // RT-12: a predicate runtime error is an internal engine error.
    if (!r.ok) return failThread(rt, d, t, st.qid, { ...r.problem, detail: `choices[${i}] predicate of '${st.qid}': ${r.problem.detail ?? ''}` });
    if (r.value === true) {
      const target = isObject(c) && typeof c.next === 'string' ? c.next : undefined;
      record(d, st.qid, 'choice', { note: `choices[${i}] matched → ${target}` });
      return continueTo(rt, d, t, st, t.context, target);
    }
  }
  const def = typeof st.def.default === 'string' ? st.def.default : undefined;
  if (def === undefined) return failThread(rt, d, t, st.qid, internal(`No choice of '${st.qid}' matched and it has no default (CHOICE-004)`));
  record(d, st.qid, 'choice', { note: `no choice matched → default ${def}` });
  return continueTo(rt, d, t, st, t.context, def);
}

async function execTransform(rt: Runtime, d: Draft, t: Thread, st: EngineState): Promise<void> {
  const body = bodyOf(st);
  const mapper = mapperOf(rt.journey, body);
  if (!mapper) return failThread(rt, d, t, st.qid, internal(`Transform '${st.qid}' has no mapper (XFORM-001)`));
  const r = await rt.evaluator.evaluate(mapper, roots(t), d.now);
  if (!r.ok) return failThread(rt, d, t, st.qid, { ...r.problem, detail: `transform '${st.qid}': ${r.problem.detail ?? ''}` });
  const target = isObject(body.target) ? body.target : {};
  if (target.kind === 'attributes') {
    if (!isObject(r.value)) return failThread(rt, d, t, st.qid, internal(`Transform '${st.qid}' must produce an object for attributes`));
    for (const [k, v] of Object.entries(r.value)) {
      if (k in d.attributes) return failThread(rt, d, t, st.qid, internal(`Attribute '${k}' is already set; attributes are write-once (RT-13)`));
      d.attributes[k] = typeof v === 'string' ? v : JSON.stringify(v);
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

async function execWait(rt: Runtime, d: Draft, t: Thread, st: EngineState): Promise<void> {
  const body = bodyOf(st);
  // RT-17: entering (or re-entering) a wait/webhook clears the previous submission.
  const context = deletePath(t.context, 'payload');
  const timeoutSec = typeof body.timeoutSec === 'number' ? body.timeoutSec : undefined;
  let dueAt = timeoutSec !== undefined ? d.now + timeoutSec * 1000 : undefined;
  // RT-19/RT-24: the effective timeout is clamped to the remaining global budget.
  if (dueAt !== undefined && d.deadlineAt !== undefined) dueAt = Math.min(dueAt, d.deadlineAt);
  update(d, t, { status: 'waiting', context, dueAt });
  record(d, st.qid, st.type, { before: t.context, after: context, note: `waiting for step '${st.id}'${dueAt !== undefined ? ` until ${formatInstant(dueAt)}` : ''}` });
}

async function execTimer(rt: Runtime, d: Draft, t: Thread, st: EngineState): Promise<void> {
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
  if (dueAt === undefined) return failThread(rt, d, t, st.qid, internal(`Timer '${st.qid}' has no valid duration/until (got ${JSON.stringify(v ?? null)}) (TIMER-002)`));
  const broken = checkTarget(rt, t.scope, st, nextOf(st));
  if (broken) return failThread(rt, d, t, st.qid, broken);
  update(d, t, { status: 'sleeping', dueAt: Math.max(dueAt, d.now) });
  d.effects.push({ type: 'timer', state: st.qid, dueAt: formatInstant(Math.max(dueAt, d.now)) });
  record(d, st.qid, 'timer', { note: `sleeping until ${formatInstant(Math.max(dueAt, d.now))}` });
}

async function execParallel(rt: Runtime, d: Draft, t: Thread, st: EngineState): Promise<void> {
  if (st.branches.length === 0) return failThread(rt, d, t, st.qid, internal(`Parallel '${st.qid}' has no branches (PAR-001)`));
  const children: number[] = [];
  for (const id of st.branches) {
    const scope = rt.journey.scopes.get(id)!;
    if (!scope.start) return failThread(rt, d, t, st.qid, internal(`Branch '${scope.name}' of '${st.qid}' has no start (PAR-003)`));
    children.push(spawn(d, { role: 'branch', scope: id, prefix: `${st.qid}/${scope.name}/`, state: scope.start, context: t.context, status: 'ready', parent: t.id, branch: scope.name }).id);
  }
  update(d, t, { status: 'joining', children });
  record(d, st.qid, 'parallel', { note: `started branches ${st.branches.map((b) => rt.journey.scopes.get(b)?.name).join(', ')}` });
}

async function execSubjourney(rt: Runtime, d: Draft, t: Thread, st: EngineState): Promise<void> {
  const body = bodyOf(st);
  const ref = typeof body.ref === 'string' ? body.ref : '';
  const scope = rt.journey.scopes.get(`subjourney:${ref}`);
  if (!scope?.start) return failThread(rt, d, t, st.qid, internal(`Subjourney '${ref}' of '${st.qid}' is not defined or has no start (SUB-001)`));
  let child: JsonObject = {};
  const input = isObject(body.input) ? mapperOf(rt.journey, body.input) : undefined;
  if (input) {
    const r = await rt.evaluator.evaluate(input, roots(t), d.now);
    if (!r.ok) return failThread(rt, d, t, st.qid, { ...r.problem, detail: `subjourney input mapper: ${r.problem.detail ?? ''}` });
    if (!isObject(r.value)) return failThread(rt, d, t, st.qid, internal(`The input mapper of '${st.qid}' must produce an object (RT-23)`));
    child = r.value;
  }
  // Qualified ids of states in a called subjourney: `<caller>/<subjourney>/<state>`.
  const prefix = `${st.qid}/${ref}/`;
  const c = spawn(d, { role: 'subjourney', scope: scope.id, prefix, state: scope.start, context: child, status: 'ready', parent: t.id });
  update(d, t, { status: 'calling', children: [c.id] });
  record(d, st.qid, 'subjourney', { note: `calling ${ref}` });
}
