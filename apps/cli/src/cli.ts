#!/usr/bin/env node
// hl-orders: list, export, inspect and update HighLevel orders. Data goes to
// stdout, everything for a human to stderr; errors are one line (JSON with
// --format json), never a stack trace for a user mistake, never the token.
// This file is the process's side only: its IO (internal/process-io.ts) and
// what can go wrong outside any command; run.ts does the rest.
import { EXIT } from './exit-codes.js';
import { processIO } from './internal/process-io.js';
import { terminalText } from './output/terminal-text.js';
import { isBrokenPipe } from './report-error.js';
import { report, run } from './run.js';

const args = process.argv.slice(2);
const io = processIO(process.argv);

// The reader of stdout left (`| head -1`): nothing more to do, and nothing went wrong.
// Any other failure to write stdout (`> /dev/full`) is reported like a file's.
process.stdout.on('error', (error) => process.exit(isBrokenPipe(error) ? EXIT.ok : report(io, error, args)));
// Nobody reads our messages any more; the data on stdout still matters.
process.stderr.on('error', () => {});
// A stream that fails outside any await (a full disk under a file stream) still ends in one line.
process.on('uncaughtException', (error) => process.exit(report(io, error, args)));

run(args, io).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `hl-orders: unexpected error: ${terminalText(error instanceof Error ? error.message : String(error))}\n`,
    );
    process.exitCode = EXIT.failure;
  },
);
