// `orders export` against a hostile API: the user's files are never
// overwritten unasked, and every order that exists for the whole export is
// written exactly once, through shifting lists, crashes and resumes; a broken
// checkpoint or a broken server gives one true line.
import { mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type HostileServer,
  hostileOrder,
  infinitePages,
  type Order,
  startHostileServer,
} from '@hl-orders/hostile-server';
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../support/csv.js';
import { run, start } from '../support/run-cli.js';

const TOKEN = 'pit-export-9c2e1a7b-4d4c-8e9a-1f5d6e7f8a9b';
let dir: string;
const servers: HostileServer[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hl-orders-integrity-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.stop()));
});

async function api(orders: number | Order[], seed = 1) {
  const server = await startHostileServer({ orders, seed });
  servers.push(server);
  const env = { HIGHLEVEL_TOKEN: TOKEN, HIGHLEVEL_LOCATION_ID: server.list.altId, HIGHLEVEL_BASE_URL: server.url };
  return { server, env };
}

let files = 0;
const fresh = (ext: string) => join(dir, `out-${++files}.${ext}`);

/** The `_id`s in an export file, in file order. */
async function idsIn(path: string): Promise<string[]> {
  const text = await readFile(path, 'utf8');
  if (path.endsWith('.csv')) {
    const [header, ...rows] = parseCsv(text);
    const column = (header ?? []).indexOf('_id');
    return rows.map((r) => (r[column] ?? '').replace(/^'(?=[=+\-@\t\r])/, ''));
  }
  if (path.endsWith('.json')) return (JSON.parse(text) as Order[]).map((o) => o._id);
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as Order)._id);
}

describe("the user's files", () => {
  it('an existing file is never overwritten without --force', async () => {
    const { env } = await api(30);
    const out = fresh('ndjson');
    await writeFile(out, 'my precious data\n');
    const refused = await run(['orders', 'export', '-o', out], env);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/already exists: pass --force to overwrite it/);
    expect(await readFile(out, 'utf8')).toBe('my precious data\n');

    const forced = await run(['orders', 'export', '-o', out, '--force'], env);
    expect(forced.code, forced.stderr).toBe(0);
    expect(await idsIn(out)).toHaveLength(30);
  });

  it('--resume with no checkpoint does not overwrite a finished export either', async () => {
    const { env } = await api(12);
    const out = fresh('csv');
    expect((await run(['orders', 'export', '-o', out], env)).code).toBe(0);
    const before = await readFile(out, 'utf8');
    const resumed = await run(['orders', 'export', '-o', out, '--resume'], env);
    expect(resumed.code).toBe(2);
    expect(resumed.stderr).toMatch(/exists but there is no checkpoint.*--force/);
    expect(await readFile(out, 'utf8')).toBe(before);
  });

  it.each([
    ['cut short', '{"version":2,"query":"sha'],
    ['foreign', '{"hello":"world"}'],
    ['of another shape', '{"version":2,"query":"x","format":"ndjson","written":-1,"pages":0,"bytes":0}'],
    ['not JSON at all', '\u0000\u0001binary'],
  ])('a checkpoint %s: one line naming it and the way out; --restart never reads it', async (_, content) => {
    const { env } = await api(20);
    const out = fresh('ndjson');
    await writeFile(out, 'partial\n');
    await writeFile(`${out}.checkpoint.json`, content);
    const result = await run(['orders', 'export', '-o', out, '--resume'], env);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(`${out}.checkpoint.json`);
    expect(result.stderr).toMatch(/--restart/);
    expect(result.stderr).not.toMatch(/unexpected|at .*\.js:\d+/);

    const restarted = await run(['orders', 'export', '-o', out, '--restart'], env);
    expect(restarted.code, restarted.stderr).toBe(0);
    expect(await idsIn(out)).toHaveLength(20);
    expect(await readdir(dir)).not.toContain(`${out.split('/').pop()}.checkpoint.json`);
  });
});

describe('a full disk', () => {
  it.skipIf(process.platform !== 'linux')(
    'one line, exit 1, and no false claim that --resume will continue',
    async () => {
      const { env } = await api(30);
      // A path whose writes fail with ENOSPC, with its checkpoint in a normal folder.
      const out = fresh('ndjson');
      await symlink('/dev/full', out);
      const result = await run(['orders', 'export', '-o', out, '--force', '--limit', '10'], env);
      expect(result.code).toBe(1);
      const lines = result.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^hl-orders: cannot write .*: the disk is full \(ENOSPC\)\. Free some space/);
      expect(result.stderr).not.toMatch(/unexpected|\n\s+at /);
      // Not even the start could be saved, so nothing can be resumed, and nothing says it can.
      expect(result.stderr).not.toMatch(/--resume/);
      await expect(readFile(`${out}.checkpoint.json`, 'utf8')).rejects.toThrow(/ENOENT/);
    },
  );
});

