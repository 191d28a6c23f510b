// createOrdersClient: every operation on one object, in the style of the
// resource SDKs (`client.orders.get(id, …)`), plus the raw typed openapi-fetch
// calls. A bundle that wants only some operations uses createCoreClient and
// the operation functions instead (see operations.ts); this object holds them all.

import type {
  CreateOrderFulfillmentResponse,
  GetOrderResponse,
  ListOrderFulfillmentsResponse,
  ListOrderNotesResponse,
  ListOrdersQuery,
  RecordOrderPaymentResponse,
} from '@hl-orders/types';
import { type CoreClient, createCoreClient } from './core.js';
import { altTypeMiddleware, authMiddleware } from './internal/auth.js';
import { createHttp, guardedFetch, type RawClient, redacting } from './internal/openapi-fetch.js';
import type { RequestOptions } from './internal/operation.js';
import {
  type CreateOrderFulfillmentInput,
  createOrderFulfillment,
  type GetOrderInput,
  getOrder,
  type ListOrderFulfillmentsInput,
  type ListOrderNotesInput,
  listOrderFulfillments,
  listOrderNotes,
  listOrders,
  type RecordOrderPaymentInput,
  recordOrderPayment,
} from './operations.js';
import type { OrdersClientOptions } from './options.js';
import type { ListOptions, OrderList } from './pagination.js';
import type { RateLimiter } from './rate-limiter.js';
import type { Middleware } from './types.js';

/** The Orders resource. */
export interface OrdersResource {
  /**
   * The orders matching the query: `await` it for one page, `for await` it for
   * every order (each exactly once, however the list changes meanwhile).
   */
  list(query: ListOrdersQuery, options?: ListOptions): OrderList;
  /** One order, in its detailed shape. */
  get(orderId: string, query: GetOrderInput, options?: RequestOptions): Promise<GetOrderResponse>;
  /** Records a payment taken outside the platform. Never retried once it may have reached the API. */
  recordPayment(
    orderId: string,
    body: RecordOrderPaymentInput,
    options?: RequestOptions,
  ): Promise<RecordOrderPaymentResponse>;
  readonly fulfillments: {
    /** The fulfillments (shipments) of an order. */
    list(
      orderId: string,
      query: ListOrderFulfillmentsInput,
      options?: RequestOptions,
    ): Promise<ListOrderFulfillmentsResponse>;
    /** Marks items as shipped. Never retried once it may have reached the API. */
    create(
      orderId: string,
      body: CreateOrderFulfillmentInput,
      options?: RequestOptions,
    ): Promise<CreateOrderFulfillmentResponse>;
  };
  readonly notes: {
    /** The notes of an order. */
    list(orderId: string, query: ListOrderNotesInput, options?: RequestOptions): Promise<ListOrderNotesResponse>;
  };
}

/** A client for the Orders API. */
export interface OrdersClient {
  readonly orders: OrdersResource;
  /**
   * The raw typed openapi-fetch calls: they resolve to `{ data, error,
   * response }`, never throw for an HTTP status, and neither check input nor
   * retry. As every call does, they refuse redirects, read the body within
   * `maxResponseBytes` and finish within `timeout` (body included); a success
   * that is not JSON rejects with `InvalidResponseError`, and no error holds
   * any part of the token.
   */
  GET: RawClient['GET'];
  POST: RawClient['POST'];
  /** Registers openapi-fetch middleware on every raw call of this client. */
  use(...middleware: Middleware[]): void;
  /** Removes middleware added with `use`. */
  eject(...middleware: Middleware[]): void;
  /** The core, for the operation functions (`listOrders(client.core, …)`). */
  readonly core: CoreClient;
  /** The limiter pacing this client's requests, if any (share it with `rateLimiter`). */
  readonly rateLimiter: RateLimiter | undefined;
  /** The base URL requests go to. */
  readonly baseUrl: string;
}

/** Creates a client. Throws `ConfigurationError` for an unusable option. */
export function createOrdersClient(options: OrdersClientOptions): OrdersClient {
  const core = createCoreClient(options);
  const { settings, transport } = core;
  const raw = createHttp({
    baseUrl: settings.baseUrl,
    fetch: guardedFetch(settings.fetch, {
      maxResponseBytes: settings.maxResponseBytes,
      timeout: settings.timeout,
      nativeFetch: transport.nativeFetch,
      redact: transport.redact,
    }),
    headers: settings.headers,
    middleware: [authMiddleware(transport.authorize, settings.version), altTypeMiddleware(settings.altType)],
  });
  return {
    orders: {
      list: (query, opts) => listOrders(core, query, opts),
      get: (orderId, query, opts) => getOrder(core, orderId, query, opts),
      recordPayment: (orderId, body, opts) => recordOrderPayment(core, orderId, body, opts),
      fulfillments: {
        list: (orderId, query, opts) => listOrderFulfillments(core, orderId, query, opts),
        create: (orderId, body, opts) => createOrderFulfillment(core, orderId, body, opts),
      },
      notes: {
        list: (orderId, query, opts) => listOrderNotes(core, orderId, query, opts),
      },
    },
    GET: redacting(raw.GET, transport.redact),
    POST: redacting(raw.POST, transport.redact),
    use: raw.use,
    eject: raw.eject,
    core,
    rateLimiter: core.rateLimiter,
    baseUrl: core.baseUrl,
  };
}
