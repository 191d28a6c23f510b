// A tiny in-memory List Orders endpoint for unit tests, used as an injected
// fetch: it pages `orders` by offset/limit, can lie about totalCount, can ignore
// offset, and can insert orders at the front between requests.
import type { Order } from '../../src/index.js';

export function order(i: number): Order {
  return {
    _id: `order-${String(i).padStart(5, '0')}`,
    altId: 'loc',
    altType: 'location',
    status: 'completed',
    sourceType: 'funnel',
    createdAt: new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString(),
    updatedAt: new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString(),
  };
}

export interface FakeApiOptions {
  count: number;
  /** totalCount to report instead of the truth. */
  totalCount?: (truth: number) => number;
  ignoreOffset?: boolean;
  /** Called before each page is served; may mutate `orders`. */
  beforePage?: (orders: Order[], request: number) => void;
}

export function fakeApi(options: FakeApiOptions) {
  const orders = Array.from({ length: options.count }, (_, i) => order(options.count - i));
  const requests: URL[] = [];
  const fetch = async (input: Request) => {
    const url = new URL(input.url);
    requests.push(url);
    options.beforePage?.(orders, requests.length);
    const limit = Number(url.searchParams.get('limit') ?? 10);
    const offset = options.ignoreOffset ? 0 : Number(url.searchParams.get('offset') ?? 0);
    const data = orders.slice(offset, offset + limit);
    const totalCount = options.totalCount ? options.totalCount(orders.length) : orders.length;
    return Response.json({ data, totalCount });
  };
  return { orders, requests, fetch };
}
