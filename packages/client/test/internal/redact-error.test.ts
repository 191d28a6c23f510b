// redactError, the last step before any error leaves the client: everything an
// error holds, or that util.inspect and JSON.stringify would print of it, is
// masked; causes we did not make become plain Errors; the error stays what it
// was (same object, same class) so callers can still branch on it.
import { inspect } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { APIConnectionError, APIError, ConfigurationError, InvalidResponseError } from '../../src/index.js';
import { REDACTED, secretRedactor } from '../../src/internal/redact.js';
import { redactError } from '../../src/internal/redact-error.js';
import { everythingAbout, leaks } from '../support/token-windows.js';

const TOKEN = 'pit-9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a';
const redact = secretRedactor(TOKEN);
const request = { method: 'GET', url: 'https://services.leadconnectorhq.com/payments/orders?altId=loc1' };

function expectNoLeak(value: unknown) {
  expect(leaks(everythingAbout(value), TOKEN)).toEqual([]);
}

describe('an error of ours', () => {
  it('is masked in place: the same object, its class, instanceof and name kept', () => {
    const error = new InvalidResponseError({ status: 200, request, reason: 'not-json', message: `got ${TOKEN}` });
    const redacted = redactError(error, redact);
    expect(redacted).toBe(error);
    expect(redacted).toBeInstanceOf(InvalidResponseError);
    expect(redacted).toBeInstanceOf(APIError);
    expect(redacted.name).toBe('InvalidResponseError');
    expect(redacted.reason).toBe('not-json');
  });

  it('has the token masked in its message and in its stack, even once the stack was printed', () => {
    const error = new ConfigurationError(`timeout must be a number (got ${TOKEN})`);
    // V8 writes the stack on first read, from the message of that moment: read
    // it now, as a logger or a debugger would have, so that it holds the token.
    expect(error.stack).toContain(TOKEN);
    redactError(error, redact);
    expect(error.message).toBe(`timeout must be a number (got ${REDACTED})`);
    expect(error.stack).toMatch(/^ConfigurationError: timeout must be a number \(got \[redacted\]\)\n/);
    expect(error.stack).not.toContain(TOKEN.slice(10, 18));
  });

  it('has its fields masked, down through nested objects and arrays, keys included, and stays printable as before', () => {
    const error = new APIError({
      status: 401,
      request,
      message: 'refused',
      headers: { 'www-authenticate': `Bearer ${TOKEN}`, [`x-${TOKEN}`]: '1' },
      body: {
        statusCode: 401,
        message: ['invalid', `token ${TOKEN.slice(0, 12)}`],
        detail: { echo: [{ auth: TOKEN }] },
        parsed: Object.assign(Object.create(null), { auth: TOKEN }),
        failure: new RangeError(`bad ${TOKEN}`),
      },
    });
    redactError(error, redact);
    expect(error.headers).toEqual({ 'www-authenticate': `Bearer ${REDACTED}`, [`x-${REDACTED}`]: '1' });
    expect(error.body).toMatchObject({
      statusCode: 401,
      message: ['invalid', `token ${REDACTED}`],
      detail: { echo: [{ auth: REDACTED }] },
      parsed: { auth: REDACTED },
      failure: { name: 'RangeError', message: `bad ${REDACTED}` },
    });
    expect((error.body as { failure: unknown }).failure).toBeInstanceOf(Error);
    expect(error.request).toEqual(request);
    expect(error.status).toBe(401);
    expect(Object.keys(error)).toEqual(expect.arrayContaining(['status', 'body', 'headers', 'request']));
    expectNoLeak(error);
  });

  it('keeps a "__proto__" key of a server\'s JSON body as data, not as the prototype of the copy', () => {
    const body = JSON.parse('{"message":"bad","__proto__":{"isAdmin":true}}');
    const error = redactError(new APIError({ status: 400, body, request, message: 'rejected' }), redact);
    const copy = error.body as Record<string, unknown>;
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(copy.isAdmin).toBeUndefined();
    expect(JSON.stringify(copy)).toBe('{"message":"bad","__proto__":{"isAdmin":true}}');
  });

  it('keeps values that are not text as they are', () => {
    const error = redactError(
      new APIError({ status: 429, request, message: 'x', rateLimit: { retryAfterMs: 2000, dailyRemaining: 0 } }),
      redact,
    );
    expect(error.rateLimit).toEqual({ retryAfterMs: 2000, dailyRemaining: 0 });
    expect(error.attempts).toBe(1);
  });
});

