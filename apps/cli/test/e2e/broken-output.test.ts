// When the output goes away or cannot be written: a reader that stops early
// (`| head`) ends the run quietly; a full disk, a directory, a missing folder or
// a path without permission get one line that names the path and says what to do.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { closeSync, openSync } from 'node:fs';
import { mkdir, mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RunningSimulator, startSimulator } from '@hl-orders/mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { order } from '../support/orders.js';
import { CLI, cleanEnv, type Result, run, start } from '../support/run-cli.js';

const TOKEN = 'cli-broken-output-token-61c0';
let sim: RunningSimulator;
let big: RunningSimulator;
let env: Record<string, string>;
let bigEnv: Record<string, string>;
let dir: string;

beforeAll(async () => {
  // Enough orders that the output is far bigger than a pipe's buffer, and slow
  // pages, so a run that kept going after its reader left would take seconds.
  sim = await startSimulator({ token: TOKEN, rateLimit: false, count: 3000, faults: { latencyMs: 150 } });
  env = { HIGHLEVEL_TOKEN: TOKEN, HIGHLEVEL_LOCATION_ID: sim.locationId, HIGHLEVEL_BASE_URL: sim.url };
  // One page of these (100 orders of 8 kB) is many times a pipe's buffer.
  big = await startSimulator({
    token: TOKEN,
    rateLimit: false,
    orders: Array.from({ length: 100 }, (_, i) => order(i, { contactName: `${i}`.padEnd(8000, '.') })),
  });
  bigEnv = { ...env, HIGHLEVEL_BASE_URL: big.url };
  dir = await mkdtemp(join(tmpdir(), 'hl-orders-broken-'));
});
afterAll(async () => {
  await Promise.all([sim?.stop(), big?.stop()]);
  await rm(dir, { recursive: true, force: true });
});

describe('the reader of stdout goes away (| head -1)', () => {
  for (const [args, which] of [
    [['orders', 'export', '--format', 'ndjson'], 'many'],
    [['orders', 'export', '--format', 'csv'], 'many'],
    [['orders', 'list', '--format', 'ndjson', '--limit', '100'], 'big'],
  ] as const) {
    it(`${args.slice(0, 4).join(' ')}: exit 0 at once, nothing on stderr`, async () => {
      const { child, done } = start([...args], which === 'big' ? bigEnv : env);
      await once(child.stdout!, 'data');
      child.stdout!.destroy();
      const closedAt = performance.now();
      const result = await done;
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(performance.now() - closedAt).toBeLessThan(2000);
    });
  }
});

/** Runs the CLI with stdout redirected to `path`, as `hl-orders ... > path` does. */
async function runToFile(args: string[], path: string): Promise<Result> {
  const fd = openSync(path, 'w');
  try {
    const child = spawn(process.execPath, [CLI, ...args], { env: cleanEnv(), stdio: ['ignore', fd, 'pipe'] });
    let stderr = '';
    child.stderr?.on('data', (c: Buffer) => {
      stderr += c.toString();
    });
    const [code, signal] = await once(child, 'close');
    return { code, signal, stdout: '', stderr };
  } finally {
    closeSync(fd);
  }
}

/** One line, exit 1, naming the path and the system's code, no stack trace, no false promise. */
function expectOneLine(result: Result, path: string, code: string, reason: RegExp) {
  expect(result.code, result.stderr).toBe(1);
  const lines = result.stderr.trimEnd().split('\n');
  expect(lines, result.stderr).toHaveLength(1);
  expect(lines[0]).toContain(`hl-orders: cannot write ${path}: `);
  expect(lines[0]).toContain(`(${code})`);
  expect(lines[0]).toMatch(reason);
  expect(lines[0]).not.toMatch(/unexpected error|--resume|\bat /);
}

describe('a file that cannot be written', () => {
  it('ENOSPC: a full disk (stdout to /dev/full), list and export', async () => {
    for (const args of [
      ['orders', 'list', '--mock', '--format', 'csv'],
      ['orders', 'export', '--mock', '--format', 'csv'],
    ]) {
      const result = await runToFile(args, '/dev/full');
      expectOneLine(result, '/dev/full', 'ENOSPC', /the disk is full.*Free some space/);
    }
  });

  it('EISDIR: -o names a directory', async () => {
    const result = await run(['orders', 'export', '--mock', '-o', dir]);
    expectOneLine(result, dir, 'EISDIR', /is a directory.*file/);
  });

  it('ENOENT: -o in a directory that does not exist', async () => {
    const path = join(dir, 'no-such-dir', 'orders.csv');
    const result = await run(['orders', 'export', '--mock', '-o', path]);
    expectOneLine(result, path, 'ENOENT', new RegExp(`mkdir -p ${join(dir, 'no-such-dir')}`));
  });

  it('EACCES: -o where the user may not write', async () => {
    // root ignores a directory's permissions; sysfs refuses to create files even for root.
    let path: string;
    if (process.getuid?.() === 0) {
      path = '/sys/kernel/hl-orders-test.csv';
    } else {
      const locked = join(dir, 'locked');
      await mkdir(locked, { mode: 0o555 });
      path = join(locked, 'orders.csv');
    }
    const expected = await open(path, 'w').then(
      async (handle) => {
        await handle.close();
        return 'writable';
      },
      (error: NodeJS.ErrnoException) => error.code,
    );
    expect(['EACCES', 'EROFS'], `${path} must be unwritable for this test`).toContain(expected);
    const result = await run(['orders', 'export', '--mock', '-o', path]);
    expectOneLine(
      result,
      path,
      expected as string,
      expected === 'EACCES' ? /permission denied.*another path/ : /read-only.*another path/,
    );
  });
});
