// `orders list`, in-process: the query it sends and the formats it prints.
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../support/csv.js';
import { fakeApi, json } from '../../support/fake-api.js';
import { runWith } from '../../support/fake-io.js';
import { LOCATION_ID, order } from '../../support/orders.js';
import { ENV } from '../../support/resource.js';

const ORDERS = [order(1, { amount: 5, currency: 'EUR' }), order(2), order(3)];

function api(totalCount = 42) {
  return fakeApi({ 'GET /payments/orders': () => json(200, { data: ORDERS, totalCount }) });
}

describe('orders list', () => {
  it('sends the flags as the query the API expects', async () => {
    const { fetch, requests } = api();
    const result = await runWith(
      ['orders', 'list', '--payment-status', 'paid', '--from', '2024-01-01', '--to', '2024-01-31', '--limit', '3'],
      { env: ENV, fetch },
    );
    expect(result.code).toBe(0);
    expect(Object.fromEntries(requests[0]?.url.searchParams ?? [])).toEqual({
      altId: LOCATION_ID,
      altType: 'location',
      paymentStatus: 'paid',
      startAt: '2024-01-01',
      endAt: '2024-01-31',
      limit: '3',
    });
  });

  it('--location and --base-url win over the environment', async () => {
    const { fetch, requests } = api();
    await runWith(['orders', 'list', '--location', 'other', '--base-url', 'https://api.agency.example'], {
      env: { ...ENV, HIGHLEVEL_BASE_URL: 'https://ignored.example' },
      fetch,
    });
    expect(requests[0]?.url.origin).toBe('https://api.agency.example');
    expect(requests[0]?.url.searchParams.get('altId')).toBe('other');
  });

  it('a table on a terminal, with "orders 11-13 of 42" on stderr', async () => {
    const result = await runWith(['orders', 'list', '--offset', '10'], {
      env: { ...ENV, NO_COLOR: '1' },
      tty: true,
      fetch: api().fetch,
    });
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^ID\s+CREATED\s+STATUS\s+AMOUNT\s+CONTACT\s+SOURCE$/);
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain('5.00 EUR');
    expect(result.stderr).toBe('orders 11-13 of 42\n');
  });

  it('JSON when piped, ndjson and csv on request; nothing on stderr', async () => {
    const piped = await runWith(['orders', 'list'], { env: ENV, fetch: api().fetch });
    expect(JSON.parse(piped.stdout)).toEqual({ data: ORDERS, totalCount: 42 });
    const ndjson = await runWith(['orders', 'list', '--format', 'ndjson'], { env: ENV, fetch: api().fetch });
    expect(ndjson.stdout.trimEnd().split('\n')).toHaveLength(3);
    const csv = await runWith(['orders', 'list', '--format', 'csv'], { env: ENV, fetch: api().fetch });
    expect(parseCsv(csv.stdout).map((row) => row[0])).toEqual(['_id', ...ORDERS.map((o) => o._id)]);
    for (const result of [piped, ndjson, csv]) expect(result.stderr).toBe('');
  });

  it('a client ValidationError is reported under the flag the user typed', async () => {
    const { fetch, requests } = api();
    const result = await runWith(['orders', 'list', '--from', '2024-02-30'], { env: ENV, fetch });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^hl-orders: --from: startAt is not a real calendar date/);
    expect(requests).toHaveLength(0);
  });

  it('--help on stdout, exit 0; a missing command is usage, exit 2, help on stderr', async () => {
    const help = await runWith(['orders', 'list', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: hl-orders orders list/);
    const missing = await runWith(['orders']);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toMatch(/Usage: hl-orders orders[\s\S]*record-payment/);
  });
});
