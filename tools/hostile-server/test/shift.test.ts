// Scripted shifts between pages: a client paging honestly sees orders move.
import { describe, expect, it } from 'vitest';
import { allOf, insertOrders, removeOrders } from '../src/index.js';
import { useServer } from './support/use-server.js';

const start = useServer();
type Page = { data: { _id: string }[]; totalCount: number };

async function pageIds(url: string, offset: number, limit = 5): Promise<string[]> {
  const page = (await (await fetch(`${url}/payments/orders?offset=${offset}&limit=${limit}`)).json()) as Page;
  return page.data.map((o) => o._id);
}

describe('insertOrders', () => {
  it('inserting at the front before the second page repeats the end of the first page', async () => {
    const server = await start({ orders: 10 });
    server.beforeEach(insertOrders(2, { when: [1] }));
    const first = await pageIds(server.url, 0);
    const second = await pageIds(server.url, 5);
    expect(second.slice(0, 2)).toEqual(first.slice(3, 5));
    expect(server.list.size()).toBe(12);
  });

  it('inserts at a seeded random index: the same every run with the same seed', async () => {
    const positions: number[][] = [];
    for (let run = 0; run < 2; run++) {
      const server = await start({ orders: 20, seed: 42 });
      const original = new Set(server.list.all().map((o) => o._id));
      server.beforeEach(insertOrders(1, { at: 'random' }));
      for (let i = 0; i < 3; i++) await pageIds(server.url, 0);
      positions.push(server.list.all().flatMap((o, i) => (original.has(o._id) ? [] : [i])));
    }
    expect(positions[0]).toHaveLength(3);
    expect(positions[1]).toEqual(positions[0]);
  });
});

describe('removeOrders', () => {
  it('removing from the first page before the second one skips orders a client never sees', async () => {
    const server = await start({ orders: 10 });
    const all = server.list.all().map((o) => o._id);
    server.beforeEach(removeOrders(2, { at: 0, when: (request) => request.index === 1 }));
    const seen = [...(await pageIds(server.url, 0)), ...(await pageIds(server.url, 5))];
    expect(all.filter((id) => !seen.includes(id))).toEqual(all.slice(5, 7));
  });

  it('removes given positions, or a seeded random set', async () => {
    const server = await start({ orders: 10 });
    const all = server.list.all();
    server.beforeEach(allOf(removeOrders(0, { at: [1, 3] }), removeOrders(2)));
    await pageIds(server.url, 0);
    const left = server.list.all();
    expect(left).toHaveLength(6);
    expect(left).not.toContainEqual(all[1]);
    expect(left).not.toContainEqual(all[3]);
  });
});
