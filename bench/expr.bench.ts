/**
 * Expression benchmark: the same expressions in DataWeave (our evaluator) and
 * JSONata (the `jsonata` package) over the same data, in one run. Prints
 * evaluations/sec and the median per-evaluation time of each, and the ratio
 * DW/JSONata of the median times (< 1 means DataWeave is faster). JSONata is
 * timed as the bare package (the ratio's baseline) and through our sandboxed
 * wrapper (step budget hook, result copy), which is what the simulator runs.
 * Run: npx tsx bench/expr.bench.ts
 */
import { isDeepStrictEqual } from 'node:util';
import jsonata from 'jsonata';
import { compileDataWeave } from '../src/expr/dataweave/language';
import { compileJsonata } from '../src/expr/jsonata/language';
import type { CompiledExpression, EvalOptions } from '../src/expr/types';

const items = Array.from({ length: 50 }, (_, i) => ({
  sku: `sku-${i}`,
  kind: i % 3 === 0 ? 'book' : 'pen',
  price: 1 + (i % 7) * 2.5,
  qty: 1 + (i % 4),
}));
const bindings = {
  context: {
    amount: 80,
    status: 'PENDING',
    days: 3,
    count: 4,
    order: { id: 'o-1', amount: 200, tax: 50, currency: 'EUR' },
    items,
  },
  payload: null,
  platform: { environment: 'bench' },
};

const CASES: Array<{ name: string; dw: string; jn: string }> = [
  {
    name: 'predicate',
    dw: 'context.amount < 100 and context.status == "PENDING"',
    jn: "context.amount < 100 and context.status = 'PENDING'",
  },
  {
    name: 'projection',
    dw: '{ id: context.order.id, total: context.order.amount + context.order.tax, currency: context.order.currency default "USD" }',
    jn: '{ "id": context.order.id, "total": context.order.amount + context.order.tax, "currency": $exists(context.order.currency) ? context.order.currency : "USD" }',
  },
  {
    name: 'filter+map',
    dw: 'context.items filter $.qty > 1 map { sku: $.sku, line: $.price * $.qty }',
    jn: 'context.items[qty > 1].{ "sku": sku, "line": price * qty }',
  },
  {
    name: 'reduce/sum',
    dw: 'context.items reduce (i, acc = 0) -> acc + i.price * i.qty',
    jn: '$sum(context.items.(price * qty))',
  },
  {
    name: 'merge',
    dw: 'context.order ++ { status: "DONE", count: (context.count default 0) + 1 }',
    jn: '$merge([context.order, { "status": "DONE", "count": ($exists(context.count) ? context.count : 0) + 1 }])',
  },
  {
    name: 'string',
    dw: '"PT" ++ ((context.days default 30) * 24 as String) ++ "H"',
    jn: '"PT" & $string(($exists(context.days) ? context.days : 30) * 24) & "H"',
  },
];

const OPTIONS: EvalOptions = { now: () => '2026-01-01T00:00:00Z', uuid: () => 'bench' };

interface Stats {
  perSec: number;
  medianUs: number;
}

async function measure(expr: CompiledExpression, budgetMs: number): Promise<Stats> {
  for (let i = 0; i < 200; i++) await expr.evaluate(bindings, OPTIONS);
  const samples: number[] = [];
  const start = performance.now();
  while (performance.now() - start < budgetMs) {
    // Batches of 20 keep timer overhead small next to sub-microsecond evaluations.
    const t = performance.now();
    for (let i = 0; i < 20; i++) await expr.evaluate(bindings, OPTIONS);
    samples.push((performance.now() - t) / 20);
  }
  const total = performance.now() - start;
  samples.sort((a, b) => a - b);
  return { perSec: (samples.length * 20) / (total / 1000), medianUs: samples[samples.length >> 1] * 1000 };
}

function compile(kind: 'dw' | 'jn', src: string): CompiledExpression {
  const r = kind === 'dw' ? compileDataWeave(src) : compileJsonata(src);
  if (!r.compiled) throw new Error(`${kind} does not compile: ${src}\n${JSON.stringify(r.diagnostics)}`);
  return r.compiled;
}

async function main(): Promise<void> {
  const budgetMs = Number(process.env.BENCH_MS ?? 400);
  const rows: string[][] = [];
  const ratios: number[] = [];
  for (const c of CASES) {
    const dw = compile('dw', c.dw);
    const jn = compile('jn', c.jn);
    const raw = jsonata(c.jn);
    const bare: CompiledExpression = { evaluate: async (b) => ({ ok: true, value: await raw.evaluate(b) }) };
    const a = await dw.evaluate(bindings, OPTIONS);
    const b = await jn.evaluate(bindings, OPTIONS);
    const same = a.ok && b.ok && isDeepStrictEqual(JSON.parse(JSON.stringify(a.value)), JSON.parse(JSON.stringify(b.value)));
    const d = await measure(dw, budgetMs);
    const j = await measure(bare, budgetMs);
    const w = await measure(jn, budgetMs);
    const ratio = d.medianUs / j.medianUs;
    ratios.push(ratio);
    rows.push([
      c.name,
      Math.round(d.perSec).toLocaleString('en'),
      d.medianUs.toFixed(2),
      Math.round(j.perSec).toLocaleString('en'),
      j.medianUs.toFixed(2),
      w.medianUs.toFixed(2),
      ratio.toFixed(3),
      same ? 'yes' : 'NO',
    ]);
  }
  const head = ['expression', 'DW evals/s', 'DW median µs', 'JSONata evals/s', 'JSONata median µs', 'sandboxed JSONata µs', 'DW/JSONata', 'same result'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  console.log(line(head));
  for (const r of rows) console.log(line(r));
  const geo = Math.exp(ratios.reduce((s, r) => s + Math.log(r), 0) / ratios.length);
  console.log(`\nDW/JSONata median-time ratio (geometric mean over ${ratios.length} expressions): ${geo.toFixed(3)}`);
  console.log(geo <= 1 ? `DataWeave evaluator is ${(1 / geo).toFixed(1)}x as fast as JSONata.` : `DataWeave evaluator is ${geo.toFixed(1)}x slower than JSONata.`);
}

void main();
