#!/usr/bin/env node
// Thin launcher: the CLI is bundled to dist-cli/ by `npm run build:cli` (run by `prepare`).
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const bundle = join(root, 'dist-cli', 'journey-studio.mjs');
if (!existsSync(bundle)) {
  process.stderr.write('journey-studio: the CLI is not built yet; run `npm run build:cli`.\n');
  process.exit(2);
}
const { main } = await import(pathToFileURL(bundle).href);
process.exitCode = await main(process.argv.slice(2));
