import { defineConfig, devices } from '@playwright/test';

// Playwright cannot download browsers here: it drives Debian's chromium
// (scripts/ensure-chromium.mjs installs it) against the built app.
const port = Number(process.env.E2E_PORT ?? 4173);
const chromium = {
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
};

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  // One retry: on two shared cores a Monaco hover or squiggle can miss its window once; a test that
  // passes only on retry is still listed as "flaky" in the report, so it stays visible.
  retries: 1,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: chromium,
  },
  // Every test runs on a 1280×720 laptop screen, the tight case; the tests tagged @both, whose subject
  // depends on the window's size (layout, fit, placement, typing in the panes, the first screen), run
  // again at 1440×900. All of them twice would pass the 15-minute budget of `npm test` on 2 cores.
  projects: [
    { name: 'laptop-1280x720', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 720 }, launchOptions: chromium } },
    { name: 'desktop-1440x900', grep: /@both/, use: { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 }, launchOptions: chromium } },
  ],
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
