/**
 * The preview's abstract run: follows a journey's flow from one state with a
 * concrete context, evaluating choice predicates and transform mappers for
 * real, and assuming unmatched-mock defaults for data it does not have
 * (recorded as assumptions). Pure apart from the injected evaluator; never throws.
 */
import { isAuthKind } from '../catalog/auth-problems';
import type { JourneyModel, StateModel } from '../model/types';
import { authInfoOf } from './auth-states';
import type { ExprRunner } from './expr-eval';
import { effectiveTransitions, scopeStart, targetOf } from './flow';
import { isRecord, readPath, segmentsOf, toJsonValue, writePath, type JsonRecord, type JsonValue } from './json-value';
import { authResult, type Principal } from './principal';
import type { PreviewAssumption, PreviewEnd } from './preview-types';

/** The path and assumptions of one run, appended to as it goes. */
export interface RunRecord {
  path: string[];
  assumptions: PreviewAssumption[];
}

export interface ScopeResult {
  end: PreviewEnd;
  context: JsonRecord;
  /** The `succeed` output (outputVar value or the whole context). */
  output?: JsonValue;
}

/** The auth state whose outcome is being previewed and the result it writes. */
export interface AuthOverride {
  state: StateModel;
  result: JsonRecord;
}

type Effect = { ok: true; context: JsonRecord } | { ok: false; reason: string };

/** A parallel/subjourney either ends the run or continues with a new context (`last`: D03 branch end). */
type CallResult = ScopeResult | { context: JsonRecord; last?: PreviewEnd };

/** The unmatched-mock default for an httpCall result (CONTRACTS §3). */
const DEFAULT_HTTP_RESULT: JsonRecord = { status: 200, ok: true, headers: {}, body: {} };

/** Runs flows of one journey model. */
/** Why an outcome past the preview's budget is undecided. */
export const PREVIEW_BUDGET_SPENT = 'the preview stopped here: this journey is too large to follow every outcome to its end (preview budget spent)';

export class FlowInterpreter {
  private readonly defs = new Map<StateModel, JsonRecord>();
  private readonly spec: JsonRecord;
  /**
   * States every run of this interpreter may still enter, all runs together: the preview runs each
   * auth state once per outcome, so on a journey of thousands of states it would otherwise grow with
   * the square of its size. Past it, outcomes end `undecided` and say why.
   */
  stepsLeft = Number.POSITIVE_INFINITY;

  constructor(
    private readonly model: JourneyModel,
    private readonly expr: ExprRunner,
    private readonly principal: Principal,
    private readonly maxSteps = 400,
  ) {
    const spec = toJsonValue(model.spec?.toJSON());
    this.spec = isRecord(spec) ? spec : {};
  }

  /** True when `qid` names a top-level state (where `kind: Api` answers). */
  isTopLevel(qid: string): boolean {
    return this.model.top.states.get(qid)?.qid === qid;
  }

  /** The state's mapping as JSON (cached). */
  def(s: StateModel): JsonRecord {
    let d = this.defs.get(s);
    if (!d) {
      const j = toJsonValue(s.node.toJSON());
      d = isRecord(j) ? j : {};
      this.defs.set(s, d);
    }
    return d;
  }

  /** Follows the flow from `start` until a terminal, an external input or something undecidable. */
  async run(start: StateModel, context: JsonRecord, rec: RunRecord, override?: AuthOverride): Promise<ScopeResult> {
    let cur: StateModel = start;
    let ctx = context;
    for (let steps = 1; ; steps++) {
      if (steps > this.maxSteps) return { end: undecided(cur, `more than ${this.maxSteps} states without an end (a loop that needs outside data?)`), context: ctx };
      if (--this.stepsLeft < 0) return { end: undecided(cur, PREVIEW_BUDGET_SPENT), context: ctx };
      rec.path.push(cur.qid);
      const def = this.def(cur);
      let via: StateModel | undefined;
      switch (cur.type) {
        case 'succeed': {
          const ov = typeof def.outputVar === 'string' ? def.outputVar : undefined;
          const output = ov !== undefined && ctx[ov] !== undefined ? ctx[ov] : ctx;
          return { end: { kind: 'succeed', state: cur.qid }, context: ctx, output };
        }
        case 'fail': {
          const reason = typeof def.reason === 'string' ? def.reason : undefined;
          return { end: { kind: 'fail', state: cur.qid, errorCode: String(def.errorCode ?? ''), ...(reason ? { reason } : {}) }, context: ctx };
        }
        case 'wait':
        case 'webhook':
          return { end: { kind: 'externalInput', state: cur.qid }, context: ctx };
        case 'choice': {
          const r = await this.choose(cur, def, ctx);
          if (typeof r === 'string') return { end: undecided(cur, r), context: ctx };
          via = r;
          break;
        }
        case 'parallel':
        case 'subjourney': {
          const r = cur.type === 'parallel' ? await this.parallel(cur, def, ctx, rec, override) : await this.subjourney(cur, def, ctx, rec, override);
          if ('end' in r) return r;
          ctx = r.context;
          if (cur.type === 'parallel' && !effectiveTransitions(cur).length) {
            return { end: r.last ?? undecided(cur, 'parallel without next has no branch'), context: ctx };
          }
          break;
        }
        default: {
          const e = await this.effects(cur, def, ctx, rec, override);
          if (!e.ok) return { end: undecided(cur, e.reason), context: ctx };
          ctx = e.context;
        }
      }
      if (!via) {
        const t = effectiveTransitions(cur).find((x) => x.via !== 'onTimeout');
        if (!t) return { end: undecided(cur, `state '${cur.id}' has no next state`), context: ctx };
        via = targetOf(t);
        if (!via) return { end: undecided(cur, `next state '${t.target}' does not exist in this scope`), context: ctx };
      }
      cur = via;
    }
  }

