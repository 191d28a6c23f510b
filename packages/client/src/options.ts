// Client options: their types, defaults and the checks that turn a bad value
// into a clear message before any request is made.
import { apiVersionValues, type ListOrdersQuery, type ApiVersion as SpecApiVersion } from '@hl-orders/types';
import { ConfigurationError } from './errors.js';
import { quoteUntrusted } from './internal/untrusted-text.js';
import { RateLimiter } from './rate-limiter.js';
import type { FetchLike, RetryEvent } from './types.js';

/** The vendor's API; white-label domains serve the same API elsewhere. */
export const DEFAULT_BASE_URL = 'https://services.leadconnectorhq.com';
/** The API version the contract covers (the spec's `ApiVersion`). */
export const DEFAULT_VERSION: ApiVersion = '2021-07-28';

/** A value of the `Version` header that the contract covers. */
export type ApiVersion = SpecApiVersion;
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
  /** Value of the `Version` header: one of the spec's `apiVersionValues`. Default: `2021-07-28`. */
  version?: ApiVersion;
  /** The `fetch` to use. Default: the platform's global `fetch`. */
  fetch?: FetchLike;
  /**
   * Extra headers for every request: an object, a `Headers` or a list of
   * name-value pairs. `Authorization` and `Version` are always the client's own.
   */
  headers?: Record<string, string> | Headers | [string, string][];
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
  /**
   * The longest wait the server can impose, in ms: a `Retry-After`, a rate-limit
   * window or a spent budget. A longer one is not waited for: the call fails at
   * once with a `RateLimitError` (or the status's error) saying when to retry.
   * Default: `60000`. At most one hour.
   */
  maxWait?: number;
  /**
   * The largest response body the client reads, in bytes; a longer one is cut
   * off and the attempt fails with `InvalidResponseError`. Default: `8388608`
   * (8 MiB, about 40 times a page of 100 typical orders). Overridable per request.
   */
  maxResponseBytes?: number;
  /**
   * Allow `http://` to a host that is not this machine. The token would travel
   * in clear text, readable and replayable by anyone on the path, so the client
   * refuses it unless this is `true`. Loopback (`localhost`, `127.0.0.0/8`,
   * `[::1]`) is always allowed. Default: `false`.
   */
  allowInsecureHttp?: boolean;
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
  maxWait: number;
  maxResponseBytes: number;
}

export function resolveOptions(options: OrdersClientOptions): ResolvedOptions {
  if (options === null || typeof options !== 'object') {
    throw new ConfigurationError('createOrdersClient needs an options object with at least a `token`.');
  }
  return {
    token: checkToken(options.token),
    baseUrl: checkBaseUrl(options.baseUrl ?? DEFAULT_BASE_URL, options.allowInsecureHttp === true),
    version: checkVersion(options.version ?? DEFAULT_VERSION),
    fetch: checkFetch(options.fetch),
    headers: checkHeaders(options.headers),
    altType: options.altType === undefined ? 'location' : options.altType,
    maxRetries: checkCount('maxRetries', options.maxRetries, 2),
    timeout: checkTimeout(options.timeout, 30_000),
    rateLimiter: checkRateLimiter(options.rateLimiter),
    normalize: options.normalize ?? true,
    onRetry: options.onRetry,
    maxWait: checkMs('maxWait', options.maxWait, 60_000, 3_600_000),
    maxResponseBytes: checkBytes(options.maxResponseBytes, DEFAULT_MAX_RESPONSE_BYTES),
  };
}

/** 8 MiB: a page of 100 orders is typically 100-200 kB. */
export const DEFAULT_MAX_RESPONSE_BYTES = 8 * 1024 * 1024;

function checkMs(name: string, value: unknown, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > max) {
    throw new ConfigurationError(`${name} must be a number of ms from 0 to ${max} (got ${String(value)}).`, {
      option: name,
    });
  }
  return value;
}

/** A body size cap in bytes: a whole number from 1 kB to 1 GiB. */
export function checkBytes(value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1024 || value > 2 ** 30) {
    throw new ConfigurationError(
      `maxResponseBytes must be a whole number of bytes from 1024 to 1073741824 (got ${String(value)}).`,
      { option: 'maxResponseBytes' },
    );
  }
  return value;
}

/** A retry count: a whole number from 0 to 10. */
export function checkCount(name: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 10) {
    throw new ConfigurationError(`${name} must be a whole number from 0 to 10 (got ${String(value)}).`, {
      option: name,
    });
  }
  return value;
}

/** A timeout in ms: above 0, at most 10 minutes. */
export function checkTimeout(value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value > 600_000) {
    throw new ConfigurationError(`timeout must be a number of ms above 0 and at most 600000 (got ${String(value)}).`, {
      option: 'timeout',
    });
  }
  return value;
}

function tokenError(message: string): ConfigurationError {
  return new ConfigurationError(message, { option: 'token' });
}

function baseUrlError(message: string): ConfigurationError {
  return new ConfigurationError(message, { option: 'baseUrl' });
}

