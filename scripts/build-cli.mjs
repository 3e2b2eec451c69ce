// Bundles the Node CLI (src/cli) into dist-cli/journey-studio.mjs with esbuild.
import { build } from 'esbuild';

await build({
  entryPoints: ['./src/cli/main.ts'],
  outfile: 'dist-cli/journey-studio.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
