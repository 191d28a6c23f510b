// `hl-orders orders list`, the built binary against the simulator and the Prism mock.

import { type RunningMock, type RunningSimulator, startMock, startSimulator } from '@hl-orders/mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../support/csv.js';
import { run } from '../support/run-cli.js';

const TOKEN = 'cli-e2e-token-7c1d9a';
let sim: RunningSimulator;
let prism: RunningMock;
let env: Record<string, string>;

beforeAll(async () => {
  [sim, prism] = await Promise.all([
    startSimulator({ count: 300, seed: 7, token: TOKEN, rateLimit: false }),
    startMock(),
  ]);
  env = { HIGHLEVEL_TOKEN: TOKEN, HIGHLEVEL_LOCATION_ID: sim.locationId, HIGHLEVEL_BASE_URL: sim.url };
});
afterAll(async () => {
  await Promise.all([sim?.stop(), prism?.stop()]);
});

const ids = (stdout: string) => (JSON.parse(stdout) as { data: { _id: string }[] }).data.map((o) => o._id);

describe('filters: each flag selects exactly what the API would', () => {
  const records = () => sim.records();
  const cases: [string, string[], (r: ReturnType<typeof records>[number]) => boolean][] = [
    ['--status', ['--status', 'refunded'], (r) => r.order.status === 'refunded'],
    ['--payment-status', ['--payment-status', 'paid'], (r) => r.paymentStatus === 'paid'],
    ['--payment-mode', ['--payment-mode', 'test'], (r) => r.order.liveMode === false],
    [
      '--from/--to',
      ['--from', '2026-03-01', '--to', '2026-06-30'],
      (r) => r.order.createdAt.slice(0, 10) >= '2026-03-01' && r.order.createdAt.slice(0, 10) <= '2026-06-30',
    ],
  ];
  it.each(cases)('%s', async (_name, flags, keep) => {
    const result = await run(['orders', 'list', ...flags, '--limit', '100', '--format', 'json'], env);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const expected = records().filter(keep);
    expect(expected.length).toBeGreaterThan(0);
    expect(ids(result.stdout)).toEqual(expected.slice(0, 100).map((r) => r.order._id));
    expect(JSON.parse(result.stdout).totalCount).toBe(expected.length);
  });

  it('--contact, --source, --search and --funnel-products', async () => {
    const target = records().find((r) => r.funnelProductIds.length > 0 && r.order.contactName)!;
    for (const [flag, value, keep] of [
      ['--contact', target.order.contactId!, (r: typeof target) => r.order.contactId === target.order.contactId],
      ['--source', target.order.sourceId!, (r: typeof target) => r.order.sourceId === target.order.sourceId],
      [
        '--funnel-products',
        `nope,${target.funnelProductIds[0]}`,
        (r: typeof target) => r.funnelProductIds.includes(target.funnelProductIds[0]!),
      ],
    ] as const) {
      const result = await run(['orders', 'list', flag, value, '--limit', '100', '--format', 'json'], env);
      expect(result.code, `${flag}: ${result.stderr}`).toBe(0);
      expect(ids(result.stdout)).toEqual(
        records()
          .filter(keep)
          .slice(0, 100)
          .map((r) => r.order._id),
      );
    }
    const name = target.order.contactName!.split(' ')[0]!.toUpperCase();
    const found = await run(['orders', 'list', '--search', name, '--limit', '100', '--format', 'json'], env);
    expect(ids(found.stdout)).toContain(target.order._id);
  });

  it('--limit and --offset page through the list', async () => {
    const result = await run(['orders', 'list', '--limit', '5', '--offset', '10', '--format', 'json'], env);
    expect(ids(result.stdout)).toEqual(
      sim
        .orders()
        .slice(10, 15)
        .map((o) => o._id),
    );
  });
});

describe('formats', () => {
  it('JSON when piped, with totalCount', async () => {
    const result = await run(['orders', 'list'], env);
    const page = JSON.parse(result.stdout);
    expect(page.data).toHaveLength(10);
    expect(page.totalCount).toBe(300);
  });

  it('ndjson: one order a line', async () => {
    const result = await run(['orders', 'list', '--format', 'ndjson', '--limit', '7'], env);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(7);
    expect(lines.map((l) => JSON.parse(l)._id)).toEqual(
      sim
        .orders()
        .slice(0, 7)
        .map((o) => o._id),
    );
  });

  it('csv: a header of every order field, then one row per order', async () => {
    const result = await run(['orders', 'list', '--format', 'csv', '--limit', '4'], env);
    const rows = parseCsv(result.stdout);
    expect(rows[0]?.slice(0, 3)).toEqual(['_id', 'altId', 'altType']);
    expect(rows).toHaveLength(5);
    expect(rows.slice(1).map((r) => r[0])).toEqual(
      sim
        .orders()
        .slice(0, 4)
        .map((o) => o._id),
    );
  });

  it('table: readable columns and a count on stderr; colour only when allowed', async () => {
    // CI=true must not turn colour on for piped output (picocolors' default would).
    const plain = await run(['orders', 'list', '--format', 'table', '--limit', '3'], { ...env, CI: 'true' });
    const lines = plain.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^ID\s+CREATED\s+STATUS\s+AMOUNT\s+CONTACT\s+SOURCE$/);
    expect(lines).toHaveLength(4);
    expect(plain.stdout).not.toContain('\u001b[');
    expect(plain.stderr).toBe('orders 1-3 of 300\n');
    const forced = await run(['orders', 'list', '--format', 'table', '--limit', '1'], { ...env, FORCE_COLOR: '1' });
    expect(forced.stdout).toContain('\u001b[1m');
    const noColor = await run(['orders', 'list', '--format', 'table', '--limit', '1'], {
      ...env,
      FORCE_COLOR: '1',
      NO_COLOR: '1',
    });
    expect(noColor.stdout).not.toContain('\u001b[');
  });
});

