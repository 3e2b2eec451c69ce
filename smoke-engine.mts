import { readFileSync } from 'node:fs';
import { runScenarioFile } from './src/engine/index';
import { testLanguages } from './test/engine/helpers/jsonata-lang';
const [j, s] = process.argv.slice(2);
const r = await runScenarioFile(readFileSync(j, 'utf8'), readFileSync(s, 'utf8'), { languages: testLanguages, journeyFile: j });
for (const sc of r.scenarios) console.log(sc.passed ? 'PASS' : 'FAIL', sc.name, sc.failures.join(' | '), JSON.stringify(sc.outcome).slice(0, 200));
if (r.error) console.log(r.error);
if (process.env.TRACE) console.log(JSON.stringify(r.scenarios.map(s=>s.trace), null, 1).slice(0, 4000));
