// createOrdersClient: the public entry point. A thin layer over openapi-fetch
// that adds auth, the Version header and altType (middleware), input checks,
// retries with backoff, rate-limit pacing, timeouts, typed errors and
// auto-pagination, each in a module of its own.
import type { ListOrdersErrorBody, ListOrdersQuery, ListOrdersResponse } from '@hl-orders/types';
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIUserAbortError,
  errorFromResponse,
  HlOrdersError,
  InvalidResponseError,
  type RequestInfo,
} from './errors.js';
import { altTypeMiddleware, authMiddleware } from './internal/auth.js';
import { createHttp, type FetchLike, type Middleware, type RawClient } from './internal/openapi-fetch.js';
import { parseRateLimit } from './internal/rate-limit-headers.js';
import { redactError, redactor } from './internal/redact.js';
import { withRetries } from './internal/retry.js';
import { normalizeListOrdersResponse } from './normalize.js';
import { checkCount, checkTimeout, type OrdersClientOptions, resolveOptions } from './options.js';
import { type ListAllOptions, OrderList } from './pagination.js';
import type { RateLimiter } from './rate-limiter.js';
import { validateListOrdersQuery } from './validate.js';

/** Per-call options. */
export interface RequestOptions {
  /** Cancels the request (and any wait before a retry); the call rejects with `APIUserAbortError`. */
  signal?: AbortSignal;
  /** Per-attempt timeout in ms. Default: the client's `timeout` (30000). */
  timeout?: number;
  /** Retries for this call. Default: the client's `maxRetries` (2). */
  maxRetries?: number;
}

/** A client for the Orders API. */
export interface OrdersClient {
  /**
   * The raw typed openapi-fetch call: resolves to `{ data, error, response }`,
   * never throws for an HTTP status, and neither checks input nor retries.
   */
  GET: RawClient['GET'];
  /** Registers openapi-fetch middleware on every request of this client. */
  use(...middleware: Middleware[]): void;
  /** Removes middleware added with `use`. */
  eject(...middleware: Middleware[]): void;
  /**
   * Lists one page of orders. Checks the query first (`ValidationError`),
   * retries what can succeed on retry, and throws an `HlOrdersError` subclass.
   */
  listOrders(query: ListOrdersQuery, options?: RequestOptions): Promise<ListOrdersResponse>;
  readonly orders: {
    /**
     * Every order matching the query, fetched page by page as you iterate:
     * `for await (const order of client.orders.list({ altId }))`.
     */
    list(query: ListOrdersQuery, options?: ListAllOptions): OrderList;
  };
  /** The limiter pacing this client's requests, if any (share it with `rateLimiter`). */
  readonly rateLimiter: RateLimiter | undefined;
  /** The base URL requests go to. */
  readonly baseUrl: string;
}

/** Turns the failures of `fetch` itself into typed errors, for the raw client too. */
function withConnectionErrors(fetchFn: FetchLike): FetchLike {
  return async (input, init) => {
    try {
      return await fetchFn(input, init);
    } catch (error) {
      const request: RequestInfo = { method: input.method, url: input.url };
      if (input.signal?.aborted || init?.signal?.aborted) throw new APIUserAbortError(request, { cause: error });
      throw connectionError(request, error);
    }
  };
}

function connectionError(request: RequestInfo, error: unknown): APIConnectionError {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const reason = cause instanceof Error ? cause.message : String(cause);
  return new APIConnectionError(
    request,
    `${request.method} ${request.url} got no complete answer (${reason}). Check the network and baseUrl, then retry.`,
    { cause: error },
  );
}

