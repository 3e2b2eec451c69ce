/**
 * What each state reads from and writes to `context`, for the auth data-flow:
 * reads come from the compiled expressions' free roots (or a conservative scan
 * when a site did not compile) and from `${…}` interpolations; writes from
 * auth tasks, submissions, transforms (per top-level key of `context ++ {…}`)
 * and task results. Pure; built once per analysis.
 */
import { isScalar, visit, type Scalar, type YAMLMap } from 'yaml';
import type { Span } from '../diagnostics';
import type { ExprSite, JourneyModel, StateModel } from '../model/types';
import { valueToSourceMapper } from '../scalar-offsets';
import type { JourneySource } from '../source';
import type { CompiledSite } from '../validate/expressions-index';
import { child, str } from '../yaml-nodes';
import { authInfoOf } from './auth-states';
import { segmentsOf } from './json-value';
import { objectShape } from './object-keys';

/** What the analyses need from an analysis (a RuleContext fits). */
export interface FlowInput {
  readonly source: JourneySource;
  readonly model: JourneyModel;
  readonly compiled: readonly CompiledSite[];
}

export interface ContextRead {
  /** Context segments read (`['payload', 'decision']`); never empty. */
  segs: string[];
  /** Where the read is written in the file. */
  span: Span;
  /** `context.payload.decision` as written. */
  text: string;
  inPredicate: boolean;
  /** Offset in the expression text (for per-key attribution), when from an expression. */
  exprOffset?: number;
  site?: ExprSite;
}

export type Write =
  | { kind: 'auth'; segs: string[]; label: string }
  | { kind: 'payload'; label: string }
  | { kind: 'set'; segs: string[]; from: ContextRead[] }
  | { kind: 'clean'; segs: string[] }
  | { kind: 'replace'; keep: boolean };

export interface StateFacts {
  reads: ContextRead[];
  writes: Write[];
}

/** Roots an expression may bind other than context fields (dsl.md §10.2). */
const STANDARD_ROOTS = new Set(['context', 'payload', 'platform', 'error', 'branches', 'outcome', 'output', 'now']);
const INTERPOLATION = /\$\{([^}]*)\}/g;
const CONTEXT_PATH = /\bcontext((?:\s*\.\s*[A-Za-z_$][\w$]*)+)/g;

/** Reads and writes of every state of one analysis, computed lazily. */
export class FlowFacts {
  private readonly cache = new Map<StateModel, StateFacts>();
  private readonly bySite = new Map<ExprSite, CompiledSite>();
  private readonly sitesByState = new Map<StateModel, ExprSite[]>();

  constructor(private readonly input: FlowInput) {
    for (const c of input.compiled) this.bySite.set(c.site, c);
    for (const site of input.model.exprSites) {
      if (!site.state) continue;
      const list = this.sitesByState.get(site.state) ?? [];
      list.push(site);
      this.sitesByState.set(site.state, list);
    }
  }

  /** Reads and writes of `s`. */
  of(s: StateModel): StateFacts {
    let f = this.cache.get(s);
    if (!f) {
      f = this.compute(s);
      this.cache.set(s, f);
    }
    return f;
  }

  private compute(s: StateModel): StateFacts {
    const reads: ContextRead[] = [];
    const sites = this.sitesByState.get(s) ?? [];
    for (const site of sites) reads.push(...this.siteReads(site));
    const mapperRefSite = this.mapperRefSite(s);
    if (mapperRefSite) reads.push(...this.siteReads(mapperRefSite));
    if (s.task) reads.push(...this.interpolationReads(s.task.node));
    return { reads, writes: this.writes(s, reads, sites, mapperRefSite) };
  }

