/**
 * Validation benchmark: median `analyze` time for the 46-example corpus (all
 * files, one pass) and for a generated 2,000-state journey (a chain of
 * httpCall tasks, choices and transforms with DataWeave expressions).
 * Target: < 50 ms for 2,000 states. Also times the graph alone, and the
 * editor's keystroke path: re-validating after a one-character edit with the
 * parse cache the analysis worker keeps per journey (only the edited state is
 * parsed again; expressions are compiled once per text). The `yaml` library's
 * own stages are timed alone too: their sum is the floor of a cold read.
 * Run: npx tsx bench/validate.bench.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { JourneyGraph } from '../src/core/graph/journey-graph';
import { buildModel } from '../src/core/model/build-model';
import { parseSource } from '../src/core/source';
import { analyze } from '../src/core/validate/validate';
import { ParseCache, PARSE_OPTIONS } from '../src/core/incremental-parse';
import { Composer, Lexer, Parser } from 'yaml';
import { quickView } from '../src/editor/quick-view';
import { generateJourney } from './generate-journey';
import { previewDiagnostics } from '../src/core/auth/preview-diagnostics';
import { bigJourney } from '../test/core/rules/structure/big-journey';

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
// The same valid chain the structure tests use, so the bench measures a journey that validates clean.
const big = bigJourney(2000);
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
{
  // Each run types one character into a different state's expression, as a user would.
  const cache = new ParseCache();
  analyze(big, 'chain.journey.yaml', { cache });
  let keystroke = 0;
  report(
    'analyze after a keystroke (2,000 states, parse cache)',
    median(() => {
      const at = big.indexOf(`expr: context.r${3 * (keystroke++ % 600)}.ok`);
      if (at < 0) throw new Error("bench: the edited expression was not found");
      analyze(`${big.slice(0, at)}expr: x${big.slice(at + 5)}`, 'chain.journey.yaml', { cache });
    }, RUNS),
    50,
  );
}
{
  // What the canvas waits for after a keystroke: the worker's first stage (parse + model + graph view).
  const cache = new ParseCache();
  quickView(big, 'chain.journey.yaml', cache);
  let keystroke = 0;
  report(
    'canvas view after a keystroke (2,000 states, parse cache)',
    median(() => {
      const at = big.indexOf(`expr: context.r${3 * (keystroke++ % 600)}.ok`);
      quickView(`${big.slice(0, at)}expr: x${big.slice(at + 5)}`, 'chain.journey.yaml', cache);
    }, RUNS),
    50,
  );
}
report(
  '  of which: parse (chain)',
  median(() => parseSource(big), RUNS),
);
{
  // The floor set by the `yaml` library itself (its three stages, run alone): no
  // code of ours can make a cold read faster than the sum of what we must call.
  const tokens = () => [...new Parser().parse(big)];
  const countLexemes = () => {
    let n = 0;
    for (const _ of new Lexer().lex(big)) n++;
    return n;
  };
  report('    yaml Lexer alone (chain)', median(countLexemes, RUNS));
  report('    yaml Lexer + CST Parser (chain)', median(tokens, RUNS));
  const cst = tokens();
  report(
    '    yaml Composer alone, from a ready CST (chain)',
    median(() => [...new Composer(PARSE_OPTIONS).compose(cst), ...new Composer(PARSE_OPTIONS).end()], RUNS),
  );
}
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
// Growth with size: per-state cost from 1,000 to 10,000 states should stay flat (linear growth).
// `analyze` alone, and with the auth preview the CLI's validate adds (AUTHLINT-006), whose own budget
// (PREVIEW_MAX_STEPS) keeps it from growing with the square of the journey.
console.log('scaling (generated chains, a third of them jwtValidate tasks):');
let first: number | undefined;
for (const n of [1000, 2000, 5000, 10000]) {
  const text = generateJourney(n);
  const ms = median(() => analyze(text, 'scale.journey.yaml'), Math.max(1, Math.min(RUNS, 3)));
  const t0 = performance.now();
  await previewDiagnostics(analyze(text, 'scale.journey.yaml').model);
  const withPreview = ms + (performance.now() - t0);
  first ??= ms / n;
  report(`  ${String(n).padStart(5)} states: analyze ${((ms / n) * 1000).toFixed(0)} µs/state, ratio ${(ms / n / first).toFixed(2)}`, ms);
  report(`  ${String(n).padStart(5)} states: analyze + auth preview`, withPreview);
}
console.log(
  `(load average ${loadavg()[0].toFixed(1)} on ${cpus().length} CPUs: timings scale with contention)`,
);
