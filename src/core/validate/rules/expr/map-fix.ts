/** Maps an expression engine's fix (offsets into the expression text) to a file fix. Pure. */
import { Scalar } from 'yaml';
import type { Fix } from '../../../diagnostics';
import type { ExprEdit } from '../../../../expr/types';
import type { CompiledSite } from '../../expressions-index';

/**
 * File edits for expression edits. Inserted line breaks take the indentation
 * of the file line they land on, so a fix inside a block scalar stays inside it;
 * in a one-line scalar a line break becomes a space.
 */
export function mapFix(c: CompiledSite, text: string, fix: { title: string; edits: ExprEdit[] }): Fix {
  const block = c.site.exprNode?.type === Scalar.BLOCK_LITERAL || c.site.exprNode?.type === Scalar.BLOCK_FOLDED;
  return {
    title: fix.title,
    edits: fix.edits.map((e) => {
      const start = c.toSource(e.start);
      const end = e.end === e.start ? start : c.toSource(e.end);
      let insert = e.text;
      if (insert.includes('\n')) {
        const lineStart = text.lastIndexOf('\n', start - 1) + 1;
        const lead = text.slice(lineStart, start);
        insert = block && /^[ \t]*$/.test(lead) ? insert.replace(/\n[ \t]*/g, `\n${lead}`) : insert.replace(/\n[ \t]*/g, ' ');
      }
      return { span: { start, end }, text: insert };
    }),
  };
}

/** The file span of an expression range (zero-width ranges stay zero-width). */
export function mapSpan(c: CompiledSite, start: number, end: number): { start: number; end: number } {
  const s = c.toSource(start);
  return { start: s, end: end > start ? Math.max(s, c.toSource(end)) : s };
}
