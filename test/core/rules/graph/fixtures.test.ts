/**
 * Graph-family fixtures (test/fixtures/rules/{graph,par,sub,task-sched}/<case>/):
 * each `journey.yaml` must produce exactly the `expected.json` findings among
 * its error/warning diagnostics of the graph families. The expected lines are
 * the lines marked `# expect: CODE` in the fixture itself.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/core/validate/validate';

const root = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'rules');
const FAMILIES = ['graph', 'par', 'sub', 'task-sched'];
/** Codes this area owns. In `task-sched/` only 008 is ours: the other cases there belong to the state rules. */
const OWNED = /^(GRAPH|PAR|SUB)-\d+$|^TASK-SCHED-008$/;
const ownedIn = (family: string) => (family === 'task-sched' ? /^TASK-SCHED-008$/ : OWNED);

const cases = FAMILIES.flatMap((family) =>
  existsSync(join(root, family))
    ? readdirSync(join(root, family))
        .sort()
        .map((name) => ({ family, name, dir: join(root, family, name) }))
        .filter((c) => existsSync(join(c.dir, 'journey.yaml')))
    : [],
);

describe('graph-family rule fixtures', () => {
  it('cover every family', () => {
    expect(new Set(cases.map((c) => c.family))).toEqual(new Set(FAMILIES));
  });

  it.each(cases.map((c) => [`${c.family}/${c.name}`, c] as const))('%s', (_label, c) => {
    const text = readFileSync(join(c.dir, 'journey.yaml'), 'utf8');
    const owned = ownedIn(c.family);
    const expected = (
      JSON.parse(readFileSync(join(c.dir, 'expected.json'), 'utf8')) as {
        code: string;
        line: number;
      }[]
    )
      .filter((e) => owned.test(e.code))
      .map((e) => `${e.code}@${e.line}`)
      .sort();
    const analysis = analyze(text, `${c.name}.journey.yaml`);
    const actual = analysis.diagnostics
      .filter((d) => d.severity !== 'info' && owned.test(d.code))
      .map((d) => `${d.code}@${analysis.source.lines.positionAt(d.span.start).line}`)
      .sort();
    expect(actual).toEqual(expected);
  });
});
