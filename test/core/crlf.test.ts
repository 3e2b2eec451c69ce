/**
 * A journey saved with CRLF line ends reads exactly as the same journey with LF: every diagnostic at
 * the same line and column, and every quick fix edits the same text (so `default:` never becomes
 * `defult:` because of the \r of earlier lines of a block scalar).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locate } from '../../src/core/diagnostics';
import { analyze } from '../../src/core/validate/validate';
import { applyFix } from '../../src/core/validate/rules/states/fixes';

function journeys(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? journeys(p) : n.endsWith('journey.yaml') ? [p] : [];
  });
}
const files = [...journeys(join(__dirname, '../fixtures/examples')), ...journeys(join(__dirname, '../fixtures/rules'))];

describe('CRLF journeys', () => {
  it('the examples and every rule fixture', () => expect(files.length).toBeGreaterThan(50));
  for (const file of files) {
    it(file.split('/fixtures/')[1], () => {
      const lf = readFileSync(file, 'utf8').replace(/\r\n/g, '\n');
      const crlf = lf.replace(/\n/g, '\r\n');
      const lfAnalysis = analyze(lf, 'x.journey.yaml');
      const crlfAnalysis = analyze(crlf, 'x.journey.yaml');
      const a = lfAnalysis.diagnostics;
      const b = crlfAnalysis.diagnostics;
      const where = (d: (typeof a)[number], lines: typeof lfAnalysis.source.lines) => {
        const at = locate(d, lines);
        return `${d.code}@${at.line}:${at.column}-${at.endLine}:${at.endColumn}`;
      };
      expect(b.map((d) => where(d, crlfAnalysis.source.lines))).toEqual(a.map((d) => where(d, lfAnalysis.source.lines)));
      a.forEach((d, i) => {
        if (!d.fix) return;
        expect(applyFix(crlf, b[i].fix!).replace(/\r\n/g, '\n'), `${d.code} ${d.fix.title}`).toBe(applyFix(lf, d.fix));
      });
    });
  }
});
