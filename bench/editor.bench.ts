/**
 * Editor benchmark (run `vite build` first): in one chromium session against
 * `vite preview`, (1) open + render a generated 1,000-state journey in the app
 * vs bare React Flow rendering the same 1,000 nodes (ratio, goal < 1.5), and
 * (2) keystroke-to-canvas latency in a 200-state journey once it has settled after opening
 *     (median, goal < 50 ms), then the same with a state selected (the inspector follows the text).
 * Run: npx tsx bench/editor.bench.ts (BENCH_RUNS: open measurements, default 5; BENCH_DIST: build folder;
 *   BENCH_NO_WARM=1: open without waiting for the start-up warm-up of the parser)
 */
import { spawn } from 'node:child_process';
import { chromium, type Page } from 'playwright-core';
import { generateJourney } from './generate-journey';

const PORT = Number(process.env.BENCH_PORT ?? 4179);
const BASE = `http://127.0.0.1:${PORT}`;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const KEYSTROKES = 20;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(BASE)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not start on ${BASE}`);
}

// Page-side timer, as source text: tsx would wrap a function literal with helpers the page lacks.
const ARM_TIMER = `(sel, n) => {
  const t0 = performance.now();
  window.__done = new Promise((resolve) => {
    const check = () => document.querySelectorAll(sel).length >= n;
    const mo = new MutationObserver(() => {
      if (check()) {
        mo.disconnect();
        requestAnimationFrame(() => resolve(performance.now() - t0));
      }
    });
    mo.observe(document.body, { subtree: true, childList: true });
  });
}`;

/** Milliseconds until `count` elements match `selector`, timed inside the page from just before `act`, to the next frame. */
async function timeUntilNodes(page: Page, selector: string, count: number, act: () => Promise<void>): Promise<number> {
  await page.evaluate(`(${ARM_TIMER})(${JSON.stringify(selector)}, ${count})`);
  await act();
  return (await Promise.race([
    page.evaluate('window.__done'),
    new Promise((_, reject) => setTimeout(() => reject(new Error(`timed out waiting for ${count} × ${selector}`)), 60_000)),
  ])) as number;
}

async function openInApp(page: Page, name: string, text: string): Promise<number> {
  // about:blank first: URLs differing only in the hash would not reload the page.
  await page.goto('about:blank');
  await page.goto(BASE);
  await page.locator('[data-testid="code-pane"][data-ready="true"]').waitFor();
  // The app is ready once its start-up example is analysed and laid out, and its start-up warm-up
  // of the parser is done (bare React Flow is measured on an idle page too). BENCH_NO_WARM=1 opens
  // without waiting for the warm-up: a file opened in the app's first second.
  await page.locator('[data-testid="canvas"][data-settled="true"]').waitFor({ timeout: 60_000 });
  if (!process.env.BENCH_NO_WARM) await page.locator('html[data-parser-warm="true"]').waitFor({ state: 'attached', timeout: 60_000 });
  const n = (text.match(/^ {4}s\d+:$/gm) ?? []).length;
  return timeUntilNodes(page, '.react-flow__node[data-state-id]', n, () =>
    page.locator('input[data-testid="open-journey"]').setInputFiles({ name, mimeType: 'application/yaml', buffer: Buffer.from(text) }),
  );
}

async function bare(page: Page, n: number): Promise<number> {
  await page.goto('about:blank');
  await page.goto(`${BASE}/#bench-bare=${n}`);
  await page.locator('[data-testid="bench-render"]').waitFor();
  return timeUntilNodes(page, '.react-flow__node', n, () => page.locator('[data-testid="bench-render"]').click());
}

/** Puts the caret right after the last state's id (`    s199|:`). */
async function caretAfterLastId(page: Page): Promise<void> {
  await page.locator('[data-testid="code-pane"] .view-lines').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
}

async function keystrokeLatency(page: Page): Promise<number[]> {
  const text = generateJourney(200);
  await openInApp(page, 'generated-200.journey.yaml', text);
  // Typing latency is measured once the app has settled after opening (full analysis shown, ELK done),
  // not against the one-off work of reading a new file.
  await page.locator('[data-testid="canvas"][data-settled="true"]').waitFor({ timeout: 60_000 });
  await caretAfterLastId(page);
  return typeAndTime(page, KEYSTROKES);
}

/** The same keystrokes with a state selected: the inspector then follows the text too. */
async function keystrokeLatencyWithInspector(page: Page): Promise<number[]> {
  await page.locator('.react-flow__node[data-state-id="s100"]').click();
  await page.locator('[data-testid="inspector"][data-state="s100"]').waitFor();
  await caretAfterLastId(page);
  return typeAndTime(page, KEYSTROKES / 2);
}

async function typeAndTime(page: Page, count: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const typing = i % 2 === 0;
    const id = typing ? 's199x' : 's199';
    const ms = await timeUntilNodes(page, `.react-flow__node[data-state-id="${id}"]`, 1, () => page.keyboard.press(typing ? 'x' : 'Backspace'));
    out.push(ms);
    await page.waitForTimeout(100);
  }
  return out;
}

async function main(): Promise<void> {
  // vite's own entry (not npx) so that killing the child stops the server.
  const outDir = process.env.BENCH_DIST ? ['--outDir', process.env.BENCH_DIST] : [];
  const server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', ...outDir, '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], {
    stdio: 'ignore',
  });
  try {
    await waitForServer();
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
    // A fresh context per measurement: an empty IndexedDB, so nothing is restored first.
    let ctx: Awaited<ReturnType<typeof browser.newContext>> | undefined;
    const fresh = async () => {
      await ctx?.close();
      ctx = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      return ctx.newPage();
    };
    const big = generateJourney(1000);
    const app: number[] = [];
    const base: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      base.push(await bare(await fresh(), 1000));
      app.push(await openInApp(await fresh(), 'generated-1000.journey.yaml', big));
      console.error(`run ${i + 1}: bare ${base[i].toFixed(0)} ms, app ${app[i].toFixed(0)} ms`);
    }
    const ratio = median(app) / median(base);
    const keysPage = await fresh();
    const keys = await keystrokeLatency(keysPage);
    const keysInspected = await keystrokeLatencyWithInspector(keysPage);
    await browser.close();
    console.log(`open+render 1,000 states: app ${median(app).toFixed(0)} ms, bare React Flow ${median(base).toFixed(0)} ms (runs: app ${app.map((x) => x.toFixed(0)).join('/')}, bare ${base.map((x) => x.toFixed(0)).join('/')})`);
    console.log(`ratio app/bare: ${ratio.toFixed(2)} (goal < 1.5) ${ratio < 1.5 ? 'PASS' : 'MISS'}`);
    console.log(`keystroke-to-canvas, 200 states: median ${median(keys).toFixed(1)} ms over ${keys.length} keystrokes (goal < 50 ms) ${median(keys) < 50 ? 'PASS' : 'MISS'}`);
    // Typing and deleting alternate (a rename and its undo); the spread shows contention with background work.
    console.log(`  each keystroke (ms): ${keys.map((x) => x.toFixed(0)).join(' ')}`);
    console.log(`  with a state selected (inspector open): median ${median(keysInspected).toFixed(1)} ms over ${keysInspected.length} keystrokes (${keysInspected.map((x) => x.toFixed(0)).join(' ')})`);
  } finally {
    server.kill();
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