describe('a cause', () => {
  it('is replaced, the whole chain, by plain Errors with masked text that keep code, errno and syscall', () => {
    const socket = Object.assign(new Error(`connect ECONNREFUSED (auth ${TOKEN})`), {
      code: 'ECONNREFUSED',
      errno: -111,
      syscall: 'connect',
      address: '10.0.0.1',
    });
    const fetchFailed = new TypeError(`fetch failed: ${TOKEN}`, { cause: socket });
    const error = redactError(new APIConnectionError({ request, message: 'no answer', cause: fetchFailed }), redact);

    const cause = error.cause as Error & Record<string, unknown>;
    expect(cause).not.toBe(fetchFailed);
    expect(cause.constructor).toBe(Error);
    expect(cause.name).toBe('TypeError');
    expect(cause.message).toBe(`fetch failed: ${REDACTED}`);
    expect(cause.stack).toBe(`TypeError: fetch failed: ${REDACTED}`);

    const root = cause.cause as Error & Record<string, unknown>;
    expect(root).not.toBe(socket);
    expect(root.message).toBe(`connect ECONNREFUSED (auth ${REDACTED})`);
    expect(root).toMatchObject({ code: 'ECONNREFUSED', errno: -111, syscall: 'connect' });
    expect(root.address).toBeUndefined();
    expectNoLeak(error);
  });

  it('that is not an Error is masked as data', () => {
    const error = redactError(new APIConnectionError({ request, message: 'x', cause: { reason: TOKEN } }), redact);
    expect(error.cause).toEqual({ reason: REDACTED });
    expect(redactError(new APIConnectionError({ request, message: 'x', cause: TOKEN }), redact).cause).toBe(REDACTED);
  });

  it('that loops back on itself ends after a bounded number of links', () => {
    const loop = new Error(`again ${TOKEN}`);
    loop.cause = loop;
    const error = redactError(new APIConnectionError({ request, message: 'x', cause: loop }), redact);
    let links = 0;
    for (let e: unknown = error.cause; e instanceof Error && links < 100; e = e.cause) links++;
    expect(links).toBeGreaterThan(1);
    expect(links).toBeLessThanOrEqual(8);
    expectNoLeak(error);
  });
});

describe('what it cannot know', () => {
  it('reduces class instances (Headers, Request, a Map) to a description of what they were', () => {
    const sent = new Request('https://services.leadconnectorhq.com/payments/orders', {
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    const error = new APIError({ status: 500, request, message: 'x', body: { sent, headers: sent.headers } });
    Object.assign(error, { extra: [new Map([['auth', TOKEN]])] });
    redactError(error, redact);
    expect(error.body).toEqual({ sent: '[Request]', headers: '[Headers]' });
    expect((error as unknown as { extra: unknown }).extra).toEqual(['[Map]']);
    expect(inspect(error, { depth: 10 })).toContain("'[Request]'");
    expectNoLeak(error);
  });

  it('masks each of an AggregateError’s errors', () => {
    const aggregate = new AggregateError(
      [Object.assign(new Error(`ipv6 ${TOKEN}`), { code: 'ENETUNREACH' }), `ipv4 ${TOKEN}`, { auth: TOKEN }],
      `all attempts failed for ${TOKEN}`,
    );
    const redacted = redactError(aggregate, redact);
    expect(redacted).toBe(aggregate);
    expect(redacted).toBeInstanceOf(AggregateError);
    expect(redacted.message).toBe(`all attempts failed for ${REDACTED}`);
    expect(redacted.errors[0]).toBeInstanceOf(Error);
    expect(redacted.errors[0]).toMatchObject({ message: `ipv6 ${REDACTED}`, code: 'ENETUNREACH' });
    expect(redacted.errors.slice(1)).toEqual([`ipv4 ${REDACTED}`, { auth: REDACTED }]);
    expectNoLeak(redacted);
  });

  it('stops at a depth bound: data nested deeper is replaced, not walked', () => {
    let deep: Record<string, unknown> = { auth: TOKEN };
    for (let i = 0; i < 20; i++) deep = { next: deep };
    const error = redactError(new APIError({ status: 500, request, message: 'x', body: deep }), redact);
    const json = JSON.stringify(error.body);
    expect(json).toContain('"[too deep]"');
    expect(json.match(/next/g)?.length).toBeLessThan(10);
    expectNoLeak(error);
  });

  it('masks a thrown string or plain object, which are not Errors', () => {
    expect(redactError(`failed: ${TOKEN}`, redact)).toBe(`failed: ${REDACTED}`);
    expect(redactError({ message: TOKEN, list: [TOKEN] }, redact)).toEqual({ message: REDACTED, list: [REDACTED] });
    expect(redactError(undefined, redact)).toBeUndefined();
    expect(redactError(42, redact)).toBe(42);
  });

  it('leaves no window of the token in anything printed, whatever data holds pieces of it', () => {
    const piece = fc
      .tuple(fc.nat(TOKEN.length - 8), fc.integer({ min: 8, max: TOKEN.length }), fc.string({ maxLength: 5 }))
      .map(([start, length, around]) => `${around}${TOKEN.slice(start, start + length)}${around}`);
    const data = fc.anything({
      key: fc.oneof(fc.string({ maxLength: 5 }), piece),
      values: [piece, fc.integer(), fc.boolean(), fc.constant(null)],
      maxDepth: 12,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withTypedArray: true,
      withBoxedValues: true,
    });
    fc.assert(
      fc.property(data, data, piece, (body, cause, message) => {
        const error = new APIError({ status: 500, request, message, body: body as never, cause });
        expectNoLeak(redactError(error, redact));
      }),
      { numRuns: 300 },
    );
  });
});
