// Bundles the Node CLI (src/cli) into dist-cli/journey-studio.mjs with esbuild.
// Dependencies are bundled too: some (ajv) are CommonJS without an exports map,
// which Node's ESM resolver cannot import by subpath; the banner gives bundled
// CommonJS code a `require` for Node built-ins.
import { build } from 'esbuild';

await build({
  entryPoints: ['./src/cli/main.ts'],
  outfile: 'dist-cli/journey-studio.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  logLevel: 'warning',
});
