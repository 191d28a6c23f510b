// The CLI reference finds the commands from the CLI itself: a command added
// under a new group (as `hl-orders webhooks listen` and `verify` will be)
// gets its page without an edit to the generator. Here against a fake
// program that prints commander's help layout.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { slugOfArgs, subcommands, walk } from '../scripts/lib/cli-reference.mjs';

const HELP: Record<string, string> = {
  '': `Usage: fake [options] [command]

Options:
  -h, --help      display help for command

Commands:
  orders          work with the orders of a sub-account
  webhooks        receive and check the order webhooks, a description long
                  enough to wrap onto a second line
  help [command]  display help for command
`,
  orders: `Usage: fake orders [options] [command]

Commands:
  list [options]  print one page of orders
  help [command]  display help for command
`,
  'orders list': 'Usage: fake orders list [options]\n\nOptions:\n  --limit <n>  page size\n',
  webhooks: `Usage: fake webhooks [options] [command]

Commands:
  listen [options]         forward deliveries to a local URL
  verify [options] <file>  verify a saved delivery
  help [command]           display help for command
`,
  'webhooks listen': 'Usage: fake webhooks listen [options]\n',
  'webhooks verify': 'Usage: fake webhooks verify [options] <file>\n',
};

const dir = mkdtempSync(join(tmpdir(), 'hl-orders-docs-cli-'));
const bin = join(dir, 'fake.mjs');
writeFileSync(
  bin,
  `const help = ${JSON.stringify(HELP)};
const args = process.argv.slice(2).filter((arg) => arg !== '--help').join(' ');
if (!(args in help)) { process.stderr.write('unknown command ' + args); process.exit(1); }
process.stdout.write(help[args]);
`,
);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the CLI reference', () => {
  it('reads the commands and their descriptions from a help text, not help itself', () => {
    expect(subcommands(HELP['']!)).toEqual([
      ['orders', 'work with the orders of a sub-account'],
      ['webhooks', 'receive and check the order webhooks, a description long enough to wrap onto a second line'],
    ]);
  });

  it('walks every command of every group, new groups included', () => {
    const program = { name: 'fake', file: bin, pkg: { name: 'fake', version: '0.0.0' } };
    const commands = walk(program).map((command: { args: string[] }) => command.args.join(' '));
    expect(commands).toEqual(['', 'orders', 'orders list', 'webhooks', 'webhooks listen', 'webhooks verify']);
    expect(slugOfArgs(['webhooks', 'listen'])).toBe('webhooks-listen');
  });
});
