// The error classes: one base class to catch everything the client throws,
// API errors under APIError, a name on each that shows in logs, and the fields
// callers branch on (messages, scope, field, reason).
import { describe, expect, it } from 'vitest';
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  type APIErrorOptions,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  ConfigurationError,
  HlOrdersError,
  InternalServerError,
  InvalidResponseError,
  NotFoundError,
  PaginationError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
  ValidationError,
} from '../src/index.js';

const request = { method: 'GET', url: 'https://services.leadconnectorhq.com/payments/orders?altId=loc1' };
const api = (extra: Partial<APIErrorOptions> = {}): APIErrorOptions => ({
  status: 500,
  request,
  message: 'failed',
  ...extra,
});

const apiErrors = [
  ['APIError', new APIError(api()), APIError],
  ['BadRequestError', new BadRequestError(api({ status: 400 })), BadRequestError],
  ['AuthenticationError', new AuthenticationError(api({ status: 401 })), AuthenticationError],
  ['PermissionDeniedError', new PermissionDeniedError(api({ status: 403 })), PermissionDeniedError],
  ['NotFoundError', new NotFoundError(api({ status: 404 })), NotFoundError],
  ['UnprocessableEntityError', new UnprocessableEntityError(api({ status: 422 })), UnprocessableEntityError],
  ['RateLimitError', new RateLimitError(api({ status: 429 })), RateLimitError],
  ['InternalServerError', new InternalServerError(api({ status: 503 })), InternalServerError],
  [
    'InvalidResponseError',
    new InvalidResponseError({ ...api({ status: 200 }), reason: 'not-json' }),
    InvalidResponseError,
  ],
] as const;

const otherErrors = [
  ['ConfigurationError', new ConfigurationError('no token'), ConfigurationError],
  ['ValidationError', new ValidationError({ field: 'limit', value: 0, message: 'bad limit' }), ValidationError],
  ['PaginationError', new PaginationError('lost the place'), PaginationError],
  ['APIConnectionError', new APIConnectionError({ request, message: 'reset' }), APIConnectionError],
  [
    'APIConnectionTimeoutError',
    new APIConnectionTimeoutError({ request, message: 'too slow' }),
    APIConnectionTimeoutError,
  ],
  ['APIUserAbortError', new APIUserAbortError({ request }), APIUserAbortError],
] as const;

describe('the class hierarchy', () => {
  it.each([...apiErrors, ...otherErrors])(
    '%s is an HlOrdersError and an Error, named after its class',
    (name, error, Class) => {
      expect(error).toBeInstanceOf(Class);
      expect(error).toBeInstanceOf(HlOrdersError);
      expect(error).toBeInstanceOf(Error);
      expect(error.name).toBe(name);
      expect(String(error)).toMatch(new RegExp(`^${name}: `));
      expect(error.stack).toMatch(new RegExp(`^${name}: `));
      expect(error.attempts).toBe(1);
      expect(error.writeOutcome).toBeUndefined();
    },
  );

  it.each(apiErrors)('%s is an APIError, so one catch handles every answer of the API', (_, error) => {
    expect(error).toBeInstanceOf(APIError);
  });

  it.each(otherErrors)('%s is not an APIError: no answer came, or nothing was sent', (_, error) => {
    expect(error).not.toBeInstanceOf(APIError);
  });

  it('a timeout is a connection error, so catching APIConnectionError covers both', () => {
    expect(new APIConnectionTimeoutError({ request, message: 'x' })).toBeInstanceOf(APIConnectionError);
    expect(new APIConnectionError({ request, message: 'x' })).not.toBeInstanceOf(APIConnectionTimeoutError);
  });

  it('the base class is HlOrdersError itself', () => {
    const error = new HlOrdersError('x');
    expect(error.name).toBe('HlOrdersError');
    expect(error).toBeInstanceOf(Error);
  });
});

