#!/usr/bin/env node
// hl-orders: list and export HighLevel orders. Data goes to stdout, everything
// for a human to stderr; errors are one line (JSON with --format json), never a
// stack trace for a user mistake, never the token. Every write to stderr, ours
// or commander's, passes through the token redactor and the terminal filter.
import { createRequire } from 'node:module';
import { Command, CommanderError, Option } from 'commander';
import { exportCommand } from './commands/export.js';
import { listCommand } from './commands/list.js';
import { EXIT } from './exit-codes.js';
import { filterWrites, stdoutName } from './internal/output-streams.js';
import { terminalChunk, terminalText } from './output/terminal-text.js';
import { tokenRedactor, tokensFrom } from './redact-token.js';
import { isBrokenPipe, reportFor } from './report-error.js';

const { version } = createRequire(import.meta.url)('../package.json') as { version: string };

const EXIT_CODES = `
Exit codes:
  0  success
  1  failure (network, server, unexpected response)
  2  usage error (bad flag or value)
  4  authentication (no token, or the API refused it)
  130 interrupted (Ctrl-C); an export to a file can be resumed with --resume`;

const ENVIRONMENT = `
Environment:
  HIGHLEVEL_TOKEN        Sub-Account OAuth access token or Private Integration Token
                         (scope payments/orders.readonly); preferred to --token
  HIGHLEVEL_LOCATION_ID  the sub-account (location) id, instead of --location
  HIGHLEVEL_BASE_URL     API origin for white-label domains, instead of --base-url
  NO_COLOR               turns colours off`;

function addConnectionOptions(cmd: Command): Command {
  return cmd
    .option('--location <id>', 'sub-account (location) id [env: HIGHLEVEL_LOCATION_ID]')
    .option('--token <token>', 'API token [env: HIGHLEVEL_TOKEN; prefer the variable]')
    .option('--base-url <url>', 'API origin, for white-label domains [env: HIGHLEVEL_BASE_URL]')
    .option('--mock', 'use a local simulator with 250 fake orders instead of the API (no token needed)')
    .option(
      '--allow-insecure-http',
      'allow a plain http:// base URL to a host other than this machine (the token would travel unencrypted)',
    )
    .option('--timeout <ms>', 'per-request timeout in milliseconds (default: 30000)')
    .option('--max-retries <n>', 'retries of a failed request (default: 2)');
}

function addFilterOptions(cmd: Command): Command {
  return cmd
    .option('--status <status>', 'order status, e.g. completed')
    .addOption(
      new Option('--payment-status <status>', 'payment status').choices([
        'paid',
        'unpaid',
        'refunded',
        'partially_paid',
      ]),
    )
    .option('--payment-mode <mode>', 'payment mode: live or test')
    .option('--from <date>', 'orders created on or after this day (YYYY-MM-DD)')
    .option('--to <date>', 'orders created on or before this day (YYYY-MM-DD)')
    .option('--search <text>', 'text to search for in order names')
    .option('--contact <id>', 'only orders of this contact id')
    .option('--source <id>', 'only orders from this source id')
    .option('--funnel-products <ids>', 'comma-separated funnel product ids')
    .option('--limit <n>', 'page size, 1-100 (list default: 10, export default: 100)');
}

function addCsvOption(cmd: Command): Command {
  return cmd.option(
    '--csv-formulas',
    "write cells that a spreadsheet would evaluate as formulas unchanged (default: such cells, starting with = + - @ tab or CR, get a leading ')",
  );
}

