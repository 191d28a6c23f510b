// createOrdersClient: the public entry point. Each concern lives in a module of
// its own: the request pipeline (internal/request.ts: pacing, deadline,
// redirects, body cap), what an answer means (internal/response.ts), retries
// (internal/retry.ts), input checks (validate.ts), normalisation, pagination,
// and redaction (internal/redact*.ts), which every error passes on its way out.
import type { ListOrdersQuery, ListOrdersResponse } from '@hl-orders/types';
import { altTypeMiddleware, authMiddleware } from './internal/auth.js';
import { createHttp, guardedFetch, type RawClient } from './internal/openapi-fetch.js';
import { type Redact, secretRedactor } from './internal/redact.js';
import { redactError } from './internal/redact-error.js';
import { attempt as sendAttempt, type Transport } from './internal/request.js';
import { contractError, errorFromResponse, interpret, jsonBody } from './internal/response.js';
import { withRetries } from './internal/retry.js';
import { normalizeListOrdersResponse } from './normalize.js';
import { checkBytes, checkCount, checkTimeout, type OrdersClientOptions, resolveOptions } from './options.js';
import { type ListAllOptions, OrderList } from './pagination.js';
import type { RateLimiter } from './rate-limiter.js';
import type { Middleware } from './types.js';
import { validateListOrdersQuery } from './validate.js';

/** Per-call options. */
export interface RequestOptions {
  /** Cancels the request (and any wait before a retry); the call rejects with `APIUserAbortError`. */
  signal?: AbortSignal;
  /** Per-attempt timeout in ms, the rate-limit wait included. Default: the client's `timeout` (30000). */
  timeout?: number;
  /** Retries for this call. Default: the client's `maxRetries` (2). */
  maxRetries?: number;
  /** The largest response body to read, in bytes. Default: the client's `maxResponseBytes` (8 MiB). */
  maxResponseBytes?: number;
}

/** A client for the Orders API. */
export interface OrdersClient {
  /**
   * The raw typed openapi-fetch call: resolves to `{ data, error, response }`,
   * never throws for an HTTP status, and neither checks input nor retries. It
   * does refuse redirects and cap the body, as every call does.
   */
  GET: RawClient['GET'];
  /** Registers openapi-fetch middleware on every raw request of this client. */
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

/** Runs `fn`, and redacts whatever it throws. */
function guarded<T>(redact: Redact, fn: () => T): T {
  try {
    const result = fn();
    if (result instanceof Promise) {
      return result.catch((error: unknown) => Promise.reject(redactError(error, redact))) as T;
    }
    return result;
  } catch (error) {
    throw redactError(error, redact);
  }
}

/** An OrderList whose every error, also from iterating, is redacted. */
function redactedList(list: OrderList, redact: Redact): OrderList {
  const pages = list.pages.bind(list);
  list.pages = async function* () {
    try {
      yield* pages();
    } catch (error) {
      throw redactError(error, redact);
    }
  };
  return list;
}

/** Creates a client. Throws `ConfigurationError` for an unusable option. */
export function createOrdersClient(options: OrdersClientOptions): OrdersClient {
  const given = typeof options?.token === 'string' ? options.token.trim().replace(/^bearer\s+/i, '') : '';
  const resolved = guarded(secretRedactor(given), () => resolveOptions(options));
  const redact = secretRedactor(resolved.token);
  const transport: Transport = {
    baseUrl: resolved.baseUrl,
    token: resolved.token,
    version: resolved.version,
    fetch: resolved.fetch,
    headers: resolved.headers,
    limiter: resolved.rateLimiter,
    maxWait: resolved.maxWait,
    redact,
  };
  const raw = createHttp({
    baseUrl: resolved.baseUrl,
    fetch: guardedFetch(resolved.fetch, { maxResponseBytes: resolved.maxResponseBytes, redact }),
    headers: resolved.headers,
    middleware: [authMiddleware(resolved.token, resolved.version), altTypeMiddleware(resolved.altType)],
  });

  async function fetchListPage(query: ListOrdersQuery, opts: RequestOptions): Promise<ListOrdersResponse> {
    const checked = withAltType(validateListOrdersQuery(query));
    return withRetries(
      async () => {
        const timeout = checkTimeout(opts.timeout, resolved.timeout);
        const maxResponseBytes = checkBytes(opts.maxResponseBytes, resolved.maxResponseBytes);
        const answer = await sendAttempt(
          transport,
          { method: 'GET', path: '/payments/orders', query: checked },
          { signal: opts.signal, timeout, maxResponseBytes },
        );
        const info = interpret(answer);
        resolved.rateLimiter?.update(info.rateLimit, answer.status);
        if (answer.status < 200 || answer.status >= 300) throw errorFromResponse(answer, info, redact);
        let page = jsonBody(answer, info, redact) as ListOrdersResponse;
        if (resolved.normalize) page = normalizeListOrdersResponse(page);
        const problem = listPageProblem(page);
        if (problem) throw contractError(answer, info, problem);
        return page;
      },
      {
        maxRetries: checkCount('maxRetries', opts.maxRetries, resolved.maxRetries),
        maxWaitMs: resolved.maxWait,
        signal: opts.signal,
        onRetry: resolved.onRetry,
        prepare: (error) => redactError(error, redact),
      },
    );
  }

  function withAltType(query: ListOrdersQuery): ListOrdersQuery {
    return resolved.altType === null || query.altType !== undefined ? query : { ...query, altType: resolved.altType };
  }

  const listOrders = (query: ListOrdersQuery, opts: RequestOptions = {}) =>
    guarded(redact, () => fetchListPage(query, opts));

  return {
    GET: raw.GET,
    use: raw.use,
    eject: raw.eject,
    listOrders,
    orders: {
      list: (query, opts) =>
        guarded(redact, () => redactedList(new OrderList(listOrders, validateListOrdersQuery(query), opts), redact)),
    },
    rateLimiter: resolved.rateLimiter,
    baseUrl: resolved.baseUrl,
  };
}

/** Why a 200 body is not a List Orders page, or undefined when it is one. */
function listPageProblem(page: unknown): string | undefined {
  if (!page || typeof page !== 'object' || !Array.isArray((page as ListOrdersResponse).data)) {
    return 'a body without a `data` array';
  }
  const { data } = page as ListOrdersResponse;
  for (let i = 0; i < data.length; i++) {
    const order = data[i] as unknown;
    if (!order || typeof order !== 'object') return `an entry of \`data\` (index ${i}) that is not an order`;
    const id = (order as { _id?: unknown })._id;
    if (typeof id !== 'string' || id === '') return `an order without an \`_id\` (index ${i} of \`data\`)`;
  }
  return undefined;
}
