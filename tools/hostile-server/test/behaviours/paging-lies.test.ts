// Pages that never run out, and pages that ignore the offset.
import { describe, expect, it } from 'vitest';
import { ignoreOffset, infinitePages } from '../../src/index.js';
import { useServer } from '../support/use-server.js';

const start = useServer();
type Page = { data: { _id: string }[]; totalCount: number };

describe('infinitePages', () => {
  it('answers a full page of never-seen ids at any offset, claiming more to come', async () => {
    const server = await start({ orders: 3 });
    server.always(infinitePages());
    const seen = new Set<string>();
    for (const offset of [0, 25, 50, 1_000_000]) {
      const page = (await (await fetch(`${server.url}/payments/orders?offset=${offset}&limit=25`)).json()) as Page;
      expect(page.data).toHaveLength(25);
      expect(page.totalCount).toBe(offset + 50);
      for (const order of page.data) {
        expect(seen.has(order._id)).toBe(false);
        seen.add(order._id);
      }
    }
    expect(server.list.size()).toBe(3);
  });

  it('claims the totalCount it is given, and uses the default limit', async () => {
    const server = await start({ defaultLimit: 7 });
    server.use(infinitePages({ totalCount: 0 }), infinitePages({ totalCount: (offset) => offset }));
    const lying = (await (await fetch(`${server.url}/payments/orders`)).json()) as Page;
    expect([lying.data.length, lying.totalCount]).toEqual([7, 0]);
    const shrinking = (await (await fetch(`${server.url}/payments/orders?offset=3`)).json()) as Page;
    expect(shrinking.totalCount).toBe(3);
  });
});

describe('ignoreOffset', () => {
  it('answers the first page whatever the offset, with the honest totalCount', async () => {
    const server = await start({ orders: 30 });
    server.always(ignoreOffset());
    const first = server.list.page(0, 10);
    for (const offset of [0, 10, 20]) {
      const page = (await (await fetch(`${server.url}/payments/orders?offset=${offset}`)).json()) as Page;
      expect(page).toEqual({ data: first, totalCount: 30 });
    }
  });
});
