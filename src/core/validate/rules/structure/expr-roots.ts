/**
 * Reads of a binding root (`platform.config.x`, `outcome.error`) at each
 * expression site: from the engine's free roots when the site compiled, else
 * from a conservative scan of the text (string literals removed). Pure.
 */
import type { ExprSite } from '../../../model/types';
import type { RuleContext } from '../../rule';

export interface RootRead {
  site: ExprSite;
  members: string[];
  /** File span of the read. */
  span: { start: number; end: number };
}

/** Every read of `root` across the journey's expression sites; pure. */
export function rootReads(ctx: RuleContext, root: string): RootRead[] {
  const out: RootRead[] = [];
  for (const c of ctx.compiled) {
    const roots = c.result?.freeRoots;
    if (c.result?.compiled && roots) {
      for (const r of roots) {
        if (r.name === root)
          out.push({
            site: c.site,
            members: r.members,
            span: { start: c.toSource(r.start), end: c.toSource(r.end) },
          });
      }
      continue;
    }
    const text = blankStrings(c.site.expr);
    const re = new RegExp(`(^|[^.\\w$])${root}((?:\\s*\\.\\s*[A-Za-z_$][\\w$]*)*)`, 'g');
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index + m[1]!.length;
      const end = start + root.length + m[2]!.length;
      const members = m[2]!
        .split('.')
        .map((s) => s.trim())
        .filter(Boolean);
      out.push({ site: c.site, members, span: { start: c.toSource(start), end: c.toSource(end) } });
    }
  }
  return out;
}

/** Replaces string literal contents and `//` comments with spaces, keeping offsets; pure. */
export function blankStrings(expr: string): string {
  return expr
    .replace(
      /"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'/g,
      (s) => s[0] + ' '.repeat(s.length - 2) + s[0],
    )
    .replace(/\/\/[^\n]*/g, (s) => ' '.repeat(s.length));
}
