// Simulator speed: state transitions per second on a loop-heavy journey, and the
// median time of a scenario run of a corpus journey over 1,000 runs.
// Run: npx tsx bench/engine.bench.ts (or npm run bench engine).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runScenarioFile } from '../src/engine/index';

const root = join(import.meta.dirname, '..');

/** A journey that loops `limit` times through transform → choice (2 transitions per round). */
const loopJourney = `apiVersion: v1
kind: Journey
metadata:
  name: bench-loop
  version: 0.1.0
spec:
  start: count
  states:
    count:
      type: transform
      transform:
        mapper:
          lang: dataweave
          expr: |
            context ++ { n: (context.n default 0) + 1 }
      next: again
    again:
      type: choice
      choices:
        - when:
            predicate:
              lang: dataweave
              expr: context.n < context.limit
          next: count
      default: done
    done:
      type: succeed
      outputVar: n
`;

async function loopBench(): Promise<void> {
  const limit = 5000;
  const scenario = `scenarios:\n  - name: loop\n    start: { body: { limit: ${limit} } }\n    expect: { phase: SUCCEEDED, output: ${limit} }\n`;
  await runScenarioFile(
    loopJourney,
    scenario.replace(String(limit), '10').replace(`output: ${limit}`, 'output: 10'),
    { budget: { maxSteps: 1e6 } },
  );
  const t0 = performance.now();
  const r = await runScenarioFile(loopJourney, scenario, {
    budget: { maxSteps: 1e6, maxWallMs: 120_000 },
  });
  const ms = performance.now() - t0;
  const transitions = r.scenarios[0].trace.length;
  if (!r.scenarios[0].passed)
    throw new Error(`loop bench failed: ${r.scenarios[0].failures.join('; ')}`);
  console.log(
    `loop journey: ${transitions} transitions in ${ms.toFixed(0)} ms = ${Math.round((transitions / ms) * 1000).toLocaleString('en')} transitions/s`,
  );
}

async function corpusBench(): Promise<void> {
  const dir = join(root, 'test/fixtures/examples/technical/approval-loop');
  const journey = readFileSync(join(dir, 'approval-loop.journey.yaml'), 'utf8');
  const file = readFileSync(join(dir, 'approval-loop.scenario.yaml'), 'utf8');
  // One scenario per run: the "two rounds of more info, then approved" path (3 submissions).
  const scenario =
    file.slice(0, file.indexOf('scenarios:')) +
    'scenarios:\n' +
    file.slice(file.indexOf('  - name: two rounds'), file.indexOf('  - name: the third'));
  const times: number[] = [];
  for (let i = 0; i < 1000; i++) {
    const t0 = performance.now();
    const r = await runScenarioFile(journey, scenario, {
      journeyFile: 'approval-loop.journey.yaml',
    });
    times.push(performance.now() - t0);
    if (!r.scenarios[0]?.passed)
      throw new Error(
        `corpus scenario failed: ${JSON.stringify(r.scenarios[0]?.failures ?? r.error)}`,
      );
  }
  times.sort((a, b) => a - b);
  const total = times.reduce((a, b) => a + b, 0);
  console.log(
    `approval-loop scenario x1000: median ${times[500].toFixed(2)} ms, p95 ${times[950].toFixed(2)} ms, total ${(total / 1000).toFixed(1)} s`,
  );
}

await loopBench();
await corpusBench();
