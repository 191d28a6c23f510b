// Every error the client throws: one base class, subclasses by cause and by HTTP
// status, all built by `errorFromResponse`. Messages say what was wrong and what
// to do; none carries the token (see internal/redact.ts).
import type { ListOrdersErrorBody } from '@hl-orders/types';
import type { RateLimitInfo } from './internal/rate-limit-headers.js';

/** The request an error is about. The URL never holds the token (it travels in a header). */
export interface RequestInfo {
  method: string;
  url: string;
}

/** Base class of every error thrown by `@hl-orders/client`. */
export class HlOrdersError extends Error {
  override name = 'HlOrdersError';
  /** How many attempts were made before this error was thrown (1 when none was retried). */
  attempts = 1;
}

/** The client was created with an unusable option (no token, a bad baseUrl, ...). */
export class ConfigurationError extends HlOrdersError {
  override name = 'ConfigurationError';
}

/** A query parameter failed the client's checks; nothing was sent. */
export class ValidationError extends HlOrdersError {
  override name = 'ValidationError';
  constructor(
    /** The parameter, e.g. `startAt`. */
    readonly field: string,
    /** The value that was refused. */
    readonly value: unknown,
    message: string,
  ) {
    super(message);
  }
}

/** The API answered with an error status (or a body that could not be read). */
export class APIError extends HlOrdersError {
  override name = 'APIError';
  constructor(
    /** HTTP status; for an unreadable success body, the status it came with. */
    readonly status: number,
    /** Parsed JSON body, or the raw text when the body was not JSON. */
    readonly body: ListOrdersErrorBody | string | undefined,
    /** Response headers, lower-cased names. */
    readonly headers: Record<string, string>,
    readonly request: RequestInfo,
    message: string,
    /** The parsed `X-RateLimit-*` and `Retry-After` headers of the response. */
    readonly rateLimit: RateLimitInfo = {},
  ) {
    super(message);
  }
}

/** 400: the request was malformed. */
export class BadRequestError extends APIError {
  override name = 'BadRequestError';
}
/** 401: the token was refused. */
export class AuthenticationError extends APIError {
  override name = 'AuthenticationError';
}
/** 403: the token may not read this location's orders. */
export class PermissionDeniedError extends APIError {
  override name = 'PermissionDeniedError';
}
/** 404: unknown location or path. */
export class NotFoundError extends APIError {
  override name = 'NotFoundError';
}
/** 422: a parameter failed the API's validation; `messages` lists each problem. */
export class UnprocessableEntityError extends APIError {
  override name = 'UnprocessableEntityError';
  get messages(): string[] {
    return bodyMessages(this.body);
  }
}
/** 429: the burst or the daily rate limit was hit; `rateLimit` has the parsed headers. */
export class RateLimitError extends APIError {
  override name = 'RateLimitError';
  /** Which budget was spent: `daily` can't succeed before tomorrow, `burst` can after a wait. */
  get scope(): 'burst' | 'daily' {
    return this.rateLimit.dailyRemaining === 0 ? 'daily' : 'burst';
  }
}
/** 5xx: the API or a proxy in front of it failed. */
export class InternalServerError extends APIError {
  override name = 'InternalServerError';
}
/** A response arrived but its body was not the JSON the contract promises (HTML, truncated). */
export class InvalidResponseError extends APIError {
  override name = 'InvalidResponseError';
}

/** The request never got an answer: DNS, refused or reset connection. */
export class APIConnectionError extends HlOrdersError {
  override name = 'APIConnectionError';
  constructor(
    readonly request: RequestInfo,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
/** An attempt took longer than the `timeout` option. */
export class APIConnectionTimeoutError extends APIConnectionError {
  override name = 'APIConnectionTimeoutError';
}
/** The caller's `AbortSignal` cancelled the request. */
export class APIUserAbortError extends HlOrdersError {
  override name = 'APIUserAbortError';
  constructor(
    readonly request: RequestInfo,
    options?: { cause?: unknown },
  ) {
    super(`${request.method} ${request.url} was cancelled by the caller's AbortSignal.`, options);
  }
}

function bodyMessages(body: unknown): string[] {
  if (body && typeof body === 'object' && 'message' in body) {
    const { message } = body as { message: unknown };
    if (Array.isArray(message)) return message.map(String);
    if (typeof message === 'string') return [message];
  }
  return [];
}

const SCOPE = 'payments/orders.readonly';

/** Builds the error for a non-2xx response: the single status → class mapping. */
export function errorFromResponse(
  status: number,
  body: APIError['body'],
  headers: Record<string, string>,
  request: RequestInfo,
  rateLimit: RateLimitInfo,
): APIError {
  const where = `${request.method} ${request.url}`;
  const said = bodyMessages(body).join('; ') || (typeof body === 'string' && body ? 'non-JSON body' : 'no message');
  const make = (Class: typeof APIError, message: string) =>
    new Class(status, body, headers, request, `${where} ${message}`, rateLimit);
  switch (status) {
    case 400:
      return make(
        BadRequestError,
        `was rejected as malformed (400: ${said}). Check the query parameters against the spec.`,
      );
    case 401:
      return make(
        AuthenticationError,
        `was refused: the token is invalid or expired (401: ${said}). Check that it is a current Sub-Account OAuth access token or Private Integration Token with the scope ${SCOPE}.`,
      );
    case 403:
      return make(
        PermissionDeniedError,
        `was forbidden (403: ${said}). The token is valid but may not read these orders: check that altId is the token's own location and that the token has the scope ${SCOPE}.`,
      );
    case 404:
      return make(NotFoundError, `found nothing (404: ${said}). Check altId (the location id) and baseUrl.`);
    case 422:
      return make(UnprocessableEntityError, `had invalid parameters (422: ${said}). Fix them and send it again.`);
    case 429: {
      const wait =
        rateLimit.retryAfterMs !== undefined ? `${Math.ceil(rateLimit.retryAfterMs / 1000)} s` : 'a few seconds';
      const advice =
        rateLimit.dailyRemaining === 0
          ? `The daily budget (${rateLimit.dailyLimit ?? 200_000} requests) is spent; retrying before it resets will not help.`
          : `The burst limit (${rateLimit.max ?? 100} requests per ${(rateLimit.intervalMs ?? 10_000) / 1000} s) was hit; wait ${wait} and retry, or share one RateLimiter between the clients of this location.`;
      return make(RateLimitError, `was rate limited (429). ${advice}`);
    }
  }
  if (status >= 500) {
    return make(InternalServerError, `failed on the server (${status}: ${said}). This is safe to retry later.`);
  }
  return make(APIError, `failed with HTTP ${status} (${said}).`);
}
