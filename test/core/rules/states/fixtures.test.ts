/**
 * State/task/auth rule fixtures (test/fixtures/rules/<family>/<case>/): each
 * `journey.yaml` is a complete journey with one defect, marked `# expect: CODE`
 * on the line the finding points at; `expected.json` lists exactly the error and
 * warning findings of these families the file must produce.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/core/validate/validate';
import { stateRules } from '../../../../src/core/validate/rules/states-index';

const root = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'rules');
const FAMILIES = [
  'state',
  'task',
  'task-http',
  'task-kafka',
  'task-xml',
  'task-sched',
  'task-cache',
  'auth',
  'auth-jwt',
  'auth-mtls',
  'auth-apikey',
  'choice',
  'succ',
  'fail',
  'xform',
  'wait',
  'webhook',
  'timer',
];
/** Codes the state rules report (the graph rules own TASK-SCHED-008 in the shared task-sched folder). */
const OWNED = new Set(stateRules.flatMap((r) => r.codes));

const cases = FAMILIES.flatMap((family) =>
  existsSync(join(root, family))
    ? readdirSync(join(root, family))
        .sort()
        .map((name) => ({ family, name, dir: join(root, family, name) }))
        .filter((c) => existsSync(join(c.dir, 'journey.yaml')))
    : [],
);

const key = (e: { code: string; line: number }) => `${e.code}@${e.line}`;

describe('state-family rule fixtures', () => {
  it('cover every family with at least one case', () => {
    expect(new Set(cases.map((c) => c.family))).toEqual(new Set(FAMILIES));
  });

  it.each(cases.map((c) => [`${c.family}/${c.name}`, c] as const))('%s', (_label, c) => {
    const text = readFileSync(join(c.dir, 'journey.yaml'), 'utf8');
    const expected = (
      JSON.parse(readFileSync(join(c.dir, 'expected.json'), 'utf8')) as {
        code: string;
        line: number;
      }[]
    )
      .filter((e) => OWNED.has(e.code))
      .map(key)
      .sort();
    const analysis = analyze(text, `${c.name}.journey.yaml`);
    const actual = analysis.diagnostics
      .filter((d) => d.severity !== 'info' && OWNED.has(d.code))
      .map((d) => key({ code: d.code, line: analysis.source.lines.positionAt(d.span.start).line }))
      .sort();
    expect(actual).toEqual(expected);
  });

  it('mark each expected finding in the fixture text', () => {
    for (const c of cases) {
      const lines = readFileSync(join(c.dir, 'journey.yaml'), 'utf8').split('\n');
      const expected = JSON.parse(readFileSync(join(c.dir, 'expected.json'), 'utf8')) as {
        code: string;
        line: number;
      }[];
      for (const e of expected.filter((x) => OWNED.has(x.code))) {
        expect(lines[e.line - 1], `${c.family}/${c.name} line ${e.line}`).toContain(e.code);
      }
    }
  });
});
