// Every error the client throws: one base class, subclasses by cause and by HTTP
// status, all API errors built by `errorFromResponse`. Messages say what was
// wrong and what to do. None carries any part of the token: every error passes
// through internal/redact-error.ts before it reaches the caller.
import type { ListOrdersErrorBody } from '@hl-orders/types';
import type { RateLimitInfo } from './types.js';

/** The request an error is about. The URL never holds the token (it travels in a header). */
export interface RequestInfo {
  method: string;
  url: string;
}

/** What an error response carried: the parsed JSON body, or the text when it was not JSON. */
export type ErrorBody = ListOrdersErrorBody | Record<string, unknown> | string | undefined;

/** Base class of every error thrown by `@hl-orders/client`. */
export class HlOrdersError extends Error {
  override name = 'HlOrdersError';
  /** How many attempts were made before this error was thrown (1 when none was retried). */
  attempts = 1;
  /**
   * Set on the error of a write (recording a payment, creating a fulfillment)
   * that may have taken effect anyway: `applied` when the API said so but its
   * answer was unreadable, `unknown` when the request may have reached it (a
   * timeout, a reset, a 5xx). Get the order to check before sending it again.
   */
  writeOutcome?: 'applied' | 'unknown';
}

/** The client was created with an unusable option (no token, a bad baseUrl, ...). */
export class ConfigurationError extends HlOrdersError {
  override name = 'ConfigurationError';
  /** The option that was refused, e.g. `token` or `baseUrl`, when one was. */
  readonly option: string | undefined;
  constructor(message: string, options: { option?: string } = {}) {
    super(message);
    this.option = options.option;
  }
}

/** A parameter failed the client's checks; nothing was sent. */
export class ValidationError extends HlOrdersError {
  override name = 'ValidationError';
  /** The parameter, e.g. `startAt`. */
  readonly field: string;
  /** The value that was refused. */
  readonly value: unknown;
  constructor(options: { field: string; value: unknown; message: string }) {
    super(options.message);
    this.field = options.field;
    this.value = options.value;
  }
}

/** Paging stopped because going on could not be trusted: the server ignores offset, sends far more pages than it said it has, or the list changed so much that the place was lost. */
export class PaginationError extends HlOrdersError {
  override name = 'PaginationError';
}

export interface APIErrorOptions {
  /** HTTP status; for an unreadable success body, the status it came with. */
  status: number;
  body?: ErrorBody;
  /** Response headers, lower-cased names. */
  headers?: Record<string, string>;
  request: RequestInfo;
  message: string;
  rateLimit?: RateLimitInfo;
  cause?: unknown;
}

/** The API answered with an error status (or a body that could not be used). */
export class APIError extends HlOrdersError {
  override name = 'APIError';
  /** HTTP status; for an unreadable success body, the status it came with. */
  readonly status: number;
  /** Parsed JSON body, or the raw text (at most 1,000 characters) when the body was not JSON. */
  readonly body: ErrorBody;
  /** Response headers, lower-cased names. */
  readonly headers: Record<string, string>;
  readonly request: RequestInfo;
  /** The parsed `X-RateLimit-*` and `Retry-After` headers of the response. */
  readonly rateLimit: RateLimitInfo;
  constructor(options: APIErrorOptions) {
    super(options.message, options.cause === undefined ? undefined : { cause: options.cause });
    this.status = options.status;
    this.body = options.body;
    this.headers = options.headers ?? {};
    this.request = options.request;
    this.rateLimit = options.rateLimit ?? {};
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
/**
 * 429, or a wait the server asked for that is longer than `maxWait`: the burst
 * or the daily budget is spent. `rateLimit.retryAfterMs` says when to come back.
 */
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
/**
 * A response arrived but could not be used: its body was not the JSON the
 * contract promises (HTML, cut off, too large), it broke the contract (an
 * order without `_id`), or it was a redirect, which this API never sends.
 */
export class InvalidResponseError extends APIError {
  override name = 'InvalidResponseError';
  /**
   * What was wrong: `not-json` (HTML, cut off: worth a retry), `too-large`
   * (over `maxResponseBytes`), `contract` (JSON, but not the contract's shape)
   * or `redirect` (never followed).
   */
  readonly reason: InvalidResponseReason;
  constructor(options: APIErrorOptions & { reason: InvalidResponseReason }) {
    super(options);
    this.reason = options.reason;
  }
}

export type InvalidResponseReason = 'not-json' | 'too-large' | 'contract' | 'redirect';

/** The request never got an answer: DNS, refused or reset connection. */
export class APIConnectionError extends HlOrdersError {
  override name = 'APIConnectionError';
  readonly request: RequestInfo;
  constructor(options: { request: RequestInfo; message: string; cause?: unknown }) {
    super(options.message, options.cause === undefined ? undefined : { cause: options.cause });
    this.request = options.request;
  }
}
/** An attempt (pacing, request and body) took longer than the `timeout` option. */
export class APIConnectionTimeoutError extends APIConnectionError {
  override name = 'APIConnectionTimeoutError';
}
/** The caller's `AbortSignal` cancelled the request. */
export class APIUserAbortError extends HlOrdersError {
  override name = 'APIUserAbortError';
  readonly request: RequestInfo;
  constructor(options: { request: RequestInfo; cause?: unknown }) {
    super(
      `${options.request.method} ${options.request.url} was cancelled by the caller's AbortSignal.`,
      options.cause === undefined ? undefined : { cause: options.cause },
    );
    this.request = options.request;
  }
}

export function bodyMessages(body: unknown): string[] {
  if (body && typeof body === 'object' && 'message' in body) {
    const { message } = body as { message: unknown };
    if (Array.isArray(message)) return message.map(String);
    if (typeof message === 'string') return [message];
  }
  return [];
}
