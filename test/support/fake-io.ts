/** A CliIO over the real file system that captures stdout/stderr, for in-process CLI tests. */
import { nodeIO } from '../../src/cli/node-io';
import type { CliIO } from '../../src/cli/io';

export interface CapturedIO extends CliIO {
  out: string;
  err: string;
  written: Map<string, string>;
}

/** Real reads, captured writes. */
export function captureIO(): CapturedIO {
  const real = nodeIO();
  const io: CapturedIO = {
    ...real,
    color: false,
    out: '',
    err: '',
    written: new Map(),
    stdout: (t) => void (io.out += t),
    stderr: (t) => void (io.err += t),
    writeFile: async (p, t) => void io.written.set(p, t),
  };
  return io;
}