  private writes(s: StateModel, reads: ContextRead[], sites: ExprSite[], refSite: ExprSite | undefined): Write[] {
    const auth = authInfoOf(s);
    if (auth) return [{ kind: 'auth', segs: auth.resultPath, label: `auth@${s.qid}` }];
    if (s.type === 'wait' || s.type === 'webhook') return [{ kind: 'payload', label: `payload@${s.qid}` }];
    if (s.type === 'task') {
      const rv = str(child(s.task?.node, 'resultVar'));
      return rv ? [{ kind: 'clean', segs: [rv] }] : [];
    }
    if (s.type === 'parallel') {
      const rv = str(child(child(s.body, 'join'), 'resultVar'));
      return rv ? [{ kind: 'set', segs: [rv], from: reads }] : [];
    }
    if (s.type === 'subjourney') {
      const rv = str(child(s.body, 'resultVar'));
      return rv ? [{ kind: 'set', segs: [rv], from: reads }] : [];
    }
    if (s.type !== 'transform') return [];
    const body = s.body;
    const mapperNode = child(body, 'mapper');
    const site = refSite ?? sites.find((x) => x.node === mapperNode);
    const mapperReads = site ? reads.filter((r) => r.site === site) : [];
    const target = child(body, 'target');
    const kind = str(child(target, 'kind')) ?? 'context';
    const path = str(child(target, 'path'));
    const resultVar = str(child(body, 'resultVar')) ?? str(child(s.node, 'resultVar'));
    if (kind === 'attributes') return [];
    if (kind === 'var' || (path === undefined && resultVar)) return resultVar ? [{ kind: 'set', segs: [resultVar], from: mapperReads }] : [];
    if (path && segmentsOf(path).length > 0) return [{ kind: 'set', segs: segmentsOf(path), from: mapperReads }];
    const shape = site ? objectShape(site.expr) : undefined;
    if (!shape) return [{ kind: 'replace', keep: true }];
    const out: Write[] = [{ kind: 'replace', keep: shape.keepsContext }];
    for (const k of shape.keys) {
      out.push({ kind: 'set', segs: [k.key], from: mapperReads.filter((r) => r.exprOffset !== undefined && r.exprOffset >= k.start && r.exprOffset < k.end) });
    }
    return out;
  }

  private mapperRefSite(s: StateModel): ExprSite | undefined {
    if (s.type !== 'transform') return undefined;
    const ref = str(child(s.body, 'mapperRef'));
    if (!ref) return undefined;
    return this.input.model.exprSites.find((x) => x.path === `spec.mappers.${ref}` || x.path === `spec.mappers.${ref}.mapper`);
  }

  /** Context reads of one expression site (free roots when compiled, else a conservative scan). */
  private siteReads(site: ExprSite): ContextRead[] {
    const c = this.bySite.get(site);
    const toSource = c?.toSource ?? (site.exprNode ? valueToSourceMapper(site.exprNode, this.input.source.text) : () => site.span.start);
    const inPredicate = site.role === 'predicate';
    const out: ContextRead[] = [];
    const roots = c?.result?.compiled ? c.result.freeRoots : undefined;
    if (roots) {
      for (const r of roots) {
        const segs = r.name === 'context' ? r.members : STANDARD_ROOTS.has(r.name) ? [] : [r.name, ...r.members];
        if (segs.length === 0) continue;
        const end = selectorEnd(site.expr, r.end, r.members);
        out.push({ segs, span: { start: toSource(r.start), end: toSource(end) }, text: site.expr.slice(r.start, end), inPredicate, exprOffset: r.start, site });
      }
      return out;
    }
    for (const m of site.expr.matchAll(CONTEXT_PATH)) {
      const segs = m[1].split('.').map((x) => x.trim()).filter(Boolean);
      const start = m.index ?? 0;
      out.push({ segs, span: { start: toSource(start), end: toSource(start + m[0].length) }, text: m[0], inPredicate, exprOffset: start, site });
    }
    return out;
  }

  /** `${context.x}` reads inside a task's string values. */
  private interpolationReads(task: YAMLMap): ContextRead[] {
    const out: ContextRead[] = [];
    const text = this.input.source.text;
    visit(task, {
      Map: (_key, node) => (child(node, 'expr') !== undefined ? visit.SKIP : undefined),
      Scalar: (_key, node: Scalar) => {
        if (!isScalar(node) || typeof node.value !== 'string' || !node.value.includes('${')) return;
        const toSource = valueToSourceMapper(node, text);
        for (const m of node.value.matchAll(INTERPOLATION)) {
          for (const c of m[1].matchAll(CONTEXT_PATH)) {
            const at = (m.index ?? 0) + 2 + (c.index ?? 0);
            const segs = c[1].split('.').map((x) => x.trim()).filter(Boolean);
            out.push({ segs, span: { start: toSource(at), end: toSource(at + c[0].length) }, text: c[0], inPredicate: false });
          }
        }
      },
    });
    return out;
  }
}

/** End offset of `root.m1.m2…` in the expression text, following the static members after the root. */
function selectorEnd(expr: string, from: number, members: readonly string[]): number {
  let pos = from;
  for (const m of members) {
    const re = /^\s*\??\.\s*(?:"([^"]*)"|'([^']*)'|([A-Za-z_$][\w$]*))/;
    const hit = re.exec(expr.slice(pos));
    if (!hit || (hit[1] ?? hit[2] ?? hit[3]) !== m) break;
    pos += hit[0].length;
  }
  return pos;
}
