// The commands, their flags and their help, on commander. Each command's work
// is in commands/*.ts; this file only says how it is called. Every command
// gets the IO it may use, and returns its exit code.
import { createRequire } from 'node:module';
import { Command, Option } from 'commander';
import { exportCommand } from './commands/export.js';
import { fulfillmentsCommand } from './commands/fulfillments.js';
import { getCommand } from './commands/get.js';
import { listCommand } from './commands/list.js';
import { notesCommand } from './commands/notes.js';
import type { IO } from './io.js';
import { terminalText } from './output/terminal-text.js';

const { version } = createRequire(import.meta.url)('../package.json') as { version: string };

export const EXIT_CODES = `
Exit codes:
  0   success
  1   failure (network, server, unexpected response, a write whose outcome is unknown)
  2   usage error (bad flag or value), or a confirmation answered no
  4   authentication (no token, or the API refused it)
  130 interrupted (Ctrl-C); an export to a file can be resumed with --resume`;

const ENVIRONMENT = `
Environment:
  HIGHLEVEL_TOKEN        Sub-Account OAuth access token or Private Integration Token
                         (scope payments/orders.readonly; payments/orders.write to
                         fulfil, payments/orders.collectPayment to record payments);
                         preferred to --token
  HIGHLEVEL_LOCATION_ID  the sub-account (location) id, instead of --location
  HIGHLEVEL_BASE_URL     API origin for white-label domains, instead of --base-url
  NO_COLOR               turns colours off`;

const ID = '653f5e0cde5a1314e62a837c';

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
    .option(
      '--max-retries <n>',
      'retries of a failed request (default: 2; a write is never repeated once it may have reached the API)',
    );
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

const examples = (lines: string[]) => `\nExamples:\n${lines.map((l) => `  ${l}`).join('\n')}\n${EXIT_CODES}`;

/** Builds the program; `setExitCode` receives each command's exit code. */
export function buildProgram(io: IO, setExitCode: (code: number) => void): Command {
  const done = (code: number) => setExitCode(code);
  const program = new Command('hl-orders')
    .description('List, export and inspect HighLevel (LeadConnector) payment orders.')
    .version(version, '-v, --version')
    .showHelpAfterError('(run with --help for usage)')
    // Set before the subcommands are made: they inherit it. Commander echoes
    // what was typed ("unknown option '...'"), so its errors are one safe line.
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
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
      examples([
        'hl-orders orders list --mock',
        'hl-orders orders list --payment-status paid --from 2024-01-01 --to 2024-01-31',
        `hl-orders orders list --search "Awesome order" --format json | jq '.data[]._id'`,
        'HIGHLEVEL_BASE_URL=https://api.my-agency.com hl-orders orders list --location abc123',
      ]),
    )
    .action(async (flags) => done(await listCommand(flags, io)));

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
      examples([
        'hl-orders orders export --mock -o orders.csv',
        'hl-orders orders export --payment-status paid -o paid.ndjson',
        'hl-orders orders export -o paid.ndjson --resume      # after Ctrl-C or a crash',
        'hl-orders orders export --from 2024-01-01 | gzip > 2024.ndjson.gz',
      ]),
    )
    .action(async (flags) => done(await exportCommand(flags, io)));

  // The per-order commands: their own flags first in --help, then the connection.
  const get = orders
    .command('get')
    .description('print one order: its status, amounts, contact and items (with the price ids fulfil needs)')
    .argument('<ID>', 'the order id (24 hexadecimal characters, as in the ID column of orders list)')
    .option('--format <format>', 'table, json or ndjson (default: a table on a terminal, JSON when piped)');
  addConnectionOptions(get)
    .addHelpText(
      'after',
      examples([
        `hl-orders orders get ${ID}`,
        `hl-orders orders get ${ID} --format json | jq .paymentStatus`,
        `hl-orders orders get ${ID} --mock`,
      ]),
    )
    .action(async (id, flags) => done(await getCommand(id, flags, io)));

  const fulfillments = orders
    .command('fulfillments')
    .description('print what shipped of an order: one row per item shipped, with its tracking')
    .argument('<ID>', 'the order id')
    .option('--format <format>', 'table, json, ndjson or csv (default: a table on a terminal, JSON when piped)');
  addConnectionOptions(addCsvOption(fulfillments))
    .addHelpText(
      'after',
      examples([
        `hl-orders orders fulfillments ${ID}`,
        `hl-orders orders fulfillments ${ID} --format csv > shipped.csv`,
      ]),
    )
    .action(async (id, flags) => done(await fulfillmentsCommand(id, flags, io)));

  const notes = orders
    .command('notes')
    .description('print the notes recorded on an order')
    .argument('<ID>', 'the order id')
    .option('--format <format>', 'table, json, ndjson or csv (default: a table on a terminal, JSON when piped)');
  addConnectionOptions(addCsvOption(notes))
    .addHelpText('after', examples([`hl-orders orders notes ${ID}`, `hl-orders orders notes ${ID} --format ndjson`]))
    .action(async (id, flags) => done(await notesCommand(id, flags, io)));

  program.exitOverride();
  orders.exitOverride();
  for (const cmd of orders.commands) cmd.exitOverride();
  return program;
}