describe('APIError', () => {
  it('keeps what the answer said: status, body, headers, request and rate limits', () => {
    const body = { statusCode: 403, message: 'The token does not have access to this location.', error: 'Forbidden' };
    const error = new PermissionDeniedError({
      status: 403,
      body,
      headers: { 'x-ratelimit-remaining': '99' },
      request,
      rateLimit: { remaining: 99 },
      message: 'forbidden',
    });
    expect(error).toMatchObject({
      status: 403,
      body,
      headers: { 'x-ratelimit-remaining': '99' },
      request,
      rateLimit: { remaining: 99 },
      message: 'forbidden',
    });
  });

  it('without headers or rate limits they are empty objects, never undefined', () => {
    const error = new APIError(api());
    expect(error.headers).toEqual({});
    expect(error.rateLimit).toEqual({});
    expect(error.body).toBeUndefined();
  });

  it('carries a cause only when there was one', () => {
    const cause = new SyntaxError('Unexpected end of JSON input');
    expect(new InvalidResponseError({ ...api(), reason: 'not-json', cause }).cause).toBe(cause);
    expect('cause' in new APIError(api())).toBe(false);
    expect('cause' in new APIConnectionError({ request, message: 'x' })).toBe(false);
    expect(new APIConnectionError({ request, message: 'x', cause }).cause).toBe(cause);
    expect(new APIUserAbortError({ request, cause }).cause).toBe(cause);
  });
});

describe('UnprocessableEntityError.messages', () => {
  const messagesOf = (body: unknown) =>
    new UnprocessableEntityError(api({ status: 422, body: body as never })).messages;

  it('lists each problem of the documented 422 body', () => {
    expect(
      messagesOf({
        statusCode: 422,
        message: ['altId should not be empty', 'altType must be one of the following values: location'],
        error: 'Unprocessable Entity',
      }),
    ).toEqual(['altId should not be empty', 'altType must be one of the following values: location']);
  });

  it('takes a single message string as a list of one', () => {
    expect(messagesOf({ statusCode: 422, message: 'altType should not be empty' })).toEqual([
      'altType should not be empty',
    ]);
  });

  it('turns whatever else is in a message list into text', () => {
    expect(messagesOf({ message: ['limit must be a number', 42, null] })).toEqual([
      'limit must be a number',
      '42',
      'null',
    ]);
  });

  it.each([
    ['a text body (a proxy page)', '<html>422</html>'],
    ['no body', undefined],
    ['a body without message', { statusCode: 422, error: 'Unprocessable Entity' }],
    ['a message that is neither text nor a list', { message: { altId: 'required' } }],
    ['null', null],
  ])('is empty for %s', (_, body) => {
    expect(messagesOf(body)).toEqual([]);
  });
});

describe('RateLimitError.scope', () => {
  const scopeOf = (rateLimit: APIErrorOptions['rateLimit']) =>
    new RateLimitError(api({ status: 429, rateLimit })).scope;

  it('is daily when the daily budget is spent: no retry helps before it resets', () => {
    expect(scopeOf({ dailyRemaining: 0, dailyLimit: 200_000, remaining: 40 })).toBe('daily');
  });

  it('is burst otherwise, whether the headers said so or said nothing', () => {
    expect(scopeOf({ dailyRemaining: 1, remaining: 0, retryAfterMs: 2000 })).toBe('burst');
    expect(scopeOf({})).toBe('burst');
    expect(scopeOf(undefined)).toBe('burst');
  });
});

describe('the fields callers branch on', () => {
  it('ValidationError names the parameter and keeps the refused value as it was given', () => {
    const value = { not: 'a date' };
    const error = new ValidationError({ field: 'startAt', value, message: 'startAt must be a date' });
    expect(error.field).toBe('startAt');
    expect(error.value).toBe(value);
    expect(error.message).toBe('startAt must be a date');
  });

  it.each(['not-json', 'too-large', 'contract', 'redirect'] as const)(
    'InvalidResponseError keeps its reason %s',
    (reason) => {
      const error = new InvalidResponseError({ ...api({ status: 302 }), reason });
      expect(error.reason).toBe(reason);
      expect(error.status).toBe(302);
    },
  );

  it('ConfigurationError names the refused option when there is one', () => {
    expect(new ConfigurationError('bad baseUrl', { option: 'baseUrl' }).option).toBe('baseUrl');
    expect(new ConfigurationError('no options object').option).toBeUndefined();
  });

  it('APIUserAbortError says which request the caller cancelled', () => {
    expect(new APIUserAbortError({ request }).message).toBe(
      `GET ${request.url} was cancelled by the caller's AbortSignal.`,
    );
  });
});