export function buildProgram(onExit: (code: number) => void): Command {
  const program = new Command('hl-orders')
    .description('List and export HighLevel (LeadConnector) payment orders.')
    .version(version, '-v, --version')
    .showHelpAfterError('(run with --help for usage)')
    // Set before the subcommands are made: they inherit it. Commander echoes
    // what was typed ("unknown option '...'"), so its errors are one safe line.
    .configureOutput({
      writeErr: (text) => process.stderr.write(text),
      outputError: (text, write) => write(`${terminalText(text.trimEnd())}\n`),
    })
    .addHelpText('after', `${ENVIRONMENT}\n${EXIT_CODES}`);

  const orders = program.command('orders').description('work with the orders of a sub-account');

  addCsvOption(addFilterOptions(addConnectionOptions(orders.command('list'))))
    .description('print one page of orders (a table on a terminal, JSON when piped)')
    .option('--offset <n>', 'index of the first order of the page (default: 0)')
    .option('--format <format>', 'table, json, ndjson or csv')
    .addHelpText(
      'after',
      `
Examples:
  hl-orders orders list --mock
  hl-orders orders list --payment-status paid --from 2024-01-01 --to 2024-01-31
  hl-orders orders list --search "Awesome order" --format json | jq '.data[]._id'
  HIGHLEVEL_BASE_URL=https://api.my-agency.com hl-orders orders list --location abc123
${EXIT_CODES}`,
    )
    .action(async (flags) => listCommand(flags));

  addCsvOption(addFilterOptions(addConnectionOptions(orders.command('export'))))
    .description('write every matching order to a file or stdout, paced under the rate limit')
    .option('-o, --output <file>', 'file to write (default: stdout); makes the export resumable')
    .option('--format <format>', 'ndjson, csv or json (default: from the file extension, else ndjson)')
    .option('--resume', 'continue an interrupted export to --output after the last order written')
    .option('--restart', 'discard an interrupted export to --output and start over (overwrites the file)')
    .option('--force', 'overwrite --output if it exists (it is never overwritten otherwise)')
    .option('--max-orders <n>', 'stop after this many orders')
    .option('--no-progress', 'no progress line on stderr')
    .addHelpText(
      'after',
      `
Examples:
  hl-orders orders export --mock -o orders.csv
  hl-orders orders export --payment-status paid -o paid.ndjson
  hl-orders orders export -o paid.ndjson --resume      # after Ctrl-C or a crash
  hl-orders orders export --from 2024-01-01 | gzip > 2024.ndjson.gz
${EXIT_CODES}`,
    )
    .action(async (flags) => onExit(await exportCommand(flags)));

  program.exitOverride();
  orders.exitOverride();
  for (const cmd of orders.commands) cmd.exitOverride();
  return program;
}

/** The export's --output, once parsed: the file a file-system error without a path was about. */
function exportOutput(program: Command): string | undefined {
  const orders = program.commands.find((c) => c.name() === 'orders');
  const output = orders?.commands.find((c) => c.name() === 'export')?.opts().output;
  return typeof output === 'string' ? output : undefined;
}

async function main(argv: string[]): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = buildProgram((code) => {
    exitCode = code;
  });
  const json =
    (argv.includes('--format') && argv[argv.indexOf('--format') + 1] === 'json') || argv.includes('--format=json');
  const fail = (error: unknown, path = exportOutput(program) ?? stdoutName()) => {
    const report = reportFor(error, { json, path });
    process.stderr.write(report.text);
    return report.exitCode;
  };
  // The reader of stdout left (`| head -1`): nothing more to do, and nothing went wrong.
  // Any other failure to write stdout (`> /dev/full`) is reported like a file's.
  process.stdout.on('error', (error) => process.exit(isBrokenPipe(error) ? EXIT.ok : fail(error, stdoutName())));
  // Nobody reads our messages any more; the data on stdout still matters.
  process.stderr.on('error', () => {});
  // A stream that fails outside any await (a full disk under a file stream) still ends in one line.
  process.on('uncaughtException', (error) => process.exit(fail(error)));
  try {
    await program.parseAsync(argv);
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are successes; help because a command is missing (`hl-orders orders`),
      // and everything else commander rejects, is usage.
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return EXIT.ok;
      if (error.code === 'commander.help') return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
      return EXIT.usage;
    }
    return fail(error);
  }
}

const redact = tokenRedactor(tokensFrom(process.argv, process.env));
filterWrites(process.stderr, (text) => redact(terminalChunk(text, { carriageReturn: true })));
// Data shown on a terminal (a CSV cell, say) must not drive it either; piped data is left as it is.
// Data goes through the redactor too: a hostile server can echo the token into an order.
filterWrites(process.stdout, process.stdout.isTTY ? (text) => redact(terminalChunk(text)) : redact);

main(process.argv).then(
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
