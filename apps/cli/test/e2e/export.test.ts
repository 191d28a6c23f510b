// `hl-orders orders export`, the built binary against the simulator: formats,
// pacing, interruption and resumption, and orders inserted while it pages.
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Order } from '@hl-orders/client';
import { type RunningSimulator, type SimulatorOptions, startSimulator } from '@hl-orders/mock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../support/csv.js';
import { run, start } from '../support/run-cli.js';

const TOKEN = 'cli-export-token-55aa';
let dir: string;
const sims: RunningSimulator[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hl-orders-export-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
afterEach(async () => {
  await Promise.all(sims.splice(0).map((s) => s.stop()));
});

async function simulator(options: SimulatorOptions) {
  const sim = await startSimulator({ token: TOKEN, rateLimit: false, ...options });
  sims.push(sim);
  const env = { HIGHLEVEL_TOKEN: TOKEN, HIGHLEVEL_LOCATION_ID: sim.locationId, HIGHLEVEL_BASE_URL: sim.url };
  return { sim, env };
}

const ndjsonIds = (text: string) =>
  text
    .trimEnd()
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as Order)._id);

function expectExactly(actual: string[], expected: string[]) {
  expect(new Set(actual).size, 'an order was written twice').toBe(actual.length);
  expect([...actual].sort()).toEqual([...expected].sort());
}

