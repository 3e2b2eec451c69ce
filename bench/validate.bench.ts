/**
 * Validation benchmark: median `analyze` time for the 46-example corpus (all
 * files, one pass) and for a generated 2,000-state journey (a chain of
 * httpCall tasks, choices and transforms with DataWeave expressions).
 * Target: < 50 ms for 2,000 states. Also times the graph alone.
 * Run: npx tsx bench/validate.bench.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { JourneyGraph } from '../src/core/graph/journey-graph';
import { buildModel } from '../src/core/model/build-model';
import { parseSource } from '../src/core/source';
import { analyze } from '../src/core/validate/validate';
import { generateJourney } from './generate-journey';

const EXAMPLES = join(import.meta.dirname, '..', 'test', 'fixtures', 'examples');

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? walk(join(dir, e.name))
      : /\.journey\.ya?ml$/.test(e.name)
        ? [join(dir, e.name)]
        : [],
  );
}

/** A valid chain journey of `n` states: task → choice → transform → … → succeed. */
function chain(n: number): string {
  const out = [
    'apiVersion: v1',
    'kind: Journey',
    'metadata:',
    `  name: chain-${n}`,
    '  version: 0.1.0',
    'spec:',
    '  start: s0',
    '  states:',
  ];
  for (let i = 0; i < n; i++) {
    const next = `s${i + 1}`;
    if (i === n - 1) out.push(`    s${i}:`, '      type: succeed');
    else if (i % 3 === 0) {
      out.push(
        `    s${i}:`,
        '      type: task',
        '      task:',
        '        kind: httpCall:v1',
        '        method: GET',
        `        url: "https://api.example.com/items/\${context.id}/${i}"`,
        '        timeoutMs: 2000',
        `        resultVar: r${i}`,
        `      next: ${next}`,
      );
    } else if (i % 3 === 1) {
      out.push(
        `    s${i}:`,
        '      type: choice',
        '      choices:',
        '        - when:',
        '            predicate:',
        '              lang: dataweave',
        `              expr: context.r${i - 1}.ok == true and (context.count default 0) < ${i}`,
        `          next: ${next}`,
        `      default: ${next}`,
      );
    } else {
      out.push(
        `    s${i}:`,
        '      type: transform',
        '      transform:',
        '        mapper:',
        '          lang: dataweave',
        '          expr: |',
        `            { step: ${i}, ok: context.r${i - 2}.ok default false, items: (context.items default []) map (x) -> x.id }`,
        '        target:',
        '          kind: var',
        `        resultVar: t${i}`,
        `      next: ${next}`,
      );
    }
  }
  return `${out.join('\n')}\n`;
}

function median(fn: () => void, runs: number): number {
  for (let i = 0; i < 3; i++) fn(); // warm up the JIT and the lazy registries
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[times.length >> 1];
}

const corpus = walk(EXAMPLES).map((p) => ({ p, text: readFileSync(p, 'utf8') }));
const big = chain(2000);
const shared = generateJourney(2000);
const kb = (t: string) => `${(t.length / 1024).toFixed(0)} kB`;
const report = (label: string, ms: number, target?: number) =>
  console.log(
    `${label.padEnd(52)} ${ms.toFixed(2).padStart(9)} ms` +
      (target ? `  (target < ${target} ms: ${ms < target ? 'ok' : 'SLOW'})` : ''),
  );

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
report(
  `analyze: corpus (${corpus.length} files, total)`,
  median(() => corpus.forEach((f) => analyze(f.text, f.p)), RUNS),
);
report(
  `analyze: chain of 2,000 states (${kb(big)})`,
  median(() => analyze(big, 'chain.journey.yaml'), RUNS),
  50,
);
report(
  `analyze: generate-journey.ts 2,000 (${kb(shared)})`,
  median(() => analyze(shared, 'gen.journey.yaml'), RUNS),
  50,
);
report(
  '  of which: parse (chain)',
  median(() => parseSource(big), RUNS),
);
report(
  '  of which: parse + model (chain)',
  median(() => buildModel(parseSource(big)), RUNS),
);
const model = buildModel(parseSource(big));
report(
  '  of which: graph build + reach + cycles (chain)',
  median(() => {
    const g = new JourneyGraph(model);
    g.reachableInScope(model.top);
    g.cycles(model.top);
  }, RUNS),
);
console.log(
  `(load average ${loadavg()[0].toFixed(1)} on ${cpus().length} CPUs: timings scale with contention)`,
);
