export type {
  CreateOrderFulfillmentResponse,
  Fulfillment,
  GetOrderResponse,
  ListOrderFulfillmentsResponse,
  ListOrderNotesResponse,
  ListOrdersQuery,
  ListOrdersResponse,
  ManualPaymentMode,
  Order,
  OrderDetail,
  OrderNote,
  PaymentStatus,
  RecordOrderPaymentResponse,
  SourceMeta,
} from '@hl-orders/types';
export { createOrdersClient, type OrdersClient, type OrdersResource } from './client.js';
export { type CoreClient, createCoreClient } from './core.js';
export {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  type APIErrorOptions,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  ConfigurationError,
  type ErrorBody,
  HlOrdersError,
  InternalServerError,
  InvalidResponseError,
  type InvalidResponseReason,
  NotFoundError,
  PaginationError,
  PermissionDeniedError,
  RateLimitError,
  type RequestInfo,
  UnprocessableEntityError,
  ValidationError,
} from './errors.js';
export type { RequestOptions } from './internal/operation.js';
export { REDACTED, type Redact, secretRedactor as createRedactor } from './internal/redact.js';
export { normalizeListOrdersResponse, normalizeOrder } from './normalize.js';
export {
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
export {
  type AltType,
  type ApiVersion,
  DEFAULT_BASE_URL,
  DEFAULT_MAX_RESPONSE_BYTES,
  DEFAULT_VERSION,
  type OrdersClientOptions,
} from './options.js';
export {
  type ListAllOptions,
  type ListOptions,
  type ListPosition,
  OrderList,
  type OrdersPage,
  type PaginationStats,
  type SeenIds,
} from './pagination.js';
export {
  type AcquireOptions,
  RateLimiter,
  type RateLimiterOptions,
  type RateLimiterStats,
  type ReleaseSlot,
  SlotTooFarError,
} from './rate-limiter.js';
export type { FetchLike, Middleware, RateLimitInfo, RetryEvent } from './types.js';
export { validateListOrdersQuery } from './validate.js';
