/**
 * Expressions written to exhaust the machine end, each in a child process with a hard wall-clock
 * bound and a small heap, with a clear result: a budget or size error, or an answer. Never a hang,
 * a V8 out-of-memory abort or a crash (exit 133/134 before these limits).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const entry = join(import.meta.dirname, 'hostile', 'evaluate-one.ts');
const WALL_MS = 30_000;

function run(lang: 'dataweave' | 'jsonata', source: string): { ok: boolean; error?: { code: string; message: string } } {
  const r = spawnSync(process.execPath, ['--max-old-space-size=256', '--import', 'tsx', entry, lang, source], { cwd: root, encoding: 'utf8', timeout: WALL_MS });
  if (r.error) throw new Error(`did not end within ${WALL_MS} ms: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`exit ${r.status} ${r.signal ?? ''}: ${r.stderr.slice(-400)}`);
  return JSON.parse(r.stdout);
}

const chain = (n: number, first: string, next: (prev: string, i: number) => string, sep: string) =>
  Array.from({ length: n }, (_, i) => (i === 0 ? first : next(`v${i - 1}`, i))).map((e, i) => `${i === 0 ? '' : sep}v${i} = ${e}`);

const dwDo = (lines: string[], body: string) => `do {\n${lines.map((l) => `  var ${l.replace(/^\s*/, '')}`).join('\n')}\n---\n${body}\n}`;
const jnBlock = (lines: string[], body: string) => `(${lines.map((l) => `$${l.replace(/^\s*/, '').replace(' = ', ' := ')}`).join('; ')}; ${body})`;

const dwDoubling = dwDo(chain(28, '"ab"', (p) => `"$(${p})$(${p})"`, ''), 'sizeOf(v27)');
const dwDag = dwDo(chain(31, '{x: 1}', (p) => `{a: ${p}, b: ${p}}`, ''), 'v30');
const dwDagEquals = dwDo([...chain(31, '{x: 1}', (p) => `{a: ${p}, b: ${p}}`, '')], 'v30 == v30 ++ {}');
const jnDag = jnBlock(chain(31, '{"x": 1}', (p) => `{"a": $${p}, "b": $${p}}`, ''), '$v30');
const jnDoubling = jnBlock(chain(28, '"ab"', (p) => `$${p} & $${p}`, ''), '$length($v27)');

const BOUNDED = /_(MAX_EVAL_TIME|MAX_VALUE_SIZE|MAX_DEPTH|MAX_SEQUENCE)_EXCEEDED$/;

describe('hostile expressions end with a clear result', () => {
  const cases: Array<[string, 'dataweave' | 'jsonata', string, 'bounded' | 'clear']> = [
    ['DW array difference of two 300,000-element ranges', 'dataweave', 'sizeOf((1 to 300000) -- (1 to 300000))', 'clear'],
    ['DW distinctBy over 250,000 numbers', 'dataweave', 'sizeOf(distinctBy(1 to 250000, (x) -> x))', 'clear'],
    ['DW reduce that copies its accumulator 250,000 times', 'dataweave', 'sizeOf(reduce(1 to 250000, (x, acc = []) -> acc + x))', 'bounded'],
    ['DW string doubled 27 times by interpolation', 'dataweave', dwDoubling, 'bounded'],
    ['DW object DAG 30 levels deep', 'dataweave', dwDag, 'bounded'],
    ['DW equality of two DAGs', 'dataweave', dwDagEquals, 'bounded'],
    ['JSONata object DAG 30 levels deep', 'jsonata', jnDag, 'bounded'],
    ['JSONata string doubled 27 times', 'jsonata', jnDoubling, 'bounded'],
    ['JSONata catastrophic regex on 30,000 characters', 'jsonata', `$match("${'a'.repeat(30000)}!", /(a+)+$/)`, 'clear'],
    ['JSONata switching its budget off from inside', 'jsonata', '($__journeyStudioBudget := null; $f := function($n){ $f($n + 1) }; $f(1))', 'bounded'],
    ['JSONata runaway loop', 'jsonata', '($f := function($n){ $n > 100000000 ? $n : $f($n + 1) }; $f(1))', 'bounded'],
  ];
  for (const [name, lang, source, expected] of cases) {
    it(name, () => {
      const r = run(lang, source);
      if (expected === 'bounded') {
        expect(r.ok, JSON.stringify(r)).toBe(false);
        expect(r.error!.code).toMatch(BOUNDED);
      } else {
        // An answer, or a budget/size error: either is a clear result.
        expect(r.ok || BOUNDED.test(r.error?.code ?? ''), JSON.stringify(r)).toBe(true);
      }
    });
  }
});
