// Makes sure Debian's Chromium is installed for the Playwright tests: Playwright
// cannot download its own browsers on this network, so we use the distro build.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

function ensure() {
  if (existsSync(CHROMIUM_PATH)) return;
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const sudo = asRoot ? '' : 'sudo ';
  console.log(`[ensure-chromium] ${CHROMIUM_PATH} missing; installing Debian chromium with apt`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execSync(`${sudo}apt-get update -q`, { stdio: 'inherit', env });
  execSync(`${sudo}apt-get install -y -q --no-install-recommends chromium fonts-dejavu-core`, {
    stdio: 'inherit',
    env,
  });
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`chromium still missing at ${CHROMIUM_PATH}`);
}

if (import.meta.url === `file://${process.argv[1]}`) ensure();