describe('formats', () => {
  it('NDJSON to a file, every order once, and a summary on stderr', async () => {
    const { sim, env } = await simulator({ count: 430, seed: 3 });
    const out = join(dir, 'all.ndjson');
    const result = await run(['orders', 'export', '-o', out], env);
    expect(result.code, result.stderr).toBe(0);
    expect(ndjsonIds(await readFile(out, 'utf8'))).toEqual(sim.orders().map((o) => o._id));
    expect(result.stderr).toMatch(/^Exported 430 orders in 5 pages to .*all\.ndjson in [\d.]+ s \(0 retries/m);
    await expect(stat(`${out}.checkpoint.json`)).rejects.toThrow(); // removed when done
  });

  it('JSON (from the extension) is one valid array, also when empty', async () => {
    const { sim, env } = await simulator({ count: 120, seed: 4 });
    const out = join(dir, 'all.json');
    expect((await run(['orders', 'export', '-o', out], env)).code).toBe(0);
    const parsed = JSON.parse(await readFile(out, 'utf8')) as Order[];
    expect(parsed.map((o) => o._id)).toEqual(sim.orders().map((o) => o._id));
    const none = join(dir, 'none.json');
    expect((await run(['orders', 'export', '-o', none, '--status', 'no-such-status'], env)).code).toBe(0);
    expect(JSON.parse(await readFile(none, 'utf8'))).toEqual([]);
  });

  it('CSV escapes commas, quotes and line breaks', async () => {
    const tricky = [
      'Bond, James',
      'Ada "the Countess" Lovelace',
      'Line one\nline two',
      'Carriage\r\nreturn',
      'plain',
      '',
    ].map(
      (name, i): Order => ({
        _id: `65a000000000000000000${String(i).padStart(3, '0')}`,
        altId: '3SwdhCu3svxI8AKsPJt6',
        altType: 'location',
        status: 'completed',
        sourceType: 'funnel',
        contactName: name,
        sourceMeta: { domain: 'a,b.example', note: 'say "hi"' },
        amount: 12.5,
        createdAt: `2026-01-0${i + 1}T00:00:00.000Z`,
        updatedAt: `2026-01-0${i + 1}T00:00:00.000Z`,
      }),
    );
    const { env } = await simulator({ orders: tricky });
    const result = await run(['orders', 'export', '--format', 'csv'], env);
    expect(result.code, result.stderr).toBe(0);
    const rows = parseCsv(result.stdout);
    const header = rows[0]!;
    const col = (name: string) => header.indexOf(name);
    const byId = new Map(rows.slice(1).map((r) => [r[col('_id')], r]));
    expect(byId.size).toBe(tricky.length);
    for (const order of tricky) {
      const row = byId.get(order._id)!;
      expect(row).toHaveLength(header.length);
      expect(row[col('contactName')]).toBe(order.contactName);
      expect(JSON.parse(row[col('sourceMeta')]!)).toEqual(order.sourceMeta);
      expect(row[col('amount')]).toBe('12.5');
    }
  });

  it('to stdout as NDJSON, data only: the summary goes to stderr', async () => {
    const { sim, env } = await simulator({ count: 55, seed: 5 });
    const result = await run(['orders', 'export', '--limit', '20'], env);
    expect(ndjsonIds(result.stdout)).toEqual(sim.orders().map((o) => o._id));
    expect(result.stderr).toMatch(/Exported 55 orders in 3 pages to stdout/);
  });
});

describe('rate limits and faults', () => {
  it('stays under the burst limit: no 429 at all', async () => {
    const { sim, env } = await simulator({ count: 1200, seed: 6, rateLimit: { max: 4, intervalMs: 1000 } });
    const out = join(dir, 'paced.ndjson');
    const result = await run(['orders', 'export', '-o', out], env);
    expect(result.code, result.stderr).toBe(0);
    expectExactly(
      ndjsonIds(await readFile(out, 'utf8')),
      sim.orders().map((o) => o._id),
    );
    expect(sim.stats().rateLimited).toBe(0);
    expect(result.stderr).toMatch(/paced for the rate limit/);
  });

  it('recovers from 5xx bursts, resets and truncated pages, and counts the retries', async () => {
    const { sim, env } = await simulator({
      count: 500,
      seed: 8,
      faults: {
        failures: [
          { kind: 'status', status: 503, count: 2 },
          { kind: 'reset' },
          { kind: 'truncate' },
          { kind: 'html' },
        ],
      },
    });
    const out = join(dir, 'faulty.ndjson');
    const result = await run(['orders', 'export', '-o', out, '--max-retries', '5'], env);
    expect(result.code, result.stderr).toBe(0);
    expectExactly(
      ndjsonIds(await readFile(out, 'utf8')),
      sim.orders().map((o) => o._id),
    );
    expect(result.stderr).toMatch(/\(5 retries/);
  });

  it('loses and repeats nothing while orders are being inserted', async () => {
    const { sim, env } = await simulator({ count: 700, seed: 9 });
    const before = sim.orders().map((o) => o._id);
    sim.setInsertEvery({ requests: 1, count: 7 });
    const out = join(dir, 'moving.ndjson');
    const result = await run(['orders', 'export', '-o', out], env);
    expect(result.code, result.stderr).toBe(0);
    const written = ndjsonIds(await readFile(out, 'utf8'));
    expect(new Set(written).size).toBe(written.length);
    for (const id of before) expect(written).toContain(id);
    expect(sim.stats().inserted).toBeGreaterThan(0);
  });
});

describe('interrupted exports resume without losing or repeating an order', () => {
  async function interruptAfterPages(args: string[], env: Record<string, string>, out: string, signal: NodeJS.Signals) {
    const running = start(args, env);
    // Wait until at least two pages are checkpointed, then interrupt.
    for (let i = 0; i < 400; i++) {
      const cp = await readFile(`${out}.checkpoint.json`, 'utf8').catch(() => '');
      if (cp && JSON.parse(cp).pages >= 2) break;
      await new Promise((r) => setTimeout(r, 25));
    }
    running.child.kill(signal);
    return running.done;
  }

  it.each([
    ['Ctrl-C (SIGINT)', 'SIGINT', 'ndjson'],
    ['a crash (SIGKILL)', 'SIGKILL', 'ndjson'],
    ['Ctrl-C during a CSV export', 'SIGINT', 'csv'],
    ['a crash during a JSON export', 'SIGKILL', 'json'],
  ] as const)('%s', async (_name, signal, format) => {
    const { sim, env } = await simulator({ count: 900, seed: 10, faults: { latencyMs: 60 } });
    const out = join(dir, `resumed-${signal}.${format}`);
    const args = ['orders', 'export', '-o', out, '--limit', '50'];
    const first = await interruptAfterPages(args, env, out, signal);
    if (signal === 'SIGINT') {
      expect(first.code).toBe(130);
      expect(first.stderr).toMatch(/Interrupted: \d+ orders written to .* Run the same command with --resume/);
    } else {
      expect(first.signal).toBe('SIGKILL');
    }
    // Without --resume it refuses to overwrite the interrupted export.
    const refused = await run(args, env);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/--resume to continue it, or --restart/);
    // And with other filters it refuses to resume.
    expect((await run([...args, '--resume', '--status', 'completed'], env)).code).toBe(2);

    sim.setLatency(0);
    const second = await run([...args, '--resume'], env);
    expect(second.code, second.stderr).toBe(0);
    const text = await readFile(out, 'utf8');
    const written =
      format === 'ndjson'
        ? ndjsonIds(text)
        : format === 'json'
          ? (JSON.parse(text) as Order[]).map((o) => o._id)
          : parseCsv(text)
              .slice(1)
              .map((r) => r[0]!);
    expectExactly(
      written,
      sim.orders().map((o) => o._id),
    );
    if (format === 'csv') expect(text.match(/^_id,/gm)).toHaveLength(1);
  });

  it('--restart starts over', async () => {
    const { sim, env } = await simulator({ count: 300, seed: 11, faults: { latencyMs: 50 } });
    const out = join(dir, 'restart.ndjson');
    const args = ['orders', 'export', '-o', out, '--limit', '25'];
    await interruptAfterPages(args, env, out, 'SIGKILL');
    sim.setLatency(0);
    expect((await run([...args, '--restart'], env)).code).toBe(0);
    expectExactly(
      ndjsonIds(await readFile(out, 'utf8')),
      sim.orders().map((o) => o._id),
    );
  });

  it('an export to stdout cannot be resumed, and says so', async () => {
    const { env } = await simulator({ count: 10 });
    const result = await run(['orders', 'export', '--resume'], env);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/need --output FILE/);
  });
});
