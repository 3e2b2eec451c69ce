/**
 * AUTH-004..007: lints on how auth tasks sit in the graph (dsl.md §18.1–§18.3,
 * ADR-0032/0033): an auth task right after each external-input state, its result
 * read by a predicate downstream, no payload consumed before the decision, and
 * expressions reading the namespace the task actually writes.
 */
import { AUTH_PLUGINS, isAuthKind, type AuthPluginKind } from '../../../catalog/auth-problems';
import type { ExprSite, StateModel } from '../../../model/types';
import { str, child } from '../../../yaml-nodes';
import type { Rule, RuleContext } from '../../rule';
import { sitesByState, successors } from './flow';
import { compiledSite } from './static-value';

const AUTH_KINDS = [...AUTH_PLUGINS.keys()].join(' / ');

function authKind(s: StateModel): AuthPluginKind | undefined {
  const k = s.task?.kind?.value;
  return isAuthKind(k) ? k : undefined;
}

function namespaceOf(s: StateModel): string {
  const v = str(child(s.task?.node, 'authVar'));
  return v && v.trim() ? v : 'auth';
}

function reads(site: ExprSite, ns: string, mech: string): RegExpExecArray | null {
  const safe = ns.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`\\bcontext\\s*\\.\\s*${safe}\\s*\\.\\s*${mech}\\b`).exec(site.expr);
}

/** Span of a match inside an expression, mapped to the file. */
function matchAt(ctx: RuleContext, site: ExprSite, m: RegExpExecArray) {
  const compiled = compiledSite(ctx, site);
  const span = compiled
    ? { start: compiled.toSource(m.index), end: compiled.toSource(m.index + m[0].length) }
    : site.span;
  return { span, path: `${site.path}.expr` };
}

/** AUTH-004..007: graph lints for journeys that use inbound auth; pure. */
export const authRoutingRule: Rule = {
  name: 'auth-routing',
  codes: ['AUTH-004', 'AUTH-005', 'AUTH-006', 'AUTH-007'],
  check(ctx) {
    const authStates = ctx.model.states.filter((s) => authKind(s));
    if (authStates.length === 0) return;
    const bySite = sitesByState(ctx.model);
    const readsPayload = (s: StateModel) =>
      (bySite.get(s) ?? []).some((x) => /\bcontext\s*\.\s*payload\b/.test(x.expr));
    for (const s of ctx.model.states) {
      if (s.type !== 'wait' && s.type !== 'webhook') continue;
      const route = s.transitions.find(
        (t) => t.via === 'next' || t.via === 'waitDefault' || t.via === 'stateDefault',
      );
      const target = route && s.scope.states.get(route.target);
      if (route && target && !authKind(target)) {
        ctx.add(
          'AUTH-004',
          'warning',
          `This journey uses inbound auth, but ${s.type} '${s.id}' continues to '${target.id}', not to an auth task (${AUTH_KINDS}); step submissions are not authenticated`,
          route,
        );
      }
      // AUTH-006: follow the straight line after the step; flag payload readers before the auth task.
      const chain: StateModel[] = [];
      let cur = target;
      while (cur && !authKind(cur) && chain.length < 20 && !chain.includes(cur)) {
        chain.push(cur);
        const next = successors(cur);
        cur = next.length === 1 ? next[0] : undefined;
      }
      if (cur && authKind(cur)) {
        for (const c of chain.filter(readsPayload)) {
          ctx.add(
            'AUTH-006',
            'warning',
            `State '${c.id}' reads context.payload before the submission is authenticated by '${cur.id}'`,
            { span: c.keySpan, path: c.path },
          );
        }
      }
    }
    const namespaces = new Map<string, Set<string>>();
    // States whose expressions read context.<ns>.<mech>, computed once per namespace (not per auth task).
    const readersOf = new Map<string, Set<StateModel>>();
    for (const s of authStates) {
      const kind = authKind(s)!;
      const mech = AUTH_PLUGINS.get(kind)!.mechanism;
      const ns = namespaceOf(s);
      if (!namespaces.has(mech)) namespaces.set(mech, new Set());
      namespaces.get(mech)!.add(ns);
      // Success fields copied by a transform and routed on later count as inspected (corpus pattern).
      const key = `${ns}\u0000${mech}`;
      let readers = readersOf.get(key);
      if (!readers) {
        const found = new Set<StateModel>();
        for (const [state, sites] of bySite) if (sites.some((x) => reads(x, ns, mech))) found.add(state);
        readersOf.set(key, (readers = found));
      }
      const hits = readers;
      const inspected = hits.size > 0 && reachesAny(s, hits);
      if (!inspected) {
        ctx.add(
          'AUTH-005',
          'warning',
          `Nothing after '${s.id}' reads context.${ns}.${mech} (problem or success fields): an auth failure would be silently ignored`,
          { span: s.keySpan, path: s.path },
        );
      }
    }
    for (const [mech, nss] of namespaces) {
      if (nss.has('auth')) continue;
      for (const site of ctx.model.exprSites) {
        const m = reads(site, 'auth', mech);
        if (m)
          ctx.add(
            'AUTH-007',
            'warning',
            `Reads context.auth.${mech}, but the ${mech} auth tasks write to context.${[...nss].join(' / ')}.${mech} (authVar)`,
            matchAt(ctx, site, m),
          );
      }
    }
  },
};

/** True when a state in `targets` is reachable from `from` (breadth-first, stops at the first hit). */
function reachesAny(from: StateModel, targets: ReadonlySet<StateModel>): boolean {
  const seen = new Set<StateModel>();
  const queue = successors(from);
  for (let i = 0; i < queue.length; i++) {
    const s = queue[i];
    if (seen.has(s)) continue;
    seen.add(s);
    if (targets.has(s)) return true;
    queue.push(...successors(s));
  }
  return false;
}
