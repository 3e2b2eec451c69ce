/**
 * The Problem Details branch preview (CONTRACTS.md §4): for every auth task
 * state, runs the flow once per outcome (`OK` and each business failure code)
 * with the result written exactly as the plugin writes it, and reports the path
 * and where it ends. Pure apart from expression evaluation; never throws.
 */
import { defaultLanguages } from '../../expr/registry';
import type { ExpressionLanguage } from '../../expr/types';
import { problemFor } from '../catalog/auth-problems';
import { buildModel } from '../model/build-model';
import type { JourneyModel, StateModel } from '../model/types';
import { parseSource } from '../source';
import { apiStatus, failProblem } from './api-status';
import { authStatesOf, type AuthStateInfo } from './auth-states';
import { ExprRunner } from './expr-eval';
import { scopeStart, shortestPathTo } from './flow';
import { FlowInterpreter, type RunRecord } from './interpreter';
import { deletePath, isRecord, toJsonValue, type JsonRecord } from './json-value';
import { DEFAULT_PRINCIPAL, authResult, type Principal } from './principal';
import type { AuthPreview, PreviewAssumption, PreviewAuthState, PreviewEnd, PreviewOutcome } from './preview-types';

export interface PreviewOptions {
  languages?: ReadonlyMap<string, ExpressionLanguage>;
  /** The principal `OK` outcomes use (default: `DEFAULT_PRINCIPAL`). */
  principal?: Principal;
  /** The `platform` binding (default `{environment: 'test', config: {}}`). */
  platform?: JsonRecord;
  /** Only these auth states (qualified ids). */
  states?: readonly string[];
  /** Submission bodies by wait/webhook id (bare or qualified); unknown ones are assumed `{}`. */
  payloads?: Readonly<Record<string, JsonRecord>>;
  /** States all outcome runs together may enter (default PREVIEW_MAX_STEPS); past it outcomes are undecided. */
  maxTotalSteps?: number;
}

/** The default budget of a whole preview: every example needs a few hundred; a journey of thousands of states stops here. */
export const PREVIEW_MAX_STEPS = 10_000;

/** Previews a journey file's text (parse errors yield an empty preview). */
export async function previewAuthText(text: string, fileName = 'journey.yaml', options: PreviewOptions = {}): Promise<AuthPreview> {
  return previewAuth(buildModel(parseSource(text, fileName)), options);
}

/** Previews every auth task state of a journey model. */
export async function previewAuth(model: JourneyModel, options: PreviewOptions = {}): Promise<AuthPreview> {
  const expr = new ExprRunner(options.languages ?? defaultLanguages(), options.platform ?? { environment: 'test', config: {} });
  const principal = options.principal ?? DEFAULT_PRINCIPAL;
  const interp = new FlowInterpreter(model, expr, principal);
  interp.stepsLeft = options.maxTotalSteps ?? PREVIEW_MAX_STEPS;
  const specJson = toJsonValue(model.spec?.toJSON());
  const spec = isRecord(specJson) ? specJson : {};
  const kind = model.kind === 'Api' ? 'Api' : 'Journey';
  const authStates: PreviewAuthState[] = [];
  for (const info of authStatesOf(model)) {
    if (options.states && !options.states.includes(info.state.qid)) continue;
    const before = await contextBefore(interp, model, info.state, options.payloads ?? {});
    const outcomes: PreviewOutcome[] = [];
    for (const code of ['OK', ...info.plugin.businessCodes]) {
      outcomes.push(await previewOutcome(interp, expr, spec, kind, info, code, before, principal));
    }
    const ok = outcomes[0];
    for (const o of outcomes.slice(1)) {
      // Two runs cut short by the budget say nothing about where they would have ended.
      if (ok.ends.kind !== 'undecided' && sameFlow(o, ok)) o.indistinguishableFromOk = true;
    }
    authStates.push({
      state: info.state.qid,
      plugin: info.kind,
      target: info.target,
      profile: info.profile,
      span: info.state.keySpan,
      outcomes,
    });
  }
  return { journey: model.name?.value ?? '', kind, authStates };
}