/** The token as it will be sent: trimmed, without a pasted `Bearer ` prefix ('' if nothing is left). */
export function bareToken(token: unknown): string {
  return typeof token === 'string' ? token.trim().replace(/^bearer(?:\s+|$)/i, '') : '';
}

function checkToken(token: unknown): string {
  const bare = bareToken(token);
  if (bare === '') {
    throw tokenError(
      'No API token: pass `token`, a Sub-Account OAuth access token or Private Integration Token with the scope payments/orders.readonly.',
    );
  }
  // A token with whitespace or control characters would corrupt the header; say
  // so without echoing any of it.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  if (/[\s\u0000-\u001f\u007f]/.test(bare)) {
    throw tokenError(
      'The API token contains spaces or control characters: copy it again without line breaks or surrounding text.',
    );
  }
  // Only visible ASCII can travel in a header: anything else makes every
  // request fail inside fetch, which would look like a network problem.
  if (!/^[\x21-\x7e]+$/.test(bare)) {
    throw tokenError(
      'The API token contains characters that cannot be sent in an HTTP header (only visible ASCII can): it was probably mangled when copied (smart quotes, an ellipsis, a non-breaking space). Copy it again from HighLevel.',
    );
  }
  return bare;
}

/** Hosts that never leave this machine, so plain http to them exposes nothing. */
function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    host === '::1' ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host) ||
    // ::ffff:127.x.y.z, which the URL parser writes as ::ffff:7fxx:yyzz
    /^::ffff:7f[0-9a-f]{2}:/.test(host)
  );
}

function checkBaseUrl(baseUrl: unknown, allowInsecureHttp: boolean): string {
  if (typeof baseUrl !== 'string') throw baseUrlError('baseUrl must be a string URL.');
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    // The value is not echoed: a mixed-up argument could be the token itself.
    throw baseUrlError(
      `baseUrl is not an absolute URL: use the API's origin, e.g. ${DEFAULT_BASE_URL} or your white-label domain.`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw baseUrlError(`baseUrl must start with https:// (or http:// for a local mock), not ${url.protocol}`);
  }
  if (url.username || url.password || url.search || url.hash) {
    throw baseUrlError('baseUrl must not carry credentials, a query or a fragment: pass the token as `token`.');
  }
  if (url.protocol === 'http:' && !allowInsecureHttp && !isLoopback(url.hostname)) {
    throw baseUrlError(
      `baseUrl uses plain http:// to ${url.host}: the token would travel unencrypted, readable and reusable by anyone on the way. Use https://, or pass allowInsecureHttp: true if you really mean it (plain http is always allowed to localhost).`,
    );
  }
  return url.href.replace(/\/+$/, '');
}

function checkVersion(version: unknown): ApiVersion {
  if (!(apiVersionValues as readonly unknown[]).includes(version)) {
    throw new ConfigurationError(
      `version must be one of ${apiVersionValues.join(', ')}, the API versions this contract covers (see the spec's ApiVersion).`,
      { option: 'version' },
    );
  }
  return version as ApiVersion;
}

/** Extra headers, checked now so that a bad one is not reported later as a network failure. */
function checkHeaders(headers: unknown): Record<string, string> {
  if (headers === undefined) return {};
  if (headers === null || typeof headers !== 'object') {
    throw new ConfigurationError(
      'headers must be an object of header names to values, a Headers, or [name, value] pairs.',
      {
        option: 'headers',
      },
    );
  }
  const out: Record<string, string> = {};
  // A Headers, a Map or a list of pairs is iterable; Object.entries of one is empty.
  for (const entry of Symbol.iterator in headers
    ? (headers as Iterable<[unknown, unknown]>)
    : Object.entries(headers)) {
    const [name, value] = Array.isArray(entry) ? entry.map(String) : [String(entry)];
    try {
      new Headers([[name as string, value as string]]);
    } catch {
      // The value is not echoed: it may be a credential.
      throw new ConfigurationError(
        `headers: "${quoteUntrusted(name as string, 40)}" is not a valid HTTP header (a name of letters, digits and -, a value of visible ASCII).`,
        { option: 'headers' },
      );
    }
    out[name as string] = value as string;
  }
  return out;
}

/** A limiter of ours (or one shaped like it: another copy of this package), `false` for none, or ours by default. */
function checkRateLimiter(limiter: unknown): RateLimiter | undefined {
  if (limiter === false) return undefined;
  if (limiter === undefined) return new RateLimiter();
  const shaped = limiter as Partial<RateLimiter> | null;
  if (typeof shaped?.acquire !== 'function' || typeof shaped.update !== 'function') {
    throw new ConfigurationError(
      'rateLimiter must be a RateLimiter (new RateLimiter(), to share one between clients) or false for no pacing.',
      { option: 'rateLimiter' },
    );
  }
  return limiter as RateLimiter;
}

function checkFetch(fetchFn: FetchLike | undefined): FetchLike {
  if (fetchFn !== undefined && typeof fetchFn !== 'function') {
    throw new ConfigurationError('`fetch` must be a function compatible with the global fetch.', { option: 'fetch' });
  }
  return fetchFn ?? ((input, init) => globalThis.fetch(input, init));
}
