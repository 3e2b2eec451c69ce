/** The CLI's view of the outside world, injected so commands are testable without spawning processes. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Promise<string>;
  writeFile(path: string, text: string): Promise<void>;
  /** Expands file and directory arguments into journey files (a directory means every journey below it). */
  expandJourneyPaths(paths: readonly string[]): Promise<{ files: string[]; missing: string[] }>;
  cwd: string;
  /** Colours only when stdout is a terminal. */
  color: boolean;
}

/** A command's entry: arguments after the command name → exit code. */
export type CommandHandler = (args: string[], io: CliIO) => Promise<number>;

/** Exit codes shared by every command (CONTRACTS.md §1). */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** Thrown by argument parsing; turned into exit code 2 with the message. */
export class UsageError extends Error {}