  /** What a non-branching state writes (tasks, transforms); used by runs and by the context prefix. */
  async effects(s: StateModel, def: JsonRecord, ctx: JsonRecord, rec: RunRecord, override?: AuthOverride): Promise<Effect> {
    if (s.type === 'transform') return this.transform(s, def, ctx);
    if (s.type !== 'task') return { ok: true, context: ctx };
    const task = isRecord(def.task) ? def.task : {};
    const kind = typeof task.kind === 'string' ? task.kind : '';
    const note = (text: string) => rec.assumptions.push({ state: s.qid, note: text });
    if (isAuthKind(kind)) {
      const info = authInfoOf(s)!;
      if (override?.state === s) return { ok: true, context: writePath(ctx, info.resultPath, override.result) };
      note('takes its OK outcome with the default principal');
      return { ok: true, context: writePath(ctx, info.resultPath, authResult(info.plugin.mechanism, undefined, this.principal)) };
    }
    const resultVar = typeof task.resultVar === 'string' ? task.resultVar : undefined;
    switch (kind) {
      case 'httpCall:v1':
        if (task.mode === 'notify' || !resultVar) return { ok: true, context: ctx };
        note('no HTTP result known: assumed status 200 with body {} (like an unmatched mock)');
        return { ok: true, context: { ...ctx, [resultVar]: structuredClone(DEFAULT_HTTP_RESULT) } };
      case 'cache:v1':
        if (task.operation !== 'get' || !resultVar) return { ok: true, context: ctx };
        note('cache content unknown: assumed a miss (null)');
        return { ok: true, context: { ...ctx, [resultVar]: null } };
      case 'kafkaPublish:v1':
      case 'schedule:v1':
        return { ok: true, context: ctx };
      default:
        return { ok: false, reason: `task kind '${kind || '?'}' needs data the preview does not have` };
    }
  }

  private async transform(s: StateModel, def: JsonRecord, ctx: JsonRecord): Promise<Effect> {
    const body = isRecord(def.transform) ? def.transform : {};
    const r = await this.expr.run(this.mapperOf(body), ctx);
    if (!r.ok) return { ok: false, reason: `transform '${s.id}': ${r.reason}` };
    const target = isRecord(body.target) ? body.target : {};
    const kind = typeof target.kind === 'string' ? target.kind : 'context';
    const resultVar = typeof body.resultVar === 'string' ? body.resultVar : typeof def.resultVar === 'string' ? def.resultVar : undefined;
    const path = typeof target.path === 'string' ? target.path : undefined;
    if (kind === 'attributes') return { ok: true, context: ctx };
    if (kind === 'var' || (path === undefined && resultVar)) {
      return resultVar ? { ok: true, context: { ...ctx, [resultVar]: r.value } } : { ok: false, reason: `transform '${s.id}' has no resultVar` };
    }
    if (!isRecord(r.value)) return { ok: false, reason: `transform '${s.id}' produced a ${typeof r.value} where an object is needed` };
    const segs = segmentsOf(path ?? '');
    return { ok: true, context: segs.length ? writePath(ctx, segs, r.value) : r.value };
  }

  private async choose(s: StateModel, def: JsonRecord, ctx: JsonRecord): Promise<StateModel | string> {
    const choices = Array.isArray(def.choices) ? def.choices : [];
    for (let i = 0; i < choices.length; i++) {
      const c = choices[i];
      const when = isRecord(c) && isRecord(c.when) ? c.when : {};
      const r = await this.expr.run(when.predicate, ctx);
      if (!r.ok) return `choice '${s.id}', branch ${i + 1}: ${r.reason}`;
      if (r.value === true) {
        const t = s.transitions.find((x) => x.via === 'choice' && x.choiceIndex === i);
        const target = t ? targetOf(t) : undefined;
        return target ?? `choice '${s.id}', branch ${i + 1} leads to a state that does not exist`;
      }
    }
    const d = s.transitions.find((x) => x.via === 'default');
    if (!d) return `no branch of choice '${s.id}' matches and it has no default (a runtime error)`;
    return targetOf(d) ?? `default '${d.target}' of '${s.id}' does not exist in this scope`;
  }

