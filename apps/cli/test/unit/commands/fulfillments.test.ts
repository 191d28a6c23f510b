// `orders fulfillments`, in-process: one row per shipped item, every format.
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../support/csv.js';
import { fakeApi, json } from '../../support/fake-api.js';
import { runWith } from '../../support/fake-io.js';
import { ENV, ORDER_ID, ORDER_PATH, PRICE_ID, SHIPPED } from '../../support/resource.js';

const PLAIN = { ...ENV, NO_COLOR: '1' };
/** A second shipment: two items, two parcels, one of them with a name a spreadsheet would run. */
const SECOND = {
  ...SHIPPED,
  _id: '6578d3f1c2a9b84e1f0a7b22',
  trackings: [
    { shippingCarrier: 'UPS', trackingNumber: '1Z9', trackingUrl: 'https://ups.example/1Z9' },
    { shippingCarrier: 'DHL', trackingNumber: '77' },
  ],
  items: [
    { _id: 'p2', name: '=HYPERLINK("http://evil.example")', qty: 1, price: { _id: 'p2' } },
    { _id: 'p3', name: 'Gift card', qty: 3, price: { _id: 'p3' } },
  ],
};
const api = (data: unknown[]) =>
  fakeApi({ [`GET ${ORDER_PATH}/fulfillments`]: () => json(200, { status: true, data }) }).fetch;

describe('orders fulfillments ID', () => {
  it('a table on a terminal: one row per item shipped, the tracking beside it, a count on stderr', async () => {
    const result = await runWith(['orders', 'fulfillments', ORDER_ID], {
      env: PLAIN,
      tty: true,
      columns: 200,
      fetch: api([SHIPPED, SECOND]),
    });
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^FULFILLMENT\s+CREATED\s+PRICE ID\s+ITEM\s+QTY\s+TRACKING$/);
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatch(
      new RegExp(`^${SHIPPED._id}\\s+2023-12-12 09:27\\s+${PRICE_ID}\\s+Sample Product\\s+2\\s+FedEx 40012345678$`),
    );
    expect(lines[3]).toMatch(/^6578d3f1c2a9b84e1f0a7b22\s.*\sp3\s+Gift card\s+3\s+UPS 1Z9, DHL 77$/);
    expect(result.stderr).toBe('2 fulfillments\n');
  });

  it('the table fits a narrow terminal, shortening item names and trackings', async () => {
    const result = await runWith(['orders', 'fulfillments', ORDER_ID], {
      env: PLAIN,
      tty: true,
      columns: 100,
      fetch: api([SHIPPED, SECOND]),
    });
    for (const line of result.stdout.trimEnd().split('\n')) expect(Array.from(line).length).toBeLessThanOrEqual(100);
    expect(result.stdout).toContain('…');
    expect(result.stdout).toContain(PRICE_ID);
  });

  it('nothing shipped yet: says so on stderr, nothing on stdout', async () => {
    const result = await runWith(['orders', 'fulfillments', ORDER_ID], { env: PLAIN, tty: true, fetch: api([]) });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`Nothing of order ${ORDER_ID} has been fulfilled yet.\n`);
  });

  it('JSON when piped: the answer as the API gave it; NDJSON: one fulfillment a line', async () => {
    const piped = await runWith(['orders', 'fulfillments', ORDER_ID], { env: ENV, fetch: api([SHIPPED, SECOND]) });
    expect(JSON.parse(piped.stdout)).toEqual({ status: true, data: [SHIPPED, SECOND] });
    expect(piped.stderr).toBe('');
    const ndjson = await runWith(['orders', 'fulfillments', ORDER_ID, '--format', 'ndjson'], {
      env: ENV,
      fetch: api([SHIPPED, SECOND]),
    });
    expect(
      ndjson.stdout
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line)._id),
    ).toEqual([SHIPPED._id, SECOND._id]);
  });

  it('CSV: one row per item, trackings as JSON, formulas neutralised unless --csv-formulas', async () => {
    const result = await runWith(['orders', 'fulfillments', ORDER_ID, '--format', 'csv'], {
      env: ENV,
      fetch: api([SHIPPED, SECOND]),
    });
    const rows = parseCsv(result.stdout);
    expect(rows[0]).toEqual(['fulfillmentId', 'createdAt', 'updatedAt', 'priceId', 'name', 'qty', 'trackings']);
    expect(rows).toHaveLength(4);
    expect(rows[1]).toEqual([
      SHIPPED._id,
      SHIPPED.createdAt,
      SHIPPED.updatedAt,
      PRICE_ID,
      'Sample Product',
      '2',
      JSON.stringify(SHIPPED.trackings),
    ]);
    expect(rows[2]?.[4]).toBe(`'=HYPERLINK("http://evil.example")`);
    expect(JSON.parse(rows[2]?.[6] ?? '')).toHaveLength(2);
    const raw = await runWith(['orders', 'fulfillments', ORDER_ID, '--format', 'csv', '--csv-formulas'], {
      env: ENV,
      fetch: api([SECOND]),
    });
    expect(parseCsv(raw.stdout)[1]?.[4]).toBe('=HYPERLINK("http://evil.example")');
  });

  it('CSV of nothing is the header alone', async () => {
    const result = await runWith(['orders', 'fulfillments', ORDER_ID, '--format', 'csv'], { env: ENV, fetch: api([]) });
    expect(result.stdout).toBe('fulfillmentId,createdAt,updatedAt,priceId,name,qty,trackings\r\n');
  });
});