describe('a server that breaks the contract', () => {
  it('an order without _id stops the export with one line, and --resume continues once it is fixed', async () => {
    const { server, env } = await api(40);
    const out = fresh('ndjson');
    const bad = hostileOrder('missing-id', server.list.makeOrder());
    server.list.insert(25, [bad]);
    const failed = await run(['orders', 'export', '-o', out, '--limit', '10'], env);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/without an `_id`.*orders are saved in .*--resume/);
    server.list.remove((o) => !o._id);
    const resumed = await run(['orders', 'export', '-o', out, '--limit', '10', '--resume'], env);
    expect(resumed.code, resumed.stderr).toBe(0);
    const ids = await idsIn(out);
    expect(new Set(ids).size).toBe(40);
    expect([...ids].sort()).toEqual(
      server.list
        .all()
        .map((o) => o._id)
        .sort(),
    );
  });

  it('a server inventing pages forever ends the export with one line', async () => {
    const { server, env } = await api(0);
    server.always(infinitePages({ totalCount: 50 }));
    const out = fresh('ndjson');
    const result = await run(['orders', 'export', '-o', out, '--limit', '10'], env);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/far beyond the 50 orders its totalCount announced/);
    expect(server.requests.length).toBeLessThan(100);
  });
});

describe('the summary', () => {
  it('reports what was written, and says so when the list changed meanwhile', async () => {
    const { server, env } = await api(60);
    server.beforeEach((request, list) => {
      if (request.index === 2) {
        list.insert(0, 5);
        list.remove(
          list
            .all()
            .slice(40, 43)
            .map((o) => o._id),
        );
      }
    });
    const out = fresh('ndjson');
    const result = await run(['orders', 'export', '-o', out, '--limit', '10'], env);
    expect(result.code, result.stderr).toBe(0);
    const ids = await idsIn(out);
    expect(result.stderr).toContain(`Exported ${ids.length} orders`);
    expect(result.stderr).toMatch(/The API now counts 62 matching orders, the file has \d+/);
  });

  it('--max-orders stops there and says how many match', async () => {
    const { env } = await api(50);
    const out = fresh('ndjson');
    const result = await run(['orders', 'export', '-o', out, '--limit', '10', '--max-orders', '15'], env);
    expect(result.code, result.stderr).toBe(0);
    expect(await idsIn(out)).toHaveLength(15);
    expect(result.stderr).toMatch(/Stopped at --max-orders: 50 orders match/);
  });
});

type Change = { insert: number; at: number } | { remove: number; at: number } | { removeWritten: true };

const changeArb: fc.Arbitrary<Change> = fc.oneof(
  fc.record({ insert: fc.integer({ min: 1, max: 15 }), at: fc.nat(500) }),
  fc.record({ remove: fc.integer({ min: 1, max: 15 }), at: fc.nat(500) }),
  fc.constant({ removeWritten: true as const }),
);

describe('crashes, shifting lists and resumes: every order that exists throughout, exactly once', () => {
  it('holds for random lists, changes, formats and kill points', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          size: fc.nat(90),
          limit: fc.integer({ min: 2, max: 15 }),
          killAt: fc.integer({ min: 1, max: 8 }),
          during: fc.array(fc.tuple(fc.nat(10), changeArb), { maxLength: 4 }),
          between: fc.array(changeArb, { maxLength: 3 }),
          format: fc.constantFrom('ndjson', 'csv', 'json'),
        }),
        async ({ size, limit, killAt, during, between, format }) => {
          const { server, env } = await api(size, size + limit);
          const initial = server.list.all().map((o) => o._id);
          const removed = new Set<string>();
          const out = fresh(format);
          const apply = async (change: Change) => {
            const list = server.list;
            if ('insert' in change) list.insert(change.at % (list.size() + 1), change.insert);
            else {
              const written = new Set('removeWritten' in change ? await idsIn(out).catch(() => []) : []);
              const victims =
                'remove' in change
                  ? list
                      .all()
                      .slice(
                        change.at % Math.max(1, list.size()),
                        (change.at % Math.max(1, list.size())) + change.remove,
                      )
                  : list.all().filter((o) => written.has(o._id));
              for (const v of list.remove(victims.map((o) => o._id))) removed.add(v._id);
            }
          };
          const args = ['orders', 'export', '-o', out, '--limit', String(limit), '--no-progress'];
          const first = start(args, env);
          server.beforeEach((request) => {
            if (request.index === killAt) first.child.kill('SIGKILL');
            for (const [at, change] of during)
              if (at === request.index && !('removeWritten' in change)) void apply(change);
          });
          const ended = await first.done;
          server.beforeEach(undefined);
          for (const change of between) await apply(change);
          if (ended.code !== 0) {
            const resumed = await run([...args, '--resume'], env);
            expect(resumed.code, resumed.stderr).toBe(0);
          }
          const ids = await idsIn(out);
          expect(new Set(ids).size, 'an order was written twice').toBe(ids.length);
          const missing = initial.filter((id) => !removed.has(id) && !ids.includes(id));
          expect(missing, 'orders that existed throughout are missing').toEqual([]);
        },
      ),
      { numRuns: Number(process.env.HL_ORDERS_PROPERTY_RUNS ?? 12) },
    );
  }, 300_000);
});
