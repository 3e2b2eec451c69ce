/**
 * `journey-studio` entry: dispatches to one command per file in ./commands.
 * Every failure is a message and an exit code (CONTRACTS.md §1), never a stack trace.
 */
import { exportCommand } from './commands/export';
import { previewAuthCommand } from './commands/preview-auth';
import { simulateCommand } from './commands/simulate';
import { validateCommand } from './commands/validate';
import { EXIT, UsageError, type CliIO, type CommandHandler } from './io';
import { nodeIO } from './node-io';
import { CLI_VERSION } from './version';
import { lookupTable } from '../core/own-property';

/** The command table; each entry has its own `--help`. */
export const COMMANDS: Readonly<Record<string, { summary: string; run: CommandHandler }>> = lookupTable({
  validate: { summary: 'parse + validate + lint journey files', run: validateCommand },
  simulate: { summary: 'run the scenarios of a scenario file on a virtual clock', run: simulateCommand },
  'preview-auth': { summary: 'where every auth outcome leads (Problem Details branch preview)', run: previewAuthCommand },
  export: { summary: 'export a journey (yaml, json, …) to stdout or -o FILE', run: exportCommand },
});

const usage = () => `journey-studio ${CLI_VERSION} — design, validate, simulate and export JourneyForge journeys

Usage: journey-studio <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(13)} ${c.summary}`)
  .join('\n')}

Run 'journey-studio <command> --help' for a command's options.
`;

/** Runs the CLI with `argv` (without node and script); resolves to the exit code. */
export async function main(argv: string[], io: CliIO = nodeIO()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage());
    return name ? EXIT.ok : EXIT.usage;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${CLI_VERSION}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`journey-studio: unknown command '${name}'\n\n${usage()}`);
    return EXIT.usage;
  }
  try {
    return await command.run(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`journey-studio ${name}: ${err.message}\nRun 'journey-studio ${name} --help' for usage.\n`);
      return EXIT.usage;
    }
    io.stderr(`journey-studio ${name}: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
    return EXIT.failed;
  }
}
