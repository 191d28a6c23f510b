export type {
  ListOrdersQuery,
  ListOrdersResponse,
  Order,
  PaymentStatus,
  SourceMeta,
} from '@hl-orders/types';
export { createOrdersClient, type OrdersClient, type RequestOptions } from './client.js';
export {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  ConfigurationError,
  HlOrdersError,
  InternalServerError,
  InvalidResponseError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  type RequestInfo,
  UnprocessableEntityError,
  ValidationError,
} from './errors.js';
export type { FetchLike, Middleware } from './internal/openapi-fetch.js';
export type { RateLimitInfo } from './internal/rate-limit-headers.js';
export { normalizeListOrdersResponse, normalizeOrder } from './normalize.js';
export {
  type AltType,
  type ApiVersion,
  DEFAULT_BASE_URL,
  DEFAULT_VERSION,
  type OrdersClientOptions,
  type RetryEvent,
} from './options.js';
export { type ListAllOptions, OrderList, type OrdersPage } from './pagination.js';
export { RateLimiter, type RateLimiterOptions, type RateLimiterStats, type ReleaseSlot } from './rate-limiter.js';
export { validateListOrdersQuery } from './validate.js';
