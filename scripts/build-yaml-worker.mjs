// Prebuilds monaco-yaml's language worker into public/workers/yaml.worker.js.
// Why: monaco-worker-manager imports `monaco-editor/esm/vs/editor/editor.worker.js`,
// a path monaco-editor 0.57's `exports` map no longer allows, so Vite cannot
// bundle it. esbuild with an alias can. Run by `npm start` and `npm run build`.
import { build } from 'esbuild';
import { fileURLToPath, URL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
await build({
  absWorkingDir: root,
  entryPoints: ['monaco-yaml/yaml.worker.js'],
  outfile: 'public/workers/yaml.worker.js',
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  alias: { 'monaco-editor/esm/vs/editor/editor.worker.js': './node_modules/monaco-editor/esm/vs/editor/editor.worker.js' },
  logLevel: 'warning',
});
