// Copies the DSL JSON Schema to public/ so the editor (monaco-yaml) can load it
// from /journey.schema.json. schema/journey.schema.json is the one source.
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
mkdirSync(join(root, 'public'), { recursive: true });
copyFileSync(
  join(root, 'schema', 'journey.schema.json'),
  join(root, 'public', 'journey.schema.json'),
);
console.log('copied schema/journey.schema.json → public/journey.schema.json');
