import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { chromium } from 'playwright-core';
import { generateJourney } from '/work/main/bench/generate-journey';
const PORT = 4181, BASE = `http://127.0.0.1:${PORT}`;
const mode = process.argv[2] ?? 'open';
const server = spawn(process.execPath, ['/work/main/node_modules/vite/bin/vite.js', 'preview', '--outDir', process.env.DIST ?? '/tmp/dist-bench', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 2500));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
const ctx = await browser.newContext({ viewport: { width: 1400, height: 900 } });
const page = await ctx.newPage(); page.on('console', (m) => { if (m.text().startsWith('QV')) console.log(m.text()); }); page.on('worker', (w) => w.on('console', (m) => { if (m.text().startsWith('QV')) console.log('w', m.text()); }));
if (process.env.CSS) await page.addInitScript((css) => { document.addEventListener('DOMContentLoaded', () => { const st = document.createElement('style'); st.textContent = css; document.head.appendChild(st); }); }, process.env.CSS);
await page.goto(BASE);
await page.locator('[data-testid="code-pane"][data-ready="true"]').waitFor();
const n = mode === 'open' ? 1000 : 200;
const text = generateJourney(n);
const cats = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing'];
if (mode === 'open') {
  await page.locator('[data-testid="canvas"][data-settled="true"]').waitFor({ timeout: 60000 });
  await page.waitForTimeout(Number(process.env.IDLE ?? 1500));
  if (process.env.TRACE) await browser.startTracing(page, { path: '/tmp/prof/trace.json', categories: cats });
  const t0 = Date.now();
  await page.locator('input[data-testid="open-journey"]').setInputFiles({ name: 'g.journey.yaml', mimeType: 'application/yaml', buffer: Buffer.from(text) });
  await page.waitForFunction((k) => document.querySelectorAll('.react-flow__node[data-state-id]').length >= k, n, { polling: 'raf' });
  console.log('open ms', Date.now() - t0);
  for (let k = 0; k < Number(process.env.AGAIN ?? 0); k++) {
    await page.waitForTimeout(3000);
    const t1 = Date.now();
    await page.locator('input[data-testid="open-journey"]').setInputFiles({ name: `g${k}.journey.yaml`, mimeType: 'application/yaml', buffer: Buffer.from(text.replaceAll('s', 'q')) });
    await page.waitForFunction((k) => document.querySelectorAll('.react-flow__node[data-state-id]').length >= k, n, { polling: 'raf' });
    console.log('open again ms', Date.now() - t1);
  }
  await page.waitForTimeout(300);
  if (process.env.TRACE) await browser.stopTracing();
} else {
  await page.locator('input[data-testid="open-journey"]').setInputFiles({ name: 'g.journey.yaml', mimeType: 'application/yaml', buffer: Buffer.from(text) });
  await page.locator('[data-testid="canvas"][data-settled="true"]').waitFor({ timeout: 60000 });
  await page.locator('[data-testid="code-pane"] .view-lines').click();
  await page.keyboard.press('Control+End'); await page.keyboard.press('ArrowUp'); await page.keyboard.press('ArrowUp'); await page.keyboard.press('End'); await page.keyboard.press('ArrowLeft');
  for (let i = 0; i < 6; i++) { await page.keyboard.press(i % 2 ? 'Backspace' : 'x'); await page.waitForTimeout(150); }
  await browser.startTracing(page, { path: '/tmp/prof/trace.json', categories: cats });
  for (let i = 0; i < 16; i++) { await page.keyboard.press(i % 2 ? "Backspace" : "x"); await page.waitForTimeout(200); }
  await browser.stopTracing();
}
await browser.close(); server.kill();
