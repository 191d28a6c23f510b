// Reading back the ids of an export file (needed when a resumed export lost its
// place and must skip what the file already holds), in every format, whole or
// cut off by a crash, written by the same writers the export uses.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Order } from '@hl-orders/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportWriter } from '../../src/output/formats.js';
import { readExportedIds } from '../../src/output/read-ids.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hl-orders-read-ids-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const orders = ['65b000000000000000000001', '65b000000000000000000002', '65b000000000000000000003'].map(
  (_id, i) =>
    ({
      _id,
      altId: 'loc1',
      altType: 'location',
      status: 'completed',
      contactName: i === 1 ? 'Line\nbreak, "quoted", =formula' : `Contact ${i}`,
      amount: 10 + i,
      createdAt: '2024-01-01T00:00:00.000Z',
      updatedAt: '2024-01-01T00:00:00.000Z',
    }) as Order,
);

async function read(path: string, format: 'ndjson' | 'csv' | 'json'): Promise<string[]> {
  const ids: string[] = [];
  for await (const id of readExportedIds(path, format)) ids.push(id);
  return ids;
}

describe.each(['ndjson', 'csv', 'json'] as const)('%s', (format) => {
  const writer = exportWriter(format);
  const body = orders.map((order, i) => writer.item(order, i === 0)).join('');

  it('a finished export: every id, in order', async () => {
    const path = join(dir, `whole.${format}`);
    await writeFile(path, writer.head + body + writer.tail);
    expect(await read(path, format)).toEqual(orders.map((o) => o._id));
  });

  it('an export cut off after its last whole order (a crash, before the tail): every id', async () => {
    const path = join(dir, `cut.${format}`);
    await writeFile(path, writer.head + body);
    expect(await read(path, format)).toEqual(orders.map((o) => o._id));
  });
});