async function previewOutcome(
  interp: FlowInterpreter,
  expr: ExprRunner,
  spec: JsonRecord,
  kind: 'Journey' | 'Api',
  info: AuthStateInfo,
  code: string,
  before: Before,
  principal: Principal,
): Promise<PreviewOutcome> {
  const result = authResult(info.plugin.mechanism, code, principal);
  const override = { state: info.state, result };
  let rec: RunRecord = { path: [], assumptions: [...before.notes] };
  let r = await interp.run(before.entry, structuredClone(before.context), rec, override);
  const at = rec.path.indexOf(info.state.qid);
  if (at < 0) {
    // The caller's flow never reached the auth state: preview its own scope only.
    rec = { path: [], assumptions: [...before.notes] };
    r = await interp.run(info.state, structuredClone(before.context), rec, override);
  } else rec.path = rec.path.slice(at);
  let ends: PreviewEnd = r.end;
  if (kind === 'Api' && (ends.kind === 'succeed' || ends.kind === 'fail') && interp.isTopLevel(ends.state)) {
    const problem = ends.kind === 'fail' ? failProblem(ends.errorCode, ends.reason) : undefined;
    const s = await apiStatus(spec, ends.kind === 'succeed' ? 'SUCCEEDED' : 'FAILED', r.context, problem, r.output, expr);
    if ('status' in s) ends = { ...ends, httpStatus: s.status };
    else rec.assumptions.push({ state: ends.state, note: `HTTP status undecided: ${s.why}` });
  }
  return {
    code,
    ...(code === 'OK' ? {} : { problem: problemFor(code) }),
    result,
    path: rec.path,
    ends,
    assumptions: dedupeAssumptions(rec.assumptions),
  };
}

/**
 * The context as it stands when the auth state runs: replays the shortest path
 * from the scope start (choices forced along it, other auth tasks OK, each
 * submission an empty payload), so predicates see what earlier states wrote.
 */
async function contextBefore(interp: FlowInterpreter, model: JourneyModel, auth: StateModel, payloads: Readonly<Record<string, JsonRecord>>): Promise<Before> {
  const target = entryOf(model, auth);
  let ctx: JsonRecord = {};
  const notes: PreviewAssumption[] = [];
  // With the budget spent, every run ends undecided at once: no path to replay.
  if (interp.stepsLeft <= 0) return { context: ctx, notes, entry: target };
  const start = scopeStart(target.scope);
  const path = start ? shortestPathTo(start, target) : undefined;
  if (!path) return { context: ctx, notes, entry: target };
  const scratch: RunRecord = { path: [], assumptions: [] };
  for (const s of path.slice(0, -1)) {
    if (--interp.stepsLeft < 0) break; // the budget is spent: the run below ends undecided at once
    if (s.type === 'wait' || s.type === 'webhook') {
      const given = payloads[s.qid] ?? payloads[s.id];
      ctx = { ...deletePath(ctx, ['payload']), payload: given ? structuredClone(given) : {} };
      if (!given) notes.push({ state: s.qid, note: 'submission body unknown: context.payload assumed {}' });
      continue;
    }
    const e = await interp.effects(s, interp.def(s), ctx, scratch);
    if (e.ok) ctx = e.context;
  }
  return { context: ctx, notes, entry: target };
}

interface Before {
  context: JsonRecord;
  notes: PreviewAssumption[];
  /** Where the run starts: the auth state, or the top-level state that calls its branch/subjourney. */
  entry: StateModel;
}

/** The top-level state whose run reaches `s`: the owning parallel of a branch, the first caller of a subjourney. */
function entryOf(model: JourneyModel, s: StateModel, depth = 0): StateModel {
  if (depth > 16) return s;
  const scope = s.scope;
  if (scope.kind === 'branch' && scope.owner) return entryOf(model, scope.owner, depth + 1);
  if (scope.kind === 'subjourney') {
    const caller = model.states.find((x) => x.type === 'subjourney' && x.ref?.value === scope.name && x.scope !== scope);
    return caller ? entryOf(model, caller, depth + 1) : s;
  }
  return s;
}

function sameFlow(a: PreviewOutcome, b: PreviewOutcome): boolean {
  return JSON.stringify(a.path) === JSON.stringify(b.path) && JSON.stringify(a.ends) === JSON.stringify(b.ends);
}

function dedupeAssumptions(list: PreviewOutcome['assumptions']): PreviewOutcome['assumptions'] {
  const seen = new Set<string>();
  return list.filter((a) => {
    const k = `${a.state}\u0000${a.note}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
