/** The shared example corpus (46 real journeys), read from test/fixtures/examples. */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';

export const EXAMPLES_DIR = join(import.meta.dirname, '..', 'fixtures', 'examples');

export interface CorpusFile {
  /** `technical/http-success/http-success.journey.yaml` */
  rel: string;
  /** `http-success` */
  name: string;
  path: string;
  text: string;
}

function walk(dir: string, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (/\.journey\.ya?ml$/.test(entry.name)) out.push(full);
  }
}

/** Every example journey, sorted by path. */
export function corpus(): CorpusFile[] {
  const paths: string[] = [];
  walk(EXAMPLES_DIR, paths);
  return paths.map((path) => ({
    path,
    rel: relative(EXAMPLES_DIR, path),
    name: basename(path).replace(/\.journey\.ya?ml$/, ''),
    text: readFileSync(path, 'utf8'),
  }));
}
