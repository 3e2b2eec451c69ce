// Copies the JSON Schemas to public/ so the editor (monaco-yaml) can load them from
// /journey.schema.json and /scenario.schema.json. schema/ is the one source;
// a test checks the copies are identical.
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
mkdirSync(join(root, 'public'), { recursive: true });
for (const name of ['journey.schema.json', 'scenario.schema.json']) {
  copyFileSync(join(root, 'schema', name), join(root, 'public', name));
}
