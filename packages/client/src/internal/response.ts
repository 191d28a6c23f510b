// What an answer means: a JSON body for a 2xx, or the error its status stands
// for (the single status → class mapping). The server's words only ever reach
// a message redacted first, then cut, as one printable line.
import {
  APIError,
  AuthenticationError,
  BadRequestError,
  bodyMessages,
  type ErrorBody,
  InternalServerError,
  InvalidResponseError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from '../errors.js';
import type { RateLimitInfo } from '../types.js';
import { parseRateLimit } from './rate-limit-headers.js';
import type { Redact } from './redact.js';
import type { Answer } from './request.js';
import { quoteUntrusted } from './untrusted-text.js';

/** How much of a non-JSON body an error keeps, after redaction. */
const KEPT_TEXT = 1000;

export interface Interpreted {
  rateLimit: RateLimitInfo;
  headers: Record<string, string>;
}

/** Redacted, then cut: a cut made first could leave a piece of the token that no longer matches whole. */
function keptText(text: string, redact: Redact): string {
  return redact(text.slice(0, 4 * KEPT_TEXT)).slice(0, KEPT_TEXT);
}

/** The JSON body of a 2xx answer; a body that is not JSON is an InvalidResponseError (worth a retry). */
export function jsonBody(answer: Answer, info: Interpreted, redact: Redact): unknown {
  try {
    return JSON.parse(answer.text);
  } catch {
    const kept = keptText(answer.text, redact);
    const { request, status, text } = answer;
    throw new InvalidResponseError({
      status,
      body: kept,
      headers: info.headers,
      request,
      rateLimit: info.rateLimit,
      reason: 'not-json',
      message: `${request.method} ${request.url} answered ${status} with a body that is not JSON (${text.length} characters${
        text.length ? `, starting "${quoteUntrusted(kept, 40)}"` : ''
      }). The response was cut off or came from a proxy; retry later.`,
    });
  }
}

/** A 2xx body that is JSON but breaks the contract: retrying won't help. */
export function contractError(answer: Answer, info: Interpreted, problem: string): InvalidResponseError {
  const { request, status } = answer;
  return new InvalidResponseError({
    status,
    headers: info.headers,
    request,
    rateLimit: info.rateLimit,
    reason: 'contract',
    message: `${request.method} ${request.url} answered ${status} with ${problem}, which the contract forbids. Check baseUrl: it may not be the Orders API, or the API changed.`,
  });
}

/** What the answer's headers say; read on first use (a plain success needs neither). */
export function interpret(answer: Answer): Interpreted {
  let rateLimit: RateLimitInfo | undefined;
  let headers: Record<string, string> | undefined;
  return {
    get rateLimit() {
      rateLimit ??= parseRateLimit(answer.headers);
      return rateLimit;
    },
    get headers() {
      headers ??= Object.fromEntries(answer.headers);
      return headers;
    },
  };
}

/** Builds the error for a non-2xx answer: the single status → class mapping. */
export function errorFromResponse(
  answer: Answer,
  info: Interpreted,
  redact: Redact,
  scopes: readonly string[] = ['payments/orders.readonly'],
): APIError {
  const scope = scopes.join(' and ');
  const { status, request } = answer;
  let body: ErrorBody;
  try {
    body = answer.text ? (JSON.parse(answer.text) as ErrorBody) : undefined;
  } catch {
    body = keptText(answer.text, redact);
  }
  const { rateLimit, headers } = info;
  const where = `${request.method} ${request.url}`;
  const messages = bodyMessages(body).join('; ');
  const said = messages
    ? quoteUntrusted(redact(messages.slice(0, 4000)), 200)
    : typeof body === 'string' && body
      ? 'non-JSON body'
      : 'no message';
  const make = (Class: typeof APIError, message: string) =>
    new Class({ status, body, headers, request, rateLimit, message: `${where} ${message}` });
  switch (status) {
    case 400:
      return make(BadRequestError, `was rejected as malformed (400: ${said}). Check the parameters against the spec.`);
    case 401:
      return make(
        AuthenticationError,
        `was refused: the token is invalid or expired (401: ${said}). Check that it is a current Sub-Account OAuth access token or Private Integration Token with the scope ${scope}.`,
      );
    case 403:
      return make(
        PermissionDeniedError,
        `was forbidden (403: ${said}). The token is valid but may not do this: check that altId is the token's own location and that the token has the scope this operation needs (${scope}).`,
      );
    case 404:
      return make(NotFoundError, `found nothing (404: ${said}). Check the ids (altId, the order id) and baseUrl.`);
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
