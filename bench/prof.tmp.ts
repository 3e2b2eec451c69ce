import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { chromium } from 'playwright-core';
import { generateJourney } from './generate-journey';
const PORT = 4183, BASE = `http://127.0.0.1:${PORT}`;
const mode = process.argv[2] ?? 'keys';
const server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--outDir', '/tmp/dist-prof', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 2500));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
const cdp = await page.context().newCDPSession(page);
await page.goto(BASE);
await page.locator('[data-testid="code-pane"][data-ready="true"]').waitFor();
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
if (mode === 'open') {
  await cdp.send('Profiler.start');
  await page.locator('input[data-testid="open-journey"]').setInputFiles({ name: 'g.journey.yaml', mimeType: 'application/yaml', buffer: Buffer.from(generateJourney(1000)) });
  await page.waitForFunction(() => document.querySelectorAll('.react-flow__node[data-state-id]').length >= 1000, null, { polling: 'raf' });
} else {
  await page.locator('input[data-testid="open-journey"]').setInputFiles({ name: 'g.journey.yaml', mimeType: 'application/yaml', buffer: Buffer.from(generateJourney(200)) });
  await page.locator('[data-testid="canvas"][data-settled="true"]').waitFor({ timeout: 60000 });
  await page.locator('[data-testid="code-pane"] .view-lines').click();
  await page.keyboard.press('Control+End'); await page.keyboard.press('ArrowUp'); await page.keyboard.press('ArrowUp'); await page.keyboard.press('End'); await page.keyboard.press('ArrowLeft');
  for (let i = 0; i < 4; i++) { await page.keyboard.press(i % 2 ? 'Backspace' : 'x'); await page.waitForTimeout(200); }
  await cdp.send('Profiler.start');
  for (let i = 0; i < 20; i++) { await page.keyboard.press(i % 2 ? 'Backspace' : 'x'); await page.waitForTimeout(200); }
}
const { profile } = await cdp.send('Profiler.stop');

fs.writeFileSync('/tmp/p.cpuprofile', JSON.stringify(profile));
await browser.close(); server.kill();
