// Auto-pagination over offset/limit, correct while the list changes under it.
//
// The API has no cursor, so an order created or deleted while we page shifts
// every later order by one: plain offsets then skip an order or repeat one.
// Instead, each page overlaps the previous one by one order, and paging goes
// on after the last order it has passed ("the anchor"), wherever that is now.
// When the overlap is not the anchor, the page is searched for it (or for one
// of the orders passed just before it, in case it was deleted), then the pages
// around it. Orders before the anchor were handled already, so nothing is
// yielded twice; orders after it are all reached, so nothing that existed for
// the whole listing is missed. Orders created or deleted meanwhile may or may
// not appear. If every recent anchor is gone, paging starts over and skips
// the orders already delivered, which needs the full list of them.
//
// A server that keeps sending pages far beyond what its totalCount makes
// plausible, or that ignores offset, stops the listing with an error.
import { type ListOrdersQuery, type ListOrdersResponse, listOrdersOperation, type Order } from '@hl-orders/types';
import type { CoreClient } from './core.js';
import { APIUserAbortError, PaginationError, ValidationError } from './errors.js';
import { callOperation, type RequestOptions } from './internal/operation.js';
import { redactError } from './internal/redact-error.js';
import { validateListOrdersQuery } from './validate.js';

/** Where a listing stands, to continue it later: from a page's `position`. */
export interface ListPosition {
  /** The index in the list where the last of `after` was seen. */
  offset: number;
  /** The ids of the orders passed most recently, oldest first; paging continues after the last one still listed. */
  after: string[];
}

/** Ids delivered earlier, or a function that returns them (called only if they are needed). */
export type SeenIds =
  | Iterable<string>
  | (() => Iterable<string> | AsyncIterable<string> | Promise<Iterable<string> | AsyncIterable<string>>);

/** Options of `client.orders.list`: those of every request, and those of paging. */
export interface ListOptions extends RequestOptions, ListAllOptions {}

/** The paging options of `client.orders.list`. */
export interface ListAllOptions {
  /** Stop after this many orders. Default: no cap (but see `toArray`). */
  maxItems?: number;
  /** Page size, 2-100. Default: the query's `limit`, else 100 (the largest page, the fewest requests). */
  pageSize?: number;
  /** Cancels paging; the iteration rejects with `APIUserAbortError`. */
  signal?: AbortSignal;
  /** Per-attempt timeout in ms for each page. Default: the client's. */
  timeout?: number;
  /** Retries per page. Default: the client's. */
  maxRetries?: number;
  /** Continue an earlier listing after the orders it had passed: the `position` of the last page it handled. */
  resume?: ListPosition;
  /**
   * Ids already delivered (for instance by an interrupted export being
   * resumed): never yielded again. Pass a function to load them only when
   * needed, i.e. when the list changed so much that paging must start over.
   * Default: none.
   */
  seenIds?: SeenIds;
  /**
   * Remember the ids of only this many recent pages, for constant memory
   * whatever the list's size. Default: every id of this listing (about 100
   * bytes an order). With a window, a list that changes beyond recognition
   * (every recently passed order deleted) needs `seenIds` as a function to
   * start over, or stops with `PaginationError`.
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
  /** Where the listing stands after this page: pass it as `resume` to continue from here later. */
  position: ListPosition;
}

/** What paging had to do, so far. */
export interface PaginationStats {
  /** Pages requested, searches included. */
  requests: number;
  /** Times the list had shifted and the place was found again. */
  resyncs: number;
  /** Times paging had to start over because the place was lost. */
  restarts: number;
  /** Orders seen again and not yielded. */
  repeatsDropped: number;
}

type FetchPage = (query: ListOrdersQuery, options: RequestOptions) => Promise<ListOrdersResponse>;

/** Full pages in a row that brought nothing new before paging is declared stuck. */
const STALL_LIMIT = 3;
/** Times paging may start over after losing its place; each costs a pass over the list. */
const MAX_RESTARTS = 10;

