/** Child-process entry of hostile-expressions.test.ts: compiles and evaluates one expression, prints the result as JSON. */
import { compileDataWeave } from '../../../src/expr/dataweave/language';
import { compileJsonata } from '../../../src/expr/jsonata/language';

const [lang, source] = process.argv.slice(2);
const compiled = (lang === 'jsonata' ? compileJsonata : compileDataWeave)(source);
if (!compiled.compiled) {
  process.stdout.write(JSON.stringify({ ok: false, error: { code: compiled.diagnostics[0]?.code, message: compiled.diagnostics[0]?.message } }));
} else {
  const r = await compiled.compiled.evaluate({ context: {}, payload: {} }, { now: () => '2026-01-01T00:00:00Z', uuid: () => 'u' });
  process.stdout.write(JSON.stringify(r.ok ? { ok: true, size: JSON.stringify(r.value).length } : r));
}