/** Creates a client. Throws `ConfigurationError` for an unusable option. */
export function createOrdersClient(options: OrdersClientOptions): OrdersClient {
  const resolved = resolveOptions(options);
  const scrub = redactor(resolved.token);
  const limiter = resolved.rateLimiter;
  const raw = createHttp({
    baseUrl: resolved.baseUrl,
    fetch: withConnectionErrors(resolved.fetch),
    headers: resolved.headers,
    middleware: [authMiddleware(resolved.token, resolved.version), altTypeMiddleware(resolved.altType)],
  });

  /** One attempt: paced, timed out, and every failure turned into a typed error. */
  async function attempt(query: ListOrdersQuery, signal: AbortSignal | undefined, timeout: number) {
    const request: RequestInfo = { method: 'GET', url: `${resolved.baseUrl}/payments/orders` };
    const release = limiter
      ? await limiter.acquire(signal).catch((e) => Promise.reject(new APIUserAbortError(request, { cause: e })))
      : undefined;
    // One controller per attempt, aborted by the timer or by the caller's signal
    // (cheaper than AbortSignal.any on Node 20, and the timer is always cleared).
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort(new DOMException(`timed out after ${timeout} ms`, 'TimeoutError'));
    }, timeout);
    const onAbort = () => controller.abort(signal?.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    let result: Awaited<ReturnType<typeof get>>;
    const get = () => raw.GET('/payments/orders', { params: { query }, parseAs: 'text', signal: controller.signal });
    try {
      result = await get();
    } catch (error) {
      // Reading the body happens inside openapi-fetch, after fetch resolved, so a
      // timeout or reset mid-body surfaces here rather than in withConnectionErrors.
      if (signal?.aborted) throw new APIUserAbortError(request, { cause: error });
      if (timedOut) {
        throw new APIConnectionTimeoutError(
          request,
          `${request.method} ${request.url} took longer than ${timeout} ms. Raise \`timeout\` or narrow the query.`,
          { cause: error },
        );
      }
      if (error instanceof HlOrdersError) throw error;
      if (error instanceof TypeError) throw connectionError(request, error);
      throw error;
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      release?.();
    }
    const { response } = result;
    request.url = response.url || request.url;
    const rateLimit = parseRateLimit(response.headers);
    limiter?.update(rateLimit, response.status);
    const headers = Object.fromEntries(response.headers);
    if (!response.ok) {
      // openapi-fetch has already tried JSON and left a non-JSON body as text.
      const error: unknown = result.error;
      const body = typeof error === 'string' ? error.slice(0, 1000) : (error as ListOrdersErrorBody | undefined);
      throw errorFromResponse(response.status, body, headers, request, rateLimit);
    }
    const text = result.data ?? '';
    let page: ListOrdersResponse;
    try {
      page = JSON.parse(text);
    } catch {
      throw new InvalidResponseError(
        response.status,
        text.slice(0, 1000),
        headers,
        request,
        `${request.method} ${request.url} answered ${response.status} with a body that is not JSON (${text.length} bytes${
          text.length ? `, starting "${text.slice(0, 40)}"` : ''
        }). The response was cut off or came from a proxy; retry later.`,
        rateLimit,
      );
    }
    if (resolved.normalize) page = normalizeListOrdersResponse(page);
    if (!page || typeof page !== 'object' || !Array.isArray(page.data)) {
      throw new InvalidResponseError(
        response.status,
        text.slice(0, 1000),
        headers,
        request,
        `${request.method} ${request.url} answered without a \`data\` array, which the contract requires. Check baseUrl: it may not be the Orders API.`,
        rateLimit,
      );
    }
    return page;
  }

  function withAltType(query: ListOrdersQuery): ListOrdersQuery {
    return resolved.altType === null || query.altType !== undefined ? query : { ...query, altType: resolved.altType };
  }

  async function listOrders(query: ListOrdersQuery, opts: RequestOptions = {}): Promise<ListOrdersResponse> {
    const checked = withAltType(validateListOrdersQuery(query));
    const timeout = checkTimeout(opts.timeout, resolved.timeout);
    const maxRetries = checkCount('maxRetries', opts.maxRetries, resolved.maxRetries);
    try {
      return await withRetries(() => attempt(checked, opts.signal, timeout), {
        maxRetries,
        maxDelayMs: 60_000,
        signal: opts.signal,
        onRetry: resolved.onRetry,
      });
    } catch (error) {
      redactError(error, scrub);
      throw error;
    }
  }

  return {
    GET: raw.GET,
    use: raw.use,
    eject: raw.eject,
    listOrders,
    orders: {
      list: (query, opts) => new OrderList(listOrders, validateListOrdersQuery(query), opts),
    },
    rateLimiter: limiter,
    baseUrl: resolved.baseUrl,
  };
}
