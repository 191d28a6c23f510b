// Runs the CLI on arguments and an IO, and turns any failure into one line on
// stderr (one JSON line with --format json) and an exit code. The binary
// (cli.ts) calls it with the process's IO; tests call it with a fake one.
import { type Command, CommanderError } from 'commander';
import { EXIT } from './exit-codes.js';
import type { IO } from './io.js';
import { buildProgram } from './program.js';
import { reportFor } from './report-error.js';

/** Whether errors are to be written as JSON: `--format json` anywhere on the line. */
export function wantsJson(args: readonly string[]): boolean {
  return (args.includes('--format') && args[args.indexOf('--format') + 1] === 'json') || args.includes('--format=json');
}

/** The export's --output, once parsed: the file a file-system error without a path was about. */
function exportOutput(program: Command): string | undefined {
  const orders = program.commands.find((c) => c.name() === 'orders');
  const output = orders?.commands.find((c) => c.name() === 'export')?.opts().output;
  return typeof output === 'string' ? output : undefined;
}

/** Writes the report of `error` on stderr and returns its exit code. */
export function report(io: IO, error: unknown, args: readonly string[], path = io.stdoutName()): number {
  const { exitCode, text } = reportFor(error, { json: wantsJson(args), path });
  io.stderr.write(text);
  return exitCode;
}

/** Runs `hl-orders` with `args` (without the node and script paths) and resolves to the exit code. */
export async function run(args: readonly string[], io: IO): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = buildProgram(io, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync([...args], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are successes; help because a command is missing (`hl-orders orders`),
      // and everything else commander rejects, is usage.
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return EXIT.ok;
      if (error.code === 'commander.help') return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
      return EXIT.usage;
    }
    return report(io, error, args, exportOutput(program) ?? io.stdoutName());
  }
}
