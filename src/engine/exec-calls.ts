/** The calling states: `parallel` (RT-22) starts branch threads, `subjourney` (RT-23) a child thread. */
import { isObject, type JsonObject } from './json';
import { internal } from './expressions';
import { record, spawn, update, type Draft } from './draft';
import { mapperOf, type EngineState } from './journey';
import { bodyOf } from './transitions';
import { failThread } from './finish';
import type { Runtime } from './runtime-types';
import type { Thread } from './types';
import { roots } from './exec-roots';

/** Starts one thread per branch; the join happens when they finish (finish.ts). */
export async function execParallel(
  rt: Runtime,
  d: Draft,
  t: Thread,
  st: EngineState,
): Promise<void> {
  if (st.branches.length === 0)
    return failThread(rt, d, t, st.qid, internal(`Parallel '${st.qid}' has no branches (PAR-001)`));
  const children: number[] = [];
  for (const id of st.branches) {
    const scope = rt.journey.scopes.get(id)!;
    if (!scope.start)
      return failThread(
        rt,
        d,
        t,
        st.qid,
        internal(`Branch '${scope.name}' of '${st.qid}' has no start (PAR-003)`),
      );
    children.push(
      spawn(d, {
        role: 'branch',
        scope: id,
        prefix: `${st.qid}/${scope.name}/`,
        state: scope.start,
        context: t.context,
        status: 'ready',
        parent: t.id,
        branch: scope.name,
      }).id,
    );
  }
  update(d, t, { status: 'joining', children });
  record(d, st.qid, 'parallel', {
    note: `started branches ${st.branches.map((b) => rt.journey.scopes.get(b)?.name).join(', ')}`,
  });
}

/** Starts the called subjourney with the input mapper's context. */
export async function execSubjourney(
  rt: Runtime,
  d: Draft,
  t: Thread,
  st: EngineState,
): Promise<void> {
  const body = bodyOf(st);
  const ref = typeof body.ref === 'string' ? body.ref : '';
  const scope = rt.journey.scopes.get(`subjourney:${ref}`);
  if (!scope?.start)
    return failThread(
      rt,
      d,
      t,
      st.qid,
      internal(`Subjourney '${ref}' of '${st.qid}' is not defined or has no start (SUB-001)`),
    );
  let child: JsonObject = {};
  const input = isObject(body.input) ? mapperOf(rt.journey, body.input) : undefined;
  if (input) {
    const r = await rt.evaluator.evaluate(input, roots(t), d.now);
    if (!r.ok)
      return failThread(rt, d, t, st.qid, {
        ...r.problem,
        detail: `subjourney input mapper: ${r.problem.detail ?? ''}`,
      });
    if (!isObject(r.value))
      return failThread(
        rt,
        d,
        t,
        st.qid,
        internal(`The input mapper of '${st.qid}' must produce an object (RT-23)`),
      );
    child = r.value;
  }
  // Qualified ids of states in a called subjourney: `<caller>/<subjourney>/<state>`.
  const prefix = `${st.qid}/${ref}/`;
  const c = spawn(d, {
    role: 'subjourney',
    scope: scope.id,
    prefix,
    state: scope.start,
    context: child,
    status: 'ready',
    parent: t.id,
  });
  update(d, t, { status: 'calling', children: [c.id] });
  record(d, st.qid, 'subjourney', { note: `calling ${ref}` });
}
