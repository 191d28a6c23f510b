// The commands, their flags and their help, on commander. Each command's work
// is in commands/*.ts; this file only says how it is called. Every command
// gets the IO it may use, and returns its exit code.
import { createRequire } from 'node:module';
import { Command, Option } from 'commander';
import { exportCommand } from './commands/export.js';
import { fulfilCommand } from './commands/fulfil.js';
import { fulfillmentsCommand } from './commands/fulfillments.js';
import { getCommand } from './commands/get.js';
import { listCommand } from './commands/list.js';
import { notesCommand } from './commands/notes.js';
import { recordPaymentCommand } from './commands/record-payment.js';
import type { IO } from './io.js';
import { terminalText } from './output/terminal-text.js';
import { PAYMENT_MODES } from './write-flags.js';

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

function addWriteOptions(cmd: Command): Command {
  return cmd
    .option('-y, --yes', 'send without asking (needed when not on a terminal)')
    .option('--dry-run', 'print the request (token masked) and send nothing; with --format json, as JSON');
}

const repeat = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

const examples = (lines: string[]) => `\nExamples:\n${lines.map((l) => `  ${l}`).join('\n')}\n${EXIT_CODES}`;

/** Builds the program; `setExitCode` receives each command's exit code. */
export function buildProgram(io: IO, setExitCode: (code: number) => void): Command {
  const done = (code: number) => setExitCode(code);
  const program = new Command('hl-orders')
    .description('List, export, inspect and update HighLevel (LeadConnector) payment orders.')
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

  // The per-order commands: their own flags first in --help, then --yes/--dry-run, then the connection.
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

  const fulfil = orders
    .command('fulfil')
    .description('record that items of an order shipped (asks first; scope payments/orders.write)')
    .argument('<ID>', 'the order id')
    .option(
      '--item <PRICE_ID:QTY>',
      'an item shipped and how many, by its price id (see orders get); repeat for each item',
      repeat,
    )
    .option('--tracking <CARRIER:NUMBER[:URL]>', 'how to track the shipment; repeatable', repeat)
    .option('--notify', 'have the platform tell the customer (default: not told)')
    .option('--format <format>', 'table, json or ndjson: how the created fulfillment is printed');
  addConnectionOptions(addWriteOptions(fulfil))
    .addHelpText(
      'after',
      examples([
        `hl-orders orders fulfil ${ID} --item 6578278e879ad2646715ba9c:2 --tracking FedEx:40012345678 --notify`,
        `hl-orders orders fulfil ${ID} --item 6578278e879ad2646715ba9c:1   # handed over, no tracking`,
        `hl-orders orders fulfil ${ID} --item 6578278e879ad2646715ba9c:2 --tracking 'UPS:1Z999AA10123456784:https://www.ups.com/track?tracknum=1Z999AA10123456784' --yes`,
        `hl-orders orders fulfil ${ID} --item 6578278e879ad2646715ba9c:2 --dry-run`,
      ]),
    )
    .action(async (id, flags) => done(await fulfilCommand(id, flags, io)));

  const recordPayment = orders
    .command('record-payment')
    .description('record a payment taken outside the platform (asks first; scope payments/orders.collectPayment)')
    .argument('<ID>', 'the order id')
    .addOption(new Option('--mode <mode>', 'how it was paid (required)').choices(PAYMENT_MODES))
    .option(
      '--amount <n>',
      "the amount paid, in units of the order's currency such as 25.50 (default: the whole amount due)",
    )
    .option('--partial', 'the amount covers only part of what is due (needs --amount)')
    .option('--note <text>', 'a note to keep with the payment')
    .option('--format <format>', 'table or json: json prints the API answer on stdout');
  addConnectionOptions(addWriteOptions(recordPayment))
    .addHelpText(
      'after',
      examples([
        `hl-orders orders record-payment ${ID} --mode cash --note "Paid at the counter"`,
        `hl-orders orders record-payment ${ID} --mode card --amount 40 --partial`,
        `hl-orders orders record-payment ${ID} --mode bank_transfer --amount 90 --yes --format json`,
        `hl-orders orders record-payment ${ID} --mode cheque --amount 50 --dry-run`,
      ]),
    )
    .action(async (id, flags) => done(await recordPaymentCommand(id, flags, io)));

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
