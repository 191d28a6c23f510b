// Client options: their types, defaults and the checks that turn a bad value
// into a clear message before any request is made.
import type { ListOrdersHeaders, ListOrdersQuery } from '@hl-orders/types';
import { ConfigurationError } from './errors.js';
import type { FetchLike } from './internal/openapi-fetch.js';
import { RateLimiter } from './rate-limiter.js';

/** The vendor's API; white-label domains serve the same API elsewhere. */
export const DEFAULT_BASE_URL = 'https://services.leadconnectorhq.com';
/** The only API version this endpoint accepts. */
export const DEFAULT_VERSION: ApiVersion = '2021-07-28';

export type ApiVersion = ListOrdersHeaders['Version'];
export type AltType = NonNullable<ListOrdersQuery['altType']>;

/** Options of {@link createOrdersClient}. */
export interface OrdersClientOptions {
  /**
   * A Sub-Account (location) OAuth access token or a Private Integration Token
   * of the sub-account, with the scope `payments/orders.readonly`. Sent as
   * `Authorization: Bearer <token>`; a leading `Bearer ` is accepted and dropped.
   */
  token: string;
  /** Base URL of the API. Default: `https://services.leadconnectorhq.com`; set it for a white-label domain. */
  baseUrl?: string;
  /** Value of the `Version` header. Default: `2021-07-28`, the only one the API accepts. */
  version?: ApiVersion;
  /** The `fetch` to use. Default: the platform's global `fetch`. */
  fetch?: FetchLike;
  /** Extra headers for every request. `Authorization` and `Version` are always the client's own. */
  headers?: Record<string, string>;
  /**
   * `altType` sent with every request that does not set it. Default: `'location'`
   * (see the spec for why); `null` sends none.
   */
  altType?: AltType | null;
  /**
   * Retries of a failed GET (connection error, timeout, 408, burst 429, 5xx,
   * unreadable body). Default: `2`. Overridable per request.
   */
  maxRetries?: number;
  /** Per-attempt timeout in ms, covering the response body. Default: `30000`. Overridable per request. */
  timeout?: number;
  /**
   * Paces requests under the burst limit. Default: a limiter of this client's
   * own (100 requests / 10 s until the headers say otherwise). Pass one
   * `RateLimiter` to several clients of the same location to share the budget,
   * or `false` to send without pacing.
   */
  rateLimiter?: RateLimiter | false;
  /**
   * Convert string-encoded numbers, booleans and sourceMeta in responses to the
   * spec's types (the vendor's docs show `"amount": "100"`). Default: `true`.
   */
  normalize?: boolean;
  /** Called before each retry, e.g. to log or count them. */
  onRetry?: (event: RetryEvent) => void;
}

/** What `onRetry` is told. */
export interface RetryEvent {
  /** The retry about to be made: 1 for the first retry. */
  retry: number;
  /** How long the client waits before it, in ms. */
  delayMs: number;
  /** The error of the attempt that failed. */
  error: Error;
}

export interface ResolvedOptions {
  token: string;
  baseUrl: string;
  version: ApiVersion;
  fetch: FetchLike;
  headers: Record<string, string>;
  altType: AltType | null;
  maxRetries: number;
  timeout: number;
  rateLimiter: RateLimiter | undefined;
  normalize: boolean;
  onRetry: ((event: RetryEvent) => void) | undefined;
}

export function resolveOptions(options: OrdersClientOptions): ResolvedOptions {
  if (options === null || typeof options !== 'object') {
    throw new ConfigurationError('createOrdersClient needs an options object with at least a `token`.');
  }
  return {
    token: checkToken(options.token),
    baseUrl: checkBaseUrl(options.baseUrl ?? DEFAULT_BASE_URL),
    version: options.version ?? DEFAULT_VERSION,
    fetch: checkFetch(options.fetch),
    headers: { ...options.headers },
    altType: options.altType === undefined ? 'location' : options.altType,
    maxRetries: checkCount('maxRetries', options.maxRetries, 2),
    timeout: checkTimeout(options.timeout, 30_000),
    rateLimiter: options.rateLimiter === false ? undefined : (options.rateLimiter ?? new RateLimiter()),
    normalize: options.normalize ?? true,
    onRetry: options.onRetry,
  };
}

/** A retry count: a whole number from 0 to 10. */
export function checkCount(name: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 10) {
    throw new ConfigurationError(`${name} must be a whole number from 0 to 10 (got ${String(value)}).`);
  }
  return value;
}

/** A timeout in ms: above 0, at most 10 minutes. */
export function checkTimeout(value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value > 600_000) {
    throw new ConfigurationError(`timeout must be a number of ms above 0 and at most 600000 (got ${String(value)}).`);
  }
  return value;
}

function checkToken(token: unknown): string {
  if (typeof token !== 'string' || token.trim() === '') {
    throw new ConfigurationError(
      'No API token: pass `token`, a Sub-Account OAuth access token or Private Integration Token with the scope payments/orders.readonly.',
    );
  }
  const bare = token.trim().replace(/^bearer\s+/i, '');
  // A token with whitespace or control characters would corrupt the header; say
  // so without echoing any of it.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  if (bare === '' || /[\s\u0000-\u001f\u007f]/.test(bare)) {
    throw new ConfigurationError(
      'The API token contains spaces or control characters: copy it again without line breaks or surrounding text.',
    );
  }
  return bare;
}

function checkBaseUrl(baseUrl: unknown): string {
  if (typeof baseUrl !== 'string') throw new ConfigurationError('baseUrl must be a string URL.');
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    // The value is not echoed: a mixed-up argument could be the token itself.
    throw new ConfigurationError(
      `baseUrl is not an absolute URL: use the API's origin, e.g. ${DEFAULT_BASE_URL} or your white-label domain.`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ConfigurationError(`baseUrl must start with https:// (or http:// for a local mock), not ${url.protocol}`);
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new ConfigurationError(
      'baseUrl must not carry credentials, a query or a fragment: pass the token as `token`.',
    );
  }
  return url.href.replace(/\/+$/, '');
}

function checkFetch(fetchFn: FetchLike | undefined): FetchLike {
  if (fetchFn !== undefined && typeof fetchFn !== 'function') {
    throw new ConfigurationError('`fetch` must be a function compatible with the global fetch.');
  }
  return fetchFn ?? ((input, init) => globalThis.fetch(input, init));
}
