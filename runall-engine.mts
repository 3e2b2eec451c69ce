import { readFileSync, existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { runScenarioFile } from './src/engine/index';
const files = execSync("find test/fixtures/examples -name '*.scenario.yaml' | sort").toString().trim().split('\n').filter(Boolean);
const filter = process.argv[2];
let pass = 0, fail = 0;
for (const s of files) {
  if (filter && !s.includes(filter)) continue;
  const j = s.replace('.scenario.yaml', '.journey.yaml');
  if (!existsSync(j)) continue;
  const r = await runScenarioFile(readFileSync(j, 'utf8'), readFileSync(s, 'utf8'), { journeyFile: j });
  if (r.error) { console.log('ERROR', s, r.error.message); fail++; continue; }
  for (const sc of r.scenarios) {
    if (sc.passed) pass++; else { fail++; console.log('FAIL', s.split('/').pop(), '::', sc.name, '\n   ', sc.failures.join('\n    '), '\n    trace-errors:', JSON.stringify(sc.trace.filter(t => t.problem || t.type==='rejected').map(t => [t.state, t.problem?.detail ?? t.note])).slice(0, 600)); }
  }
}
console.log(`pass=${pass} fail=${fail}`);
