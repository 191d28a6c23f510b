// The checkpoint that makes an export resumable: saved atomically, read back
// strictly, never holding filter values, and old (version 1) files understood.
import { lstat, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Checkpoint,
  checkpointPath,
  loadCheckpoint,
  queryHash,
  removeCheckpoint,
  saveCheckpoint,
} from '../../src/checkpoint.js';
import { UsageError } from '../../src/exit-codes.js';
import { tokenRedactor } from '../../src/redact-token.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hl-orders-checkpoint-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const query = { altId: 'loc1', paymentStatus: 'paid' as const, search: 'secret words' };
const checkpoint = (fields: Partial<Checkpoint> = {}): Checkpoint => ({
  version: 2,
  query: queryHash(query),
  format: 'ndjson',
  position: { offset: 99, after: ['65b000000000000000000099'] },
  written: 100,
  pages: 1,
  bytes: 4096,
  ...fields,
});

describe('queryHash', () => {
  it('the same query in any key order is the same export; another filter is not', () => {
    expect(queryHash({ search: 'secret words', altId: 'loc1', paymentStatus: 'paid' })).toBe(queryHash(query));
    expect(queryHash({ ...query, paymentStatus: 'unpaid' })).not.toBe(queryHash(query));
    expect(queryHash(query)).toMatch(/^sha256:[0-9a-f]{64}$/);
  });
});

describe('save and load', () => {
  it('round-trips, next to the output, holding no filter value', async () => {
    const output = join(dir, 'a.ndjson');
    await saveCheckpoint(output, checkpoint());
    expect(checkpointPath(output)).toBe(`${output}.checkpoint.json`);
    expect(await loadCheckpoint(output, query)).toEqual(checkpoint());
    const text = await readFile(checkpointPath(output), 'utf8');
    expect(text).not.toContain('secret words');
    expect(text).not.toContain('loc1');
  });

  it('none yet: undefined; removed: undefined again', async () => {
    const output = join(dir, 'b.ndjson');
    expect(await loadCheckpoint(output, query)).toBeUndefined();
    await saveCheckpoint(output, checkpoint());
    await removeCheckpoint(output);
    expect(await loadCheckpoint(output, query)).toBeUndefined();
    await removeCheckpoint(output); // twice is fine
  });

  it('masks the token, should an order id have carried it', async () => {
    const token = 'pit-0f3c9b1e-77aa-4d2e';
    const output = join(dir, 'c.ndjson');
    await saveCheckpoint(output, checkpoint({ position: { offset: 1, after: [token] } }), tokenRedactor([token]));
    const text = await readFile(checkpointPath(output), 'utf8');
    expect(text).not.toContain(token.slice(4, 12));
    expect(text).toContain('[redacted]');
  });

  it('a failed save leaves the previous checkpoint whole, and no temporary file behind', async () => {
    const output = join(dir, 'd.ndjson');
    await saveCheckpoint(output, checkpoint({ written: 1 }));
    const failing = () => {
      throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    };
    await expect(saveCheckpoint(output, checkpoint({ written: 2 }), failing)).rejects.toThrow(/no space left/);
    expect((await loadCheckpoint(output, query))?.written).toBe(1);
    await saveCheckpoint(output, checkpoint({ written: 3 }));
    expect((await loadCheckpoint(output, query))?.written).toBe(3);
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('never writes through a file or symlink already next to it (a shared directory): its target is left alone', async () => {
    const sub = await mkdtemp(join(dir, 'shared-'));
    const victim = join(sub, 'victim.txt');
    await writeFile(victim, 'precious data\n');
    const output = join(sub, 'orders.ndjson');
    await symlink(victim, `${checkpointPath(output)}.tmp`);
    await saveCheckpoint(output, checkpoint({ written: 4 }));
    expect(await readFile(victim, 'utf8')).toBe('precious data\n');
    expect((await loadCheckpoint(output, query))?.written).toBe(4);
    expect((await lstat(`${checkpointPath(output)}.tmp`)).isSymbolicLink()).toBe(true);
  });
});

describe('an unusable checkpoint names itself and the way out', () => {
  it.each([
    ['{"version":2,"query"', /is not valid JSON \(it was cut short or edited\)/],
    ['null', /is not an hl-orders checkpoint/],
    ['{"version":3}', /is not an hl-orders checkpoint this version understands/],
    [JSON.stringify({ ...checkpoint(), written: -1 }), /this version understands/],
    [JSON.stringify({ ...checkpoint(), position: { offset: 1, after: [''] } }), /this version understands/],
  ])('%s', async (text, why) => {
    const output = join(dir, 'bad.ndjson');
    await writeFile(checkpointPath(output), text);
    const error = await loadCheckpoint(output, query).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(why);
    expect((error as Error).message).toContain(`${checkpointPath(output)} `);
    expect((error as Error).message).toMatch(/Run the same command with --restart to start over/);
  });
});

describe('version 1 (hl-orders 0.x)', () => {
  const v1 = {
    version: 1,
    query,
    format: 'csv',
    nextOffset: 200,
    written: 200,
    pages: 2,
    bytes: 9000,
    recentIds: ['id198', 'id199'],
  };

  it('becomes a position after the last ids written, for the same query', async () => {
    const output = join(dir, 'v1.csv');
    await writeFile(checkpointPath(output), JSON.stringify(v1));
    expect(await loadCheckpoint(output, query)).toEqual({
      version: 2,
      query: queryHash(query),
      format: 'csv',
      position: { offset: 199, after: ['id198', 'id199'] },
      written: 200,
      pages: 2,
      bytes: 9000,
    });
  });

  it('for other filters, a hash that matches no query (resuming is then refused)', async () => {
    const output = join(dir, 'v1-other.csv');
    await writeFile(checkpointPath(output), JSON.stringify(v1));
    const loaded = await loadCheckpoint(output, { ...query, paymentStatus: 'unpaid' });
    expect(loaded?.query).not.toBe(queryHash({ ...query, paymentStatus: 'unpaid' }));
  });
});
