// The per-order commands, the built binary against the Prism mock of our own
// spec (through a proxy that keeps Prism's contract reports): every request
// they make, reads and writes, is one the spec allows, every answer is read,
// and not one exchange has an sl-violations header.
import { type RunningMock, startMock } from '@hl-orders/mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../support/csv.js';
import { run } from '../support/run-cli.js';
import { startViolationProxy } from '../support/violation-proxy.js';

const TOKEN = 'pit-e2e-resource-5d1c7a9b3e';
const ORDER = '653f5e0cde5a1314e62a837c';
const PRICE = '6578278e879ad2646715ba9c';
const LOCATION = '3SwdhCu3svxI8AKsPJt6';

let prism: RunningMock;
let proxy: Awaited<ReturnType<typeof startViolationProxy>>;
let env: Record<string, string>;

beforeAll(async () => {
  prism = await startMock();
  proxy = await startViolationProxy(prism.url);
  env = { HIGHLEVEL_TOKEN: TOKEN, HIGHLEVEL_LOCATION_ID: LOCATION, HIGHLEVEL_BASE_URL: proxy.url };
});
afterAll(async () => {
  await proxy?.stop();
  await prism?.stop();
});

/** Runs the binary and returns its result with the exchanges it caused. */
async function cli(args: string[]) {
  const before = proxy.exchanges.length;
  const result = await run(args, env);
  const exchanges = proxy.exchanges.slice(before);
  expect(result.stdout + result.stderr).not.toContain(TOKEN.slice(4, 12));
  return { ...result, exchanges };
}

function expectClean(exchanges: { violations: string; status: number }[], count: number) {
  expect(exchanges).toHaveLength(count);
  for (const exchange of exchanges) {
    expect(exchange.violations, JSON.stringify(exchange)).toBe('');
    expect(exchange.status).toBe(200);
  }
}

describe('reads', () => {
  it('orders get: the order, as JSON and as a table', async () => {
    const json = await cli(['orders', 'get', ORDER]);
    expect(json.code, json.stderr).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ _id: ORDER, paymentStatus: 'paid', items: [{ qty: 2 }] });
    const table = await cli(['orders', 'get', ORDER, '--format', 'table']);
    expect(table.stdout).toMatch(new RegExp(`\\n${PRICE}\\s+Sample Product\\s+2\\s+50\\.00 USD\\n`));
    expectClean([...json.exchanges, ...table.exchanges], 2);
  });

  it('orders fulfillments: JSON and CSV', async () => {
    const json = await cli(['orders', 'fulfillments', ORDER]);
    expect(json.code, json.stderr).toBe(0);
    expect(JSON.parse(json.stdout).data[0].trackings[0].shippingCarrier).toBe('FedEx');
    const csv = await cli(['orders', 'fulfillments', ORDER, '--format', 'csv']);
    expect(parseCsv(csv.stdout)[1]?.slice(3, 6)).toEqual([PRICE, 'Sample Product', '2']);
    expectClean([...json.exchanges, ...csv.exchanges], 2);
  });

  it('orders notes: none, said on stderr for a table', async () => {
    const json = await cli(['orders', 'notes', ORDER]);
    expect(JSON.parse(json.stdout)).toEqual({ status: true, data: [] });
    const table = await cli(['orders', 'notes', ORDER, '--format', 'table']);
    expect(table.stdout).toBe('');
    expect(table.stderr).toBe(`Order ${ORDER} has no notes.\n`);
    expectClean([...json.exchanges, ...table.exchanges], 2);
  });
});

describe('writes', () => {
  it('orders fulfil --yes: a request the spec accepts, the created fulfillment printed', async () => {
    const result = await cli([
      'orders',
      'fulfil',
      ORDER,
      '--item',
      `${PRICE}:2`,
      '--tracking',
      'FedEx:40012345678:https://www.fedex.com/wtrk/track/?trknbr=40012345678',
      '--tracking',
      'UPS:1Z999',
      '--notify',
      '--yes',
    ]);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ status: true, data: { _id: '6578d3f1c2a9b84e1f0a7b21' } });
    expectClean(result.exchanges, 1);
    expect(result.exchanges[0]?.method).toBe('POST');
  });

  it('orders record-payment --yes: with every flag, and with the mode alone', async () => {
    const full = await cli([
      'orders',
      'record-payment',
      ORDER,
      '--mode',
      'card',
      '--amount',
      '40.5',
      '--partial',
      '--note',
      'Terminal 2',
      '--yes',
    ]);
    expect(full.code, full.stderr).toBe(0);
    expect(JSON.parse(full.stdout)).toEqual({ success: true });
    const bare = await cli(['orders', 'record-payment', ORDER, '--mode', 'bank_transfer', '-y']);
    expect(bare.code, bare.stderr).toBe(0);
    expectClean([...full.exchanges, ...bare.exchanges], 2);
  });

  it('--dry-run sends nothing and prints the request with the token masked', async () => {
    const result = await cli(['orders', 'record-payment', ORDER, '--mode', 'cash', '--dry-run']);
    expect(result.code).toBe(0);
    expect(result.exchanges).toHaveLength(0);
    expect(result.stdout).toMatch(
      new RegExp(`^POST ${proxy.url}/payments/orders/${ORDER}/record-payment\\nAuthorization: Bearer \\*{4}\\n`),
    );
    expect(result.stderr).toBe('Dry run: nothing was sent.\n');
  });

  it('without a terminal and without --yes: exit 2, nothing sent', async () => {
    const result = await cli(['orders', 'fulfil', ORDER, '--item', `${PRICE}:1`]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/no terminal to ask on: pass --yes/);
    expect(result.exchanges).toHaveLength(0);
  });
});

describe('conventions', () => {
  it.each(['get', 'fulfil', 'record-payment', 'fulfillments', 'notes'])(
    'orders %s --help: usage, examples and exit codes',
    async (command) => {
      const result = await run(['orders', command, '--help']);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(new RegExp(`^Usage: hl-orders orders ${command} \\[options\\] <ID>`));
      expect(result.stdout).toMatch(new RegExp(`Examples:\\n {2}hl-orders orders ${command} `));
      expect(result.stdout).toMatch(/Exit codes:[\s\S]*130 interrupted/);
    },
  );
});
