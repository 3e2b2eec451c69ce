/**
 * Files that are not ordinary journeys on disk: a FIFO (or a link to one), a device, a huge file, an
 * unreadable file among readable ones, an output directory that does not exist. Each ends at once
 * with a plain message and exit 2, and nothing the other files say is lost.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { nodeIO } from '../../src/cli/node-io';
import { captureIO } from '../support/fake-io';

const example = join(import.meta.dirname, '..', 'fixtures', 'examples', 'technical', 'http-success', 'http-success.journey.yaml');
const scenario = example.replace('.journey.yaml', '.scenario.yaml');

async function run(...argv: string[]) {
  const io = captureIO();
  const code = await main(argv, io);
  return { code, out: io.out, err: io.err };
}

describe('CLI input that is not an ordinary file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'js-files-'));
  const fifo = join(dir, 'pipe.journey.yaml');
  execFileSync('mkfifo', [fifo]);
  symlinkSync(fifo, join(dir, 'link-to-pipe.journey.yaml'));

  it('validate and simulate refuse a FIFO (and a symlink to one) without waiting for a writer', async () => {
    for (const f of [fifo, join(dir, 'link-to-pipe.journey.yaml')]) {
      const v = await run('validate', f);
      expect(v.code).toBe(2);
      expect(v.err).toMatch(/not a regular file/);
      const s = await run('simulate', f, '--scenario', scenario);
      expect(s.code).toBe(2);
    }
  });

  it('a device such as /dev/zero is refused, not read', async () => {
    const v = await run('validate', '/dev/zero');
    expect(v.code).toBe(2);
    expect(v.err).toMatch(/not a regular file/);
  });

  it('a file over the size limit is refused from its size, before it is read', async () => {
    const big = join(dir, 'big.journey.yaml');
    writeFileSync(big, '');
    execFileSync('truncate', ['-s', '2G', big]); // sparse: 2 GB that cost nothing on disk
    const v = await run('validate', big);
    expect(v.code).toBe(2);
    expect(v.err).toMatch(/2048\.0 MB; files are read up to 10 MB/);
  });

  it('one unreadable file in a directory: the others are still reported, the exit code says 2', async () => {
    const d = join(dir, 'mixed');
    mkdirSync(d);
    copyFileSync(example, join(d, 'a.journey.yaml'));
    copyFileSync(example, join(d, 'c.journey.yaml'));
    symlinkSync(fifo, join(d, 'b.journey.yaml'));
    const v = await run('validate', d, '--format', 'json');
    expect(v.code).toBe(2);
    expect((JSON.parse(v.out) as { file: string }[]).map((r) => r.file.split('/').pop())).toEqual(['a.journey.yaml', 'c.journey.yaml']);
    expect(v.err).toMatch(/b\.journey\.yaml/);
  });

  it('export -o into a directory that does not exist: exit 2 and a plain message', async () => {
    const io = { ...captureIO(), writeFile: nodeIO().writeFile };
    let err = '';
    io.stderr = (t: string) => void (err += t);
    const code = await main(['export', example, '--to', 'yaml', '-o', join(dir, 'missing', 'out.yaml')], io);
    expect(code).toBe(2);
    expect(err).toMatch(/the directory '.*missing' does not exist/);
    expect(err).not.toMatch(/internal error|ENOENT/);
  });

  it.skipIf(process.getuid?.() === 0)('an unreadable file is said plainly', async () => {
    const f = join(dir, 'locked.journey.yaml');
    copyFileSync(example, f);
    chmodSync(f, 0);
    expect((await run('validate', f)).code).toBe(2);
  });
});
