// `orders get`, in-process: formats, the request it makes, and its mistakes.
import { describe, expect, it } from 'vitest';
import { fakeApi, json } from '../../support/fake-api.js';
import { runWith } from '../../support/fake-io.js';
import { LOCATION_ID, TERMINAL_CONTROL } from '../../support/orders.js';
import { ENV, ORDER_ID, ORDER_PATH, PAID_ORDER, PRICE_ID, TOKEN } from '../../support/resource.js';

const PLAIN = { ...ENV, NO_COLOR: '1' };
const api = (order: unknown = PAID_ORDER) => fakeApi({ [`GET ${ORDER_PATH}`]: () => json(200, order) });

describe('orders get ID', () => {
  it('asks the API for that order of the location, with the token', async () => {
    const { fetch, requests } = api();
    const result = await runWith(['orders', 'get', ORDER_ID], { env: ENV, fetch });
    expect(result.code).toBe(0);
    expect(requests).toHaveLength(1);
    const [request] = requests;
    expect(request?.url.origin).toBe('https://services.leadconnectorhq.com');
    expect(request?.url.pathname).toBe(ORDER_PATH);
    expect(Object.fromEntries(request?.url.searchParams ?? [])).toEqual({ altId: LOCATION_ID, altType: 'location' });
    expect(request?.headers.get('authorization')).toBe(`Bearer ${TOKEN}`);
  });

  it('on a terminal: the fields one a line, then the items with their price ids', async () => {
    const result = await runWith(['orders', 'get', ORDER_ID], { env: PLAIN, fetch: api().fetch, tty: true });
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines.slice(0, 6)).toEqual([
      `ID          ${ORDER_ID}`,
      'STATUS      completed',
      'PAYMENT     paid',
      'FULFILMENT  unfulfilled',
      'AMOUNT      90.00 USD (subtotal 100.00 USD, discount 10.00 USD)',
      'CONTACT     Ada Lovelace <ada@example.com>',
    ]);
    expect(lines.at(-2)).toMatch(/^PRICE ID\s+ITEM\s+QTY\s+UNIT PRICE$/);
    expect(lines.at(-1)).toMatch(new RegExp(`^${PRICE_ID}\\s+Sample Product\\s+2\\s+50\\.00 USD$`));
    expect(result.stderr).toBe('');
  });

  it('JSON when piped; one line with --format ndjson', async () => {
    const piped = await runWith(['orders', 'get', ORDER_ID], { env: ENV, fetch: api().fetch });
    expect(JSON.parse(piped.stdout)).toEqual(PAID_ORDER);
    expect(piped.stdout).toContain('\n  "_id"');
    const ndjson = await runWith(['orders', 'get', ORDER_ID, '--format', 'ndjson'], { env: ENV, fetch: api().fetch });
    expect(ndjson.stdout.split('\n')).toEqual([JSON.stringify(PAID_ORDER), '']);
  });

  it('--format table when piped too; --format csv is refused', async () => {
    const table = await runWith(['orders', 'get', ORDER_ID, '--format', 'table'], { env: ENV, fetch: api().fetch });
    expect(table.stdout).toMatch(/^ID {10}653f/);
    const { fetch, requests } = api();
    const csv = await runWith(['orders', 'get', ORDER_ID, '--format', 'csv'], { env: ENV, fetch });
    expect(csv.code).toBe(2);
    expect(csv.stderr).toBe('hl-orders: --format must be one of table, json, ndjson, got "csv".\n');
    expect(requests).toHaveLength(0);
  });

  it('server text cannot drive the terminal', async () => {
    const hostile = { ...PAID_ORDER, status: 'paid\u001b[2J\u001b]0;pwned\u0007', items: [{ name: 'x\u202ey\r\nz' }] };
    const result = await runWith(['orders', 'get', ORDER_ID], { env: PLAIN, fetch: api(hostile).fetch, tty: true });
    expect(result.stdout).not.toMatch(TERMINAL_CONTROL);
    expect(result.stdout).toContain('STATUS      paid\n');
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe(`${' '.repeat(10)}xy z`);
  });

  it('colour only for our own header, and not with NO_COLOR', async () => {
    const coloured = await runWith(['orders', 'get', ORDER_ID], { env: ENV, fetch: api().fetch, tty: true });
    expect(coloured.stdout).toContain('\u001b[1mPRICE ID');
    expect(coloured.stdout.replaceAll('\u001b[1m', '').replaceAll('\u001b[22m', '')).not.toMatch(TERMINAL_CONTROL);
    const plain = await runWith(['orders', 'get', ORDER_ID], { env: PLAIN, fetch: api().fetch, tty: true });
    expect(plain.stdout).not.toContain('\u001b');
  });

  it('a malformed ID: exit 2, one line naming it, nothing sent', async () => {
    const { fetch, requests } = api();
    const result = await runWith(['orders', 'get', 'not-an-id'], { env: ENV, fetch });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^hl-orders: ID must be an order id, .* got "not-an-id"\./);
    expect(result.stderr.split('\n')).toHaveLength(2);
    expect(requests).toHaveLength(0);
  });

  it('an unknown order: exit 1 and what to check; as JSON with --format json', async () => {
    const none = fakeApi({}).fetch;
    const text = await runWith(['orders', 'get', ORDER_ID], { env: ENV, fetch: none });
    expect(text.code).toBe(1);
    expect(text.stderr).toMatch(/^hl-orders: GET .* found nothing \(404: .*\)\. Check the ids/);
    const asJson = await runWith(['orders', 'get', ORDER_ID, '--format', 'json'], { env: ENV, fetch: none });
    expect(JSON.parse(asJson.stderr).error).toMatchObject({ name: 'NotFoundError', exitCode: 1 });
  });

  it('no token: exit 4 and how to get going', async () => {
    const result = await runWith(['orders', 'get', ORDER_ID], { env: {} });
    expect(result.code).toBe(4);
    expect(result.stderr).toMatch(/^hl-orders: No API token/);
  });

  it('the ID is required', async () => {
    const result = await runWith(['orders', 'get'], { env: ENV });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/missing required argument 'ID'/);
  });
});