interface Located {
  page: ListOrdersResponse;
  offset: number;
  /** Index in `page.data` of the newest anchor found there. */
  at: number;
}

/**
 * The orders matching a query. `await` it for one page (the query's own
 * `limit` and `offset`), `for await` it for every order, page after page.
 */
export class OrderList implements AsyncIterable<Order>, Promise<ListOrdersResponse> {
  readonly #core: CoreClient;
  readonly #fetchPage: FetchPage;
  readonly #query: ListOrdersQuery;
  readonly #options: ListOptions;
  readonly #stats: PaginationStats = { requests: 0, resyncs: 0, restarts: 0, repeatsDropped: 0 };
  #firstPage: Promise<ListOrdersResponse> | undefined;
  /** A bad query or option: reported when the list is awaited or iterated, as a rejection. */
  readonly #invalid: unknown;

  constructor(core: CoreClient, query: ListOrdersQuery, options: ListOptions = {}) {
    let checked = query;
    try {
      checked = validateListOrdersQuery(query);
      OrderList.#checkOptions(options ?? {});
    } catch (error) {
      this.#invalid = redactError(error, core.transport.redact);
    }
    this.#query = checked;
    this.#core = core;
    this.#fetchPage = (q, o) => callOperation<ListOrdersResponse>(core, listOrdersOperation, { query: q }, o);
    this.#options = options ?? {};
  }

