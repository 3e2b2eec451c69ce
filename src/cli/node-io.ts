/** The real CliIO over node:fs and the process streams. */
import { readFile, writeFile, stat, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { CliIO } from './io';

const JOURNEY_FILE = /\.journey\.(ya?ml|json)$/i;

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) await walk(full, out);
    else if (JOURNEY_FILE.test(entry.name)) out.push(full);
  }
}

/** Builds the process-backed IO. */
export function nodeIO(): CliIO {
  const cwd = process.cwd();
  return {
    cwd,
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    readFile: (path) => readFile(resolve(cwd, path), 'utf8'),
    writeFile: (path, text) => writeFile(resolve(cwd, path), text, 'utf8'),
    async expandJourneyPaths(paths) {
      const files: string[] = [];
      const missing: string[] = [];
      for (const path of paths) {
        try {
          const info = await stat(resolve(cwd, path));
          if (info.isDirectory()) await walk(path, files);
          else files.push(path);
        } catch {
          missing.push(path);
        }
      }
      return { files, missing };
    },
  };
}
