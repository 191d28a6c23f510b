// Auto-pagination over offset/limit. The API has no cursor and its totalCount
// can't be trusted alone (the vendor's own example pairs one order with
// totalCount 0), so paging stops on an empty or short page, never loops
// forever, and never yields an order twice even when orders are inserted while
// it pages (they shift later pages; the repeats are dropped by _id).
import type { ListOrdersQuery, ListOrdersResponse, Order } from '@hl-orders/types';
import { APIUserAbortError, HlOrdersError, ValidationError } from './errors.js';

/** Options of `client.orders.list`. */
export interface ListAllOptions {
  /** Stop after this many orders. Default: no cap (but see `toArray`). */
  maxItems?: number;
  /** Page size. Default: the query's `limit`, else 100 (the largest page, the fewest requests). */
  pageSize?: number;
  /** Cancels paging; the iteration rejects with `APIUserAbortError`. */
  signal?: AbortSignal;
  /** Per-attempt timeout in ms for each page. Default: the client's. */
  timeout?: number;
  /** Retries per page. Default: the client's. */
  maxRetries?: number;
  /**
   * Ids already delivered (for instance by an interrupted export being resumed):
   * they are not yielded again. Default: none.
   */
  seenIds?: Iterable<string>;
  /**
   * How many recent pages' ids to remember for dropping repeats. Default: all
   * of them. A repeat can only come from the pages just before (inserted orders
   * shift the list by their number), so a bounded window such as `20` keeps
   * memory constant for exports of any size.
   */
  dedupeWindow?: number;
}

/** One page, as `pages()` yields it. */
export interface OrdersPage extends ListOrdersResponse {
  /** The offset this page was requested at. */
  offset: number;
  /** The offset the next page will be requested at. */
  nextOffset: number;
  /** The orders of `data` not delivered before (what the item iterator yields). */
  fresh: Order[];
}

export type FetchPage = (
  query: ListOrdersQuery,
  options: { signal?: AbortSignal; timeout?: number; maxRetries?: number },
) => Promise<ListOrdersResponse>;

/** Every order matching a query, page after page: `for await (const order of list)`. */
export class OrderList implements AsyncIterable<Order> {
  readonly #fetchPage: FetchPage;
  readonly #query: ListOrdersQuery;
  readonly #options: ListAllOptions;

  constructor(fetchPage: FetchPage, query: ListOrdersQuery, options: ListAllOptions = {}) {
    for (const key of ['maxItems', 'pageSize', 'dedupeWindow'] as const) {
      const value = options[key];
      if (value !== undefined && !(Number.isInteger(value) && value > 0)) {
        throw new ValidationError(key, value, `${key} must be a whole number above 0 (got ${String(value)}).`);
      }
    }
    this.#fetchPage = fetchPage;
    this.#query = query;
    this.#options = options;
  }

  /** Whole pages, each with its totalCount, offset and the orders new in it. */
  async *pages(): AsyncGenerator<OrdersPage, void, undefined> {
    const { maxItems = Number.POSITIVE_INFINITY, signal, timeout, maxRetries } = this.#options;
    const limit = this.#options.pageSize ?? this.#query.limit ?? 100;
    const seen = new Set(this.#options.seenIds);
    const before = seen.size;
    const window = this.#options.dedupeWindow ?? Number.POSITIVE_INFINITY;
    const recent: string[][] = [];
    let offset = this.#query.offset ?? 0;
    let delivered = 0;
    let staleFullPages = 0;
    while (delivered < maxItems) {
      if (signal?.aborted) throw abortError(offset, signal);
      const page = await this.#fetchPage({ ...this.#query, limit, offset }, { signal, timeout, maxRetries });
      const fresh: Order[] = [];
      for (const order of page.data) {
        if (delivered + fresh.length >= maxItems) break;
        if (seen.has(order._id)) continue;
        seen.add(order._id);
        fresh.push(order);
      }
      delivered += fresh.length;
      recent.push(fresh.map((o) => o._id));
      if (recent.length > window) for (const id of recent.shift() ?? []) seen.delete(id);
      const nextOffset = offset + page.data.length;
      yield { ...page, offset, nextOffset, fresh };
      // An empty or short page is the end, whatever totalCount says.
      if (page.data.length === 0 || page.data.length < limit) return;
      // A full page with nothing new, twice running: the server is not moving
      // through the list (offset ignored?). Stop loudly rather than loop.
      staleFullPages = fresh.length === 0 ? staleFullPages + 1 : 0;
      if (staleFullPages >= 2) {
        throw new HlOrdersError(
          `Paging made no progress: two full pages up to offset ${nextOffset} held only orders already seen. The server seems to ignore offset; narrow the query (startAt/endAt) and retry.`,
        );
      }
      // totalCount ends paging only when it is plausible (it counts at least
      // what we have seen); otherwise the next page decides.
      if (page.totalCount >= before + delivered && nextOffset >= page.totalCount) return;
      offset = nextOffset;
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Order, void, undefined> {
    for await (const page of this.pages()) yield* page.fresh;
  }

  /**
   * Collects the orders into an array. A cap is required: an unbounded list can
   * be any size. Rejects with `ValidationError` without one.
   */
  async toArray(options: { maxItems: number }): Promise<Order[]> {
    const cap = options?.maxItems;
    if (!(Number.isInteger(cap) && cap > 0)) {
      throw new ValidationError(
        'maxItems',
        cap,
        'toArray needs an explicit cap, e.g. toArray({ maxItems: 10000 }); iterate with for await to stream an unbounded list.',
      );
    }
    const all: Order[] = [];
    const capped = new OrderList(this.#fetchPage, this.#query, {
      ...this.#options,
      maxItems: Math.min(cap, this.#options.maxItems ?? cap),
    });
    for await (const order of capped) all.push(order);
    return all;
  }
}

function abortError(offset: number, signal: AbortSignal): APIUserAbortError {
  return new APIUserAbortError({ method: 'GET', url: `/payments/orders?offset=${offset}` }, { cause: signal.reason });
}
