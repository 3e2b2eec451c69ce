/** EXPR-015: journey phases are `RUNNING|SUCCEEDED|FAILED` (ADR-0023); TitleCase literals never match. */
import { valueToSourceMapper } from '../../../scalar-offsets';
import type { Rule } from '../../rule';
import { walkSpecStrings } from './scalar-walk';
import { lookupTable } from '../../../own-property';

const TITLE_CASE = /(["'])(Running|Succeeded|Failed)\1/g;
const CANONICAL: Readonly<Record<string, string>> = lookupTable({
  Running: 'RUNNING',
  Succeeded: 'SUCCEEDED',
  Failed: 'FAILED',
});

export const phaseLiteralsRule: Rule = {
  name: 'phase-literals',
  codes: ['EXPR-015'],
  perState: true,
  check(ctx) {
    const mayHold = (value: string) => /Running|Succeeded|Failed/.test(value);
    walkSpecStrings(
      ctx,
      (s) => {
        const inExpr = s.keys[s.keys.length - 1] === 'expr';
        const inEnum = s.keys.includes('enum') || s.keys[s.keys.length - 1] === 'const';
        if (!inExpr && !inEnum) return;
        const map = valueToSourceMapper(s.node, ctx.source.text);
        if (inEnum) {
          if (!CANONICAL[s.value]) return;
          const span = { start: map(0), end: map(s.value.length) };
          ctx.add(
            'EXPR-015',
            'warning',
            `Phase '${s.value}' is written '${CANONICAL[s.value]}'`,
            { span, path: s.path },
            {
              fix: {
                title: `Write '${CANONICAL[s.value]}'`,
                edits: [{ span, text: CANONICAL[s.value] }],
              },
            },
          );
          return;
        }
        if (!/phase|status/i.test(s.value)) return;
        for (const m of s.value.matchAll(TITLE_CASE)) {
          const span = { start: map(m.index + 1), end: map(m.index + 1 + m[2].length) };
          ctx.add(
            'EXPR-015',
            'warning',
            `Phase literal '${m[2]}' never matches: phases are '${CANONICAL[m[2]]}'`,
            { span, path: s.path },
            {
              fix: {
                title: `Write '${CANONICAL[m[2]]}'`,
                edits: [{ span, text: CANONICAL[m[2]] }],
              },
            },
          );
        }
      },
      mayHold,
    );
  },
};