  /**
   * Runs the branches in order (as the simulator does when nothing waits), then the join: a mapper sees every
   * branch (failed ones with `error`); without one, a failed branch fails the parallel unless
   * `errorPolicy: ignoreErrors`, and succeeded branches' writes are merged (D04). No `next` (D03): the last
   * branch's end is the run's end.
   */
  private async parallel(s: StateModel, def: JsonRecord, ctx: JsonRecord, rec: RunRecord, override?: AuthOverride): Promise<CallResult> {
    const join = isRecord(def.parallel) && isRecord(def.parallel.join) ? def.parallel.join : {};
    let merged = ctx;
    const branches: JsonRecord = {};
    let last: PreviewEnd | undefined;
    let firstFail: PreviewEnd | undefined;
    for (const b of s.branches) {
      const start = scopeStart(b);
      if (!start) return { end: undecided(s, `branch '${b.name}' has no start state`), context: ctx };
      const r = await this.run(start, structuredClone(ctx), rec, override);
      if (r.end.kind === 'externalInput' || r.end.kind === 'undecided') return r;
      if (r.end.kind === 'fail') {
        firstFail ??= r.end;
        branches[b.name ?? ''] = { ...r.context, error: { code: r.end.errorCode, reason: r.end.reason ?? null } };
      } else {
        branches[b.name ?? ''] = r.context;
        merged = { ...merged, ...r.context };
      }
      last = r.end;
    }
    if (!effectiveTransitions(s).length) return { context: merged, last };
    const mapper = this.mapperOf(join);
    if (mapper) {
      const r = await this.expr.run(mapper, ctx, { branches });
      if (!r.ok) return { end: undecided(s, `join of '${s.id}': ${r.reason}`), context: ctx };
      return { context: typeof join.resultVar === 'string' ? { ...ctx, [join.resultVar]: r.value } : ctx };
    }
    if (firstFail && firstFail.kind === 'fail' && join.errorPolicy !== 'ignoreErrors') {
      return { end: { ...firstFail, state: s.qid }, context: ctx };
    }
    return { context: merged };
  }

  private async subjourney(s: StateModel, def: JsonRecord, ctx: JsonRecord, rec: RunRecord, override?: AuthOverride): Promise<CallResult> {
    const body = isRecord(def.subjourney) ? def.subjourney : {};
    const scope = this.model.subjourneys.get(String(body.ref ?? ''));
    const start = scope ? scopeStart(scope) : undefined;
    if (!start) return { end: undecided(s, `subjourney '${String(body.ref ?? '')}' cannot be found`), context: ctx };
    let child: JsonRecord = {};
    const input = isRecord(body.input) ? body.input : {};
    const mapper = this.mapperOf(input);
    if (mapper) {
      const r = await this.expr.run(mapper, ctx);
      if (!r.ok || !isRecord(r.value)) return { end: undecided(s, `input of subjourney '${s.id}': ${r.ok ? 'not an object' : r.reason}`), context: ctx };
      child = r.value;
    }
    const r = await this.run(start, child, rec, override);
    if (r.end.kind === 'externalInput' || r.end.kind === 'undecided') return r;
    const resultVar = typeof body.resultVar === 'string' ? body.resultVar : undefined;
    const asOutcome = body.resultKind === 'outcome';
    if (r.end.kind === 'fail') {
      const onFailure = isRecord(body.onFailure) ? body.onFailure.behavior : body.onFailure;
      if (onFailure !== 'capture') return { end: { ...r.end, state: s.qid }, context: ctx };
      const error = { code: r.end.errorCode, reason: r.end.reason ?? null };
      const value = asOutcome ? { phase: 'FAILED', terminationKind: 'Fail', output: null, error } : null;
      return { context: resultVar ? { ...ctx, [resultVar]: value } : ctx };
    }
    const output = r.output ?? r.context;
    const value = asOutcome ? { phase: 'SUCCEEDED', terminationKind: 'Success', output, error: null } : output;
    return { context: resultVar ? { ...ctx, [resultVar]: value } : ctx };
  }

  /** An inline `mapper` or a `mapperRef` into `spec.mappers`. */
  private mapperOf(holder: JsonRecord): JsonValue | undefined {
    if (isRecord(holder.mapper)) return holder.mapper;
    if (typeof holder.mapperRef === 'string') {
      const m = readPath(this.spec, ['mappers', holder.mapperRef]);
      return isRecord(m) && isRecord(m.mapper) ? m.mapper : m;
    }
    return undefined;
  }
}

function undecided(s: StateModel, reason: string): PreviewEnd {
  return { kind: 'undecided', state: s.qid, reason };
}
