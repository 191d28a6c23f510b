// createOrdersClient: the public entry point. A thin layer over openapi-fetch
// that adds auth, the Version header, altType, and a throwing `listOrders`.
import type { ListOrdersErrorBody, ListOrdersQuery, ListOrdersResponse } from '@hl-orders/types';
import {
  APIConnectionError,
  APIUserAbortError,
  errorFromResponse,
  InvalidResponseError,
  type RequestInfo,
} from './errors.js';
import { altTypeMiddleware, authMiddleware } from './internal/auth.js';
import { createHttp, type FetchLike, type Middleware, type RawClient } from './internal/openapi-fetch.js';
import { parseRateLimit } from './internal/rate-limit-headers.js';
import { type OrdersClientOptions, resolveOptions } from './options.js';

/** Per-call options. */
export interface RequestOptions {
  /** Cancels the request; the call rejects with `APIUserAbortError`. */
  signal?: AbortSignal;
}

/** A client for the Orders API. */
export interface OrdersClient {
  /**
   * The raw typed openapi-fetch call: resolves to `{ data, error, response }`
   * and never throws for an HTTP status.
   */
  GET: RawClient['GET'];
  /** Registers openapi-fetch middleware on every request of this client. */
  use(...middleware: Middleware[]): void;
  /** Removes middleware added with `use`. */
  eject(...middleware: Middleware[]): void;
  /** Lists one page of orders; throws an `APIError` subclass for an error status. */
  listOrders(query: ListOrdersQuery, options?: RequestOptions): Promise<ListOrdersResponse>;
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
      const reason =
        error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
      throw new APIConnectionError(
        request,
        `${request.method} ${request.url} got no answer (${reason}). Check the network and baseUrl, then retry.`,
        { cause: error },
      );
    }
  };
}

/** Creates a client. Throws `ConfigurationError` for an unusable option. */
export function createOrdersClient(options: OrdersClientOptions): OrdersClient {
  const resolved = resolveOptions(options);
  const raw = createHttp({
    baseUrl: resolved.baseUrl,
    fetch: withConnectionErrors(resolved.fetch),
    headers: resolved.headers,
    middleware: [authMiddleware(resolved.token, resolved.version), altTypeMiddleware(resolved.altType)],
  });

  async function listOrders(query: ListOrdersQuery, opts: RequestOptions = {}): Promise<ListOrdersResponse> {
    const request: RequestInfo = { method: 'GET', url: `${resolved.baseUrl}/payments/orders` };
    const result = await raw.GET('/payments/orders', { params: { query }, parseAs: 'text', signal: opts.signal });
    const { response } = result;
    request.url = response.url || request.url;
    const headers = Object.fromEntries(response.headers);
    if (!response.ok) {
      // openapi-fetch has already tried JSON and left a non-JSON body as text.
      const error: unknown = result.error;
      const body = typeof error === 'string' ? error.slice(0, 1000) : (error as ListOrdersErrorBody | undefined);
      throw errorFromResponse(response.status, body, headers, request, parseRateLimit(response.headers));
    }
    const text = result.data ?? '';
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw new InvalidResponseError(
        response.status,
        text.slice(0, 1000),
        headers,
        request,
        `${request.method} ${request.url} answered ${response.status} with a body that is not JSON (${text.length} bytes${
          text.length ? `, starting "${text.slice(0, 40)}"` : ''
        }). The response was cut off or came from a proxy; retry later.`,
      );
    }
    return body as ListOrdersResponse;
  }

  return {
    GET: raw.GET,
    use: raw.use,
    eject: raw.eject,
    listOrders,
    baseUrl: resolved.baseUrl,
  };
}