  static #checkOptions(options: ListOptions): void {
    for (const key of ['maxItems', 'pageSize', 'dedupeWindow'] as const) {
      const value = options[key];
      if (value !== undefined && !(Number.isInteger(value) && value > 0)) {
        throw new ValidationError({
          field: key,
          value,
          message: `${key} must be a whole number above 0 (got ${String(value)}).`,
        });
      }
    }
    const { resume } = options;
    if (
      resume !== undefined &&
      !(
        resume &&
        Number.isInteger(resume.offset) &&
        resume.offset >= 0 &&
        Array.isArray(resume.after) &&
        resume.after.every((id) => typeof id === 'string' && id !== '')
      )
    ) {
      throw new ValidationError({
        field: 'resume',
        value: undefined,
        message: 'resume must be the `position` of a page: { offset: a whole number >= 0, after: order ids }.',
      });
    }
  }

  /** Makes it usable wherever a `Promise` of the first page is expected. */
  readonly [Symbol.toStringTag] = 'OrderList';

  /** The first page: what `await list` resolves to. */
  // biome-ignore lint/suspicious/noThenProperty: awaiting a list for its first page is the point (one name for one page and all pages)
  then<A = ListOrdersResponse, B = never>(
    onFulfilled?: ((page: ListOrdersResponse) => A | PromiseLike<A>) | null,
    onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    const { signal, timeout, maxRetries, maxResponseBytes } = this.#options;
    this.#firstPage ??=
      this.#invalid === undefined
        ? this.#fetchPage(this.#query, { signal, timeout, maxRetries, maxResponseBytes })
        : Promise.reject(this.#invalid);
    return this.#firstPage.then(onFulfilled, onRejected);
  }

  /** The first page, or `onRejected`'s value if it fails. */
  catch<B = never>(onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<ListOrdersResponse | B> {
    return this.then(undefined, onRejected);
  }

  /** The first page, running `onFinally` when it settles. */
  finally(onFinally?: (() => void) | null): Promise<ListOrdersResponse> {
    return this.then().finally(onFinally);
  }

  /** What paging had to do so far (shifts survived, restarts, repeats dropped). */
  get stats(): PaginationStats {
    return { ...this.#stats };
  }

  /** Whole pages, each with its totalCount, the orders new in it and the position after it. */
  async *pages(): AsyncGenerator<OrdersPage, void, undefined> {
    if (this.#invalid !== undefined) throw this.#invalid;
    try {
      yield* this.#pages();
    } catch (error) {
      throw redactError(error, this.#core.transport.redact);
    }
  }

  async *#pages(): AsyncGenerator<OrdersPage, void, undefined> {
    const {
      maxItems = Number.POSITIVE_INFINITY,
      signal,
      timeout,
      maxRetries,
      maxResponseBytes,
      resume,
      seenIds,
    } = this.#options;
    // One order of each page overlaps the previous one, so a page needs two.
    const limit = Math.max(2, Math.min(100, this.#options.pageSize ?? this.#query.limit ?? 100));
    const keep = Math.max(2 * limit + 1, 250);
    const stats = this.#stats;
    let anchors = (resume?.after ?? []).slice(-keep);
    let pos = resume ? resume.offset : (this.#query.offset ?? 0);

    // Delivered ids: all of them, or a window of recent pages plus the anchors.
    const seen = new Set<string>(anchors);
    const window = this.#options.dedupeWindow;
    const recentPages: string[][] = [];
    let evicting = window !== undefined;
    let complete = window === undefined && resume === undefined;
    const loadSeen = typeof seenIds === 'function' ? seenIds : undefined;
    if (seenIds !== undefined && !loadSeen) {
      for (const id of seenIds as Iterable<string>) seen.add(id);
      complete = window === undefined;
    }
    const isSeen = (id: string) => seen.has(id) || anchors.includes(id);

    let delivered = 0;
    let stalls = 0;
    // How many requests are plausible: enough for twice the orders the server
    // says it has (orders do arrive while we page), plus slack, for each pass
    // over the list. The count it says may grow, but not without limit: a
    // server that keeps inventing orders is stopped.
    let firstTotal: number | undefined;
    let claimedTotal = 0;
    let passes = 1;
    const budget = () => {
      const total = Math.min(claimedTotal, 10 * (firstTotal ?? 0) + 10_000);
      const items = Number.isFinite(maxItems) ? maxItems : 2 * total + 10 * limit + 100;
      return passes * (2 * Math.ceil(items / (limit - 1)) + 20);
    };
    const fetch = async (offset: number): Promise<ListOrdersResponse> => {
      if (signal?.aborted) throw abortError(offset, signal);
      stats.requests++;
      if (firstTotal !== undefined && stats.requests > budget()) {
        throw new PaginationError(
          `Paging stopped after ${stats.requests - 1} requests and ${delivered} orders: the server keeps sending pages far beyond the ${claimedTotal} orders its totalCount announced. Narrow the query (startAt/endAt), or pass maxItems if the list really is that long.`,
        );
      }
      return this.#fetchPage({ ...this.#query, limit, offset }, { signal, timeout, maxRetries, maxResponseBytes });
    };
    /** Whether the last anchor found was the newest one (not an older one, while catching up with a shift). */
    let foundNewest = false;
    /** The index of the newest anchor in `data`, or -1. */
    const findAnchor = (data: Order[]): number => {
      if (anchors.length === 0) return -1;
      const index = new Map<string, number>();
      for (let i = 0; i < data.length; i++) index.set((data[i] as Order)._id, i);
      for (let a = anchors.length - 1; a >= 0; a--) {
        const at = index.get(anchors[a] as string);
        if (at !== undefined) {
          foundNewest = a === anchors.length - 1;
          return at;
        }
      }
      return -1;
    };
    /** Looks for an anchor in the pages around `pos`, nearest first, out to both ends of the list. */
    const relocate = async (): Promise<Located | undefined> => {
      const step = limit - 1;
      let leftOpen = pos > 0;
      let rightOpen = true;
      for (let k = 1; leftOpen || rightOpen; k++) {
        if (leftOpen) {
          const offset = Math.max(0, pos - k * step);
          const page = await fetch(offset);
          const at = findAnchor(page.data);
          if (at >= 0) return { page, offset, at };
          leftOpen = offset > 0;
        }
        if (rightOpen) {
          const offset = pos + k * step;
          const page = await fetch(offset);
          const at = findAnchor(page.data);
          if (at >= 0) return { page, offset, at };
          rightOpen = page.data.length >= limit;
        }
      }
      return undefined;
    };

    while (delivered < maxItems) {
      let offset = pos;
      let page = await fetch(offset);
      firstTotal ??= plausibleTotal(page, offset) ?? page.data.length;
      claimedTotal = Math.max(claimedTotal, plausibleTotal(page, offset) ?? page.data.length);
      let from = 0;
      if (anchors.length > 0) {
        let at = findAnchor(page.data);
        if (at < 0) {
          const located = await relocate();
          if (!located) {
            // Every recent anchor is gone: start over, skipping what was delivered.
            if (!complete && loadSeen) {
              for await (const id of await loadSeen()) seen.add(id);
              complete = true;
              evicting = false;
            }
            if (!complete || stats.restarts >= MAX_RESTARTS) {
              throw new PaginationError(
                complete
                  ? `Paging lost its place ${MAX_RESTARTS + 1} times: the orders it had passed keep being deleted while it pages. List again later, or narrow the query (startAt/endAt).`
                  : `Paging lost its place: the ${anchors.length} orders passed last were all deleted while paging, and without the ids of every order delivered so far starting over could repeat some. List again from the start, or pass seenIds.`,
              );
            }
            stats.restarts++;
            passes++;
            anchors = [];
            pos = 0;
            continue;
          }
          ({ page, offset, at } = located);
        }
        if (offset + at !== pos || at !== 0) stats.resyncs++;
        pos = offset + at;
        from = at + 1;
      }

      const data = page.data;
      const fresh: Order[] = [];
      let last = from - 1;
      for (let i = from; i < data.length && delivered + fresh.length < maxItems; i++) {
        const order = data[i] as Order;
        last = i;
        if (isSeen(order._id)) {
          stats.repeatsDropped++;
          continue;
        }
        seen.add(order._id);
        fresh.push(order);
      }
      const passed = last >= from;
      if (passed) {
        anchors = [...anchors, ...data.slice(from, last + 1).map((o) => o._id)].slice(-keep);
        pos = offset + last;
      } else if (anchors.length === 0) {
        pos = offset + data.length;
      }
      if (evicting) {
        recentPages.push(fresh.map((o) => o._id));
        if (recentPages.length > (window as number)) for (const id of recentPages.shift() ?? []) seen.delete(id);
      }
      delivered += fresh.length;
      yield { ...page, offset, nextOffset: pos, fresh, position: { offset: pos, after: anchors.slice() } };

      if (data.length < limit) {
        // A short page is the end, unless the server pages by fewer than we
        // asked for and its totalCount says more orders remain.
        const total = plausibleTotal(page, offset);
        if (!passed || total === undefined || offset + data.length >= total) return;
      }
      // Finding an older anchor means catching up with a shift: progress.
      stalls = passed || !foundNewest ? 0 : stalls + 1;
      if (stalls >= STALL_LIMIT) {
        throw new PaginationError(
          `Paging made no progress: ${STALL_LIMIT} full pages in a row up to offset ${offset + data.length} held only orders already passed. The server seems to ignore offset; narrow the query (startAt/endAt) and retry.`,
        );
      }
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
      throw new ValidationError({
        field: 'maxItems',
        value: cap,
        message:
          'toArray needs an explicit cap, e.g. toArray({ maxItems: 10000 }); iterate with for await to stream an unbounded list.',
      });
    }
    const all: Order[] = [];
    const capped = new OrderList(this.#core, this.#query, {
      ...this.#options,
      maxItems: Math.min(cap, this.#options.maxItems ?? cap),
    });
    for await (const order of capped) all.push(order);
    return all;
  }
}

/** totalCount when it can be true: a number at least as large as what this page shows. */
function plausibleTotal(page: ListOrdersResponse, offset: number): number | undefined {
  const total = page.totalCount;
  return typeof total === 'number' && Number.isFinite(total) && total >= offset + page.data.length ? total : undefined;
}

function abortError(offset: number, signal: AbortSignal): APIUserAbortError {
  return new APIUserAbortError({
    request: { method: 'GET', url: `/payments/orders?offset=${offset}` },
    cause: signal.reason,
  });
}
