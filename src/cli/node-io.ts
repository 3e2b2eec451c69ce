/** The real CliIO over node:fs and the process streams. */
import { constants } from 'node:fs';
import { open, writeFile, stat, readdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { MAX_SOURCE_BYTES } from '../core/source';
import type { CliIO } from './io';

/** Input files larger than this are refused before they are read (journeys are limited to 2 MB; OpenAPI documents and scenario files may be larger). */
export const MAX_INPUT_BYTES = 5 * MAX_SOURCE_BYTES;

/**
 * Reads a regular file of at most MAX_INPUT_BYTES. A FIFO, a device or a socket is refused without
 * blocking (opened non-blocking, checked with fstat): reading `/dev/zero` or a pipe nobody writes to
 * would otherwise never end.
 */
async function readRegularFile(path: string): Promise<string> {
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw new Error('it is a directory');
    if (!info.isFile()) throw new Error('it is not a regular file (a pipe, device or socket)');
    if (info.size > MAX_INPUT_BYTES) throw new Error(`it is ${(info.size / 1048576).toFixed(1)} MB; files are read up to ${MAX_INPUT_BYTES / 1048576} MB`);
    return await handle.readFile('utf8');
  } finally {
    await handle.close();
  }
}

/** Writes a file; a missing directory is said plainly (the caller turns it into exit 2). */
async function writeTextFile(path: string, text: string): Promise<void> {
  try {
    await writeFile(path, text, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new Error(`cannot write '${path}': the directory '${dirname(path)}' does not exist`);
    if (code === 'EACCES' || code === 'EPERM') throw new Error(`cannot write '${path}': permission denied`);
    if (code === 'EISDIR') throw new Error(`cannot write '${path}': it is a directory`);
    throw new Error(`cannot write '${path}': ${(err as Error).message}`);
  }
}

const JOURNEY_FILE = /\.journey\.(ya?ml|json)$/i;

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) await walk(full, out);
    else if ((entry.isFile() || entry.isSymbolicLink()) && JOURNEY_FILE.test(entry.name)) out.push(full);
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
    readFile: (path) => readRegularFile(resolve(cwd, path)),
    writeFile: (path, text) => writeTextFile(resolve(cwd, path), text),
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
