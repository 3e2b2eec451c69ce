/**
 * The 46 example journeys through the state/task/auth rules: no errors except the
 * real defects dsl-rules.md §4 lists (D17, D21); every dialect form (D01, D02,
 * D10, D11, D24) is a warning with a fix, and applying that fix removes the
 * warning and leaves a file that still parses with no new errors.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../../src/core/diagnostics';
import { analyze } from '../../../../src/core/validate/validate';
import { stateRules } from '../../../../src/core/validate/rules/states-index';
import { applyFix } from '../../../../src/core/validate/rules/states/fixes';

const examples = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'examples');
const OWNED = new Set(stateRules.flatMap((r) => r.codes));

function journeys(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return journeys(p);
    return name.endsWith('.journey.yaml') ? [p] : [];
  });
}

/** dsl-rules.md §4: the only errors these families may report on the examples. */
const KNOWN_DEFECTS: Record<string, string[]> = {
  // D17: states mis-indented into other states (branch bookkeeping and step states).
  'healthcare-appointment-referral': [
    'STATE-008@167',
    'STATE-008@191',
    'STATE-008@218',
    'STATE-008@263',
    'STATE-008@286',
    'STATE-008@307',
  ],
  // D21: `${…}` used where interpolation is not defined.
  'http-success': ['TASK-HTTP-006@61'],
  'support-case-sla': ['TIMER-002@178', 'TIMER-002@234'],
};

const files = journeys(examples).sort();
const analysed = files.map((file) => {
  const text = readFileSync(file, 'utf8');
  const a = analyze(text, file);
  const own = a.diagnostics.filter((d) => OWNED.has(d.code));
  const line = (d: Diagnostic) => a.source.lines.positionAt(d.span.start).line;
  return {
    file,
    name: relative(examples, file).split('/').pop()!.replace('.journey.yaml', ''),
    text,
    own,
    line,
  };
});

describe('state rules on the example corpus', () => {
  it('has all 46 examples', () => {
    expect(files).toHaveLength(46);
  });

  it.each(analysed.map((x) => [x.name, x] as const))(
    '%s: errors only where §4 lists a real defect',
    (_n, x) => {
      const errors = x.own
        .filter((d) => d.severity === 'error')
        .map((d) => `${d.code}@${x.line(d)}`);
      expect(errors).toEqual(KNOWN_DEFECTS[x.name] ?? []);
    },
  );

  it('reports each dialect form as a warning with a fix', () => {
    const dialect = analysed.flatMap((x) =>
      x.own.filter((d) => /dialect D\d+/.test(d.message)).map((d) => ({ x, d })),
    );
    const byForm = new Map<string, number>();
    for (const { d } of dialect) {
      expect(d.severity).toBe('warning');
      expect(d.fix?.edits.length, d.message).toBeGreaterThan(0);
      const form = /dialect (D\d+)/.exec(d.message)![1];
      byForm.set(form, (byForm.get(form) ?? 0) + 1);
    }
    // Sites of the 46 shared examples (dsl-rules.md §4 counts over 67 files).
    expect(byForm.get('D01')).toBe(20);
    expect(byForm.get('D10')).toBe(2);
    expect(byForm.get('D11')).toBe(65);
    expect(byForm.get('D24')).toBe(16);
    const wait = analysed.find((x) => x.name === 'wait-approval')!;
    expect(
      wait.own.filter((d) => d.code === 'WAIT-004').map((d) => [d.severity, wait.line(d)]),
    ).toEqual([['warning', 81]]);
  });

  it.each(analysed.filter((x) => x.own.some((d) => d.fix)).map((x) => [x.name, x] as const))(
    '%s: applying each fix removes its warning and keeps the file valid YAML',
    (_n, x) => {
      const errorsBefore = x.own.filter((d) => d.severity === 'error').length;
      for (const d of x.own.filter((f) => f.fix)) {
        const fixed = applyFix(x.text, d.fix!);
        expect(fixed).not.toBe(x.text);
        const after = analyze(fixed, x.file);
        expect(after.diagnostics.filter((e) => /^YAML-|^FMT-007$/.test(e.code))).toEqual([]);
        const sameCode = (list: Diagnostic[]) => list.filter((e) => e.code === d.code).length;
        expect(sameCode(after.diagnostics), `${d.code} ${d.message}`).toBe(sameCode(x.own) - 1);
        const ownErrors = after.diagnostics.filter(
          (e) => OWNED.has(e.code) && e.severity === 'error',
        );
        expect(ownErrors.length).toBe(errorsBefore);
      }
    },
  );
});
