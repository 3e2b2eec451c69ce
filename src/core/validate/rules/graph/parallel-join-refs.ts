/** PAR-010: a join mapper reads `branches.<name>` only for branch names the parallel declares. */
import type { ExprSite, StateModel } from '../../../model/types';
import type { CompiledSite } from '../../expressions-index';
import type { Rule } from '../../rule';
import { closest, replaceFix } from './helpers';

interface BranchRead {
  name: string;
  /** Offsets into the expression text. */
  start: number;
  end: number;
}

/** `branches.<name>` reads of a join mapper: from the compiled free roots, or a text scan when no engine compiled it. */
function branchReads(site: ExprSite, compiled: CompiledSite | undefined): BranchRead[] {
  const roots = compiled?.result?.compiled ? compiled.result.freeRoots : undefined;
  if (roots) {
    return roots
      .filter((r) => r.name === 'branches' && r.members.length > 0)
      .map((r) => {
        const name = r.members[0];
        const at = site.expr.indexOf(name, r.end);
        return at >= 0
          ? { name, start: at, end: at + name.length }
          : { name, start: r.start, end: r.end };
      });
  }
  const out: BranchRead[] = [];
  const re = /(?<![\w.$])branches\s*\.\s*([A-Za-z_]\w*)/g;
  for (let m = re.exec(site.expr); m; m = re.exec(site.expr)) {
    const start = m.index + m[0].length - m[1].length;
    out.push({ name: m[1], start, end: start + m[1].length });
  }
  return out;
}

/** PAR-010 on every join mapper, with a did-you-mean fix. */
export const parallelJoinRefsRule: Rule = {
  name: 'parallel-join-refs',
  codes: ['PAR-010'],
  perState: true,
  check(ctx) {
    const bySite = new Map(ctx.compiled.map((c) => [c.site, c]));
    for (const site of ctx.model.exprSites) {
      const s: StateModel | undefined = site.state;
      if (site.role !== 'joinMapper' || !s) continue;
      const names = s.branches.map((b) => b.name ?? '');
      const compiled = bySite.get(site);
      const toSource = compiled?.toSource ?? (() => site.span.start);
      for (const read of branchReads(site, compiled)) {
        if (names.includes(read.name)) continue;
        const span = { start: toSource(read.start), end: toSource(read.end) };
        const guess = closest(read.name, names);
        ctx.add(
          'PAR-010',
          'error',
          `The join mapper of '${s.id}' reads branches.${read.name}, but the branches are ${names.map((n) => `'${n}'`).join(', ') || 'none'}`,
          { span, path: site.path },
          guess && span.end > span.start
            ? { fix: replaceFix(`Read branches.${guess}`, span, guess) }
            : undefined,
        );
      }
    }
  },
};
