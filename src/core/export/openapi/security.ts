/**
 * OpenAPI security from the journey's inbound auth tasks (dsl.md §18): a task
 * authenticates the request whose processing reaches it: the start request,
 * or the submission of the step it follows.
 */
import { AUTH_TASK_KINDS, type ScopeModel, type StateModel } from '../../model/types';
import type { Analysis } from '../../validate/validate';
import { objAt, stateJs, strAt, type JsonObject } from '../journey-data';

/** Security of one journey: schemes, and the scheme names each request needs. */
export interface JourneySecurity {
  schemes: JsonObject;
  /** Scheme names for the start request. */
  start: string[];
  /** Scheme names per step id. */
  steps: Map<string, string[]>;
}

const isAuth = (s: StateModel) => (AUTH_TASK_KINDS as readonly string[]).includes(s.task?.kind?.value ?? '');
const isStep = (s: StateModel) => s.type === 'wait' || s.type === 'webhook';

/** Finds the auth tasks each inbound request runs through. */
export function journeySecurity(analysis: Analysis): JourneySecurity {
  const schemes: JsonObject = {};
  const named = (s: StateModel) => {
    const { name, scheme } = schemeOf(analysis, s);
    schemes[name] = scheme;
    return name;
  };
  const { top } = analysis.model;
  const start = top.start ? reachedAuth(top, top.start.value).map(named) : [];
  const steps = new Map<string, string[]>();
  for (const s of analysis.model.states) {
    if (!isStep(s) || s.scope.kind === 'compensation') continue;
    const names = s.transitions.flatMap((t) => reachedAuth(s.scope, t.target)).map(named);
    if (names.length) steps.set(s.id, [...new Set([...(steps.get(s.id) ?? []), ...names])]);
  }
  return { schemes, start: [...new Set(start)], steps };
}

/** The `security` value of an operation that needs these schemes (all of them). */
export function securityRequirement(names: string[]): JsonObject[] | undefined {
  return names.length ? [Object.fromEntries(names.map((n) => [n, []]))] : undefined;
}

/** Auth tasks reached from `from` in `scope` before the run pauses at a step (nested branches included). */
function reachedAuth(scope: ScopeModel, from: string, depth = 0): StateModel[] {
  if (depth > 8) return []; // junk input guard
  const found: StateModel[] = [];
  const seen = new Set<string>();
  const queue = [from];
  while (queue.length) {
    const id = queue.shift()!;
    const state = scope.states.get(id);
    if (!state || seen.has(id) || isStep(state)) continue;
    seen.add(id);
    if (isAuth(state)) found.push(state);
    for (const b of state.branches) if (b.start) found.push(...reachedAuth(b, b.start.value, depth + 1));
    for (const t of state.transitions) queue.push(t.target);
  }
  return found;
}

function schemeOf(analysis: Analysis, s: StateModel): { name: string; scheme: JsonObject } {
  const task = objAt(stateJs(analysis, s), 'task');
  const kind = s.task?.kind?.value ?? '';
  const profile = strAt(task, 'profile') ?? 'default';
  const description = `${kind} profile '${profile}' (state ${s.qid})`;
  const safe = (x: string) => x.replace(/[^A-Za-z0-9._-]/g, '_');
  if (kind === 'jwtValidate:v1') {
    return { name: `jwt_${safe(profile)}`, scheme: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description } };
  }
  if (kind === 'mtlsValidate:v1') return { name: `mtls_${safe(profile)}`, scheme: { type: 'mutualTLS', description } };
  const location = strAt(task, 'source', 'location');
  const header = strAt(task, 'source', 'name');
  const where = location === 'query' || location === 'cookie' ? location : 'header';
  return {
    name: `apiKey_${safe(profile)}`,
    scheme: { type: 'apiKey', in: where, name: header ?? 'X-API-Key', description: header ? description : `${description}; the key's location is set by the profile` },
  };
}