describe('mistakes get one clear line and the right exit code', () => {
  it.each([
    [['orders', 'list', '--bogus'], 2, /unknown option '--bogus'/],
    [['orders', 'list', '--limit', 'ten'], 2, /--limit must be a whole number, got "ten"/],
    [['orders', 'list', '--limit', '500'], 2, /--limit: limit must be at most 100/],
    [['orders', 'list', '--from', '2024-02-30'], 2, /--from: startAt is not a real calendar date/],
    [['orders', 'list', '--from', '2024-03-01', '--to', '2024-02-01'], 2, /startAt \(2024-03-01\) is after endAt/],
    [
      ['orders', 'list', '--payment-status', 'pending'],
      2,
      /Allowed choices are paid, unpaid, refunded, partially_paid/,
    ],
    [['orders', 'list', '--format', 'xml'], 2, /--format must be one of table, json, ndjson, csv/],
    [['orders', 'frobnicate'], 2, /unknown command 'frobnicate'/],
    [['orders'], 2, /Usage: hl-orders orders[\s\S]*list[\s\S]*export/],
  ])('%j → exit %i', async (args, code, message) => {
    const result = await run(args, env);
    expect(result.code).toBe(code);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(result.stdout).toBe('');
  });

  it('without a token, says exactly how to get going (exit 4)', async () => {
    const result = await run(['orders', 'list'], {});
    expect(result.code).toBe(4);
    expect(result.stderr).toMatch(/HIGHLEVEL_TOKEN/);
    expect(result.stderr).toMatch(/hl-orders orders list --mock/);
    expect(result.stderr).toMatch(/payments\/orders\.readonly/);
  });

  it('a bad token: exit 4, what to do, and never the token', async () => {
    const bad = 'pit-wrong-token-0123456789';
    const result = await run(['orders', 'list'], { ...env, HIGHLEVEL_TOKEN: bad });
    expect(result.code).toBe(4);
    expect(result.stderr).toMatch(/^hl-orders: GET .* was refused.*payments\/orders\.readonly/);
    expect(result.stderr + result.stdout).not.toContain(bad);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('a location the token cannot read: exit 4', async () => {
    const result = await run(['orders', 'list', '--location', 'someone-else'], env);
    expect(result.code).toBe(4);
    expect(result.stderr).toMatch(/403/);
  });

  it('errors as one JSON line with --format json', async () => {
    const result = await run(['orders', 'list', '--format', 'json', '--to', 'soon'], env);
    expect(result.code).toBe(2);
    const line = JSON.parse(result.stderr);
    expect(line.error).toMatchObject({ name: 'ValidationError', exitCode: 2 });
    expect(line.error.message).toMatch(/--to/);
  });

  it('an unreachable API: exit 1 with what to check', async () => {
    const result = await run(['orders', 'list', '--max-retries', '0'], {
      ...env,
      HIGHLEVEL_BASE_URL: 'http://127.0.0.1:9',
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/got no complete answer.*Check the network and baseUrl/);
  });
});

describe('the contract: every flag at once is a valid request to the Prism mock', () => {
  it('Prism (with --errors) accepts it and the page comes back', async () => {
    const result = await run(
      [
        'orders',
        'list',
        '--status',
        'completed',
        '--payment-status',
        'partially_paid',
        '--payment-mode',
        'live',
        '--from',
        '2024-02-01',
        '--to',
        '2024-02-13',
        '--search',
        'Awesome, "order"',
        '--contact',
        'XPLSw2SVagl12LMDeTmQ',
        '--source',
        '61dd0c7dc077f712a5f787ff',
        '--funnel-products',
        '61dd0c7dc077f712a5f787ff,61d6afc9d39ac5e35965c017',
        '--limit',
        '20',
        '--offset',
        '0',
        '--format',
        'json',
      ],
      { HIGHLEVEL_TOKEN: TOKEN, HIGHLEVEL_LOCATION_ID: '3SwdhCu3svxI8AKsPJt6', HIGHLEVEL_BASE_URL: prism.url },
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).data[0]._id).toBe('653f5e0cde5a1314e62a837c');
  });
});

describe('conventions', () => {
  it('--version and --help on every command, with examples', async () => {
    expect((await run(['--version'])).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    for (const args of [
      ['--help'],
      ['orders', '--help'],
      ['orders', 'list', '--help'],
      ['orders', 'export', '--help'],
    ]) {
      const result = await run(args);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/Usage: hl-orders/);
    }
    expect((await run(['orders', 'export', '--help'])).stdout).toMatch(/Examples:[\s\S]*--resume/);
    expect((await run(['orders', 'list', '--help'])).stdout).toMatch(/Exit codes:/);
  });

  it('--mock needs no token and prints orders', async () => {
    const result = await run(['orders', 'list', '--mock', '--format', 'table']);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n').length).toBeGreaterThan(5);
  });
});
