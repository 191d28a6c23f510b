// No part of the token leaves the client, whatever the server echoes back and
// however the caller misuses an option: every thrown object is searched for
// every 8-character run of the token, in every form it can be printed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  APIConnectionError,
  ConfigurationError,
  createOrdersClient,
  type FetchLike,
  InvalidResponseError,
  type OrdersClientOptions,
  type RetryEvent,
  ValidationError,
} from '../../src/index.js';
import { everythingAbout, leaks } from '../support/token-windows.js';

const TOKEN = 'pit-3f9c2e1a-7b4d-4c8e-9a1f-5d6e7f8a9b0c';

/** A fetch that answers with whatever `respond` builds from the Authorization header it was sent. */
function echo(respond: (auth: string, request: Request) => Response): FetchLike {
  return async (request) => respond(request.headers.get('authorization') ?? '', request);
}

async function failure(options: Partial<OrdersClientOptions>, query: Record<string, unknown> = { altId: 'loc' }) {
  const client = createOrdersClient({ token: TOKEN, rateLimiter: false, maxRetries: 0, ...options });
  return client.orders.list(query as never).then(
    () => {
      throw new Error('expected the call to fail');
    },
    (error: unknown) => error,
  );
}

function expectNoLeak(error: unknown) {
  expect(leaks(everythingAbout(error), TOKEN)).toEqual([]);
}

describe('a server that reflects the token', () => {
  it.each([
    [
      'in a 401 JSON message',
      (auth: string) => Response.json({ statusCode: 401, message: `Invalid ${auth}` }, { status: 401 }),
    ],
    [
      'in a 400 JSON error field',
      (auth: string) => Response.json({ statusCode: 400, message: 'bad', error: auth }, { status: 400 }),
    ],
    [
      'in a 422 message list',
      (auth: string) => Response.json({ statusCode: 422, message: ['a', auth] }, { status: 422 }),
    ],
    ['in an HTML 502 page', (auth: string) => new Response(`<html>${auth}</html>`, { status: 502 })],
    ['in a response header', (auth: string) => new Response('{}', { status: 403, headers: { 'x-echo': auth } })],
    [
      'in a redirect target',
      (auth: string) =>
        new Response(null, { status: 302, headers: { location: `https://evil.example/?t=${auth.slice(7)}` } }),
    ],
    ['in a 200 body that is not JSON', (auth: string) => new Response(`oops ${auth}`, { status: 200 })],
  ])('%s', async (_, respond) => {
    const error = await failure({ fetch: echo(respond) });
    expect(error).toBeInstanceOf(Error);
    expectNoLeak(error);
  });

  it('cut anywhere, after any amount of padding: the 40-character preview and the 1,000-character body cut keep nothing', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat(1100),
        fc.integer({ min: 8, max: TOKEN.length + 7 }),
        fc.constantFrom(200, 400, 500),
        async (padding, keep, status) => {
          const fetch = echo((auth) => {
            const body = `${'x'.repeat(padding)}${auth.slice(0, keep)}`;
            return new Response(status === 400 ? JSON.stringify({ message: body }) : body, { status });
          });
          expectNoLeak(await failure({ fetch }));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('in a failure of fetch itself, whose cause holds the Request with its headers', async () => {
    const fetch: FetchLike = async (request) => {
      const cause = Object.assign(new Error(`proxy refused ${request.headers.get('authorization')}`), { request });
      throw new TypeError('fetch failed', { cause });
    };
    const error = await failure({ fetch });
    expect(error).toBeInstanceOf(APIConnectionError);
    expectNoLeak(error);
  });

  it('never shows onRetry a piece of it either', async () => {
    const seen: RetryEvent[] = [];
    const fetch = echo((auth) => new Response(`<p>${auth}</p>`, { status: 503 }));
    const error = await failure({ fetch, maxRetries: 2, onRetry: (event) => seen.push(event) });
    expect(seen).toHaveLength(2);
    for (const event of seen) expectNoLeak(event.error);
    expectNoLeak(error);
  });
});

describe('a careless caller', () => {
  it('passes the token as a query value: the ValidationError does not repeat it', async () => {
    for (const query of [
      { altId: 'loc', startAt: TOKEN },
      { altId: 'loc', [TOKEN]: 1 },
      { altId: 'loc', limit: TOKEN },
    ]) {
      const error = await failure({ fetch: echo(() => Response.json({ data: [], totalCount: 0 })) }, query);
      expect(error).toBeInstanceOf(ValidationError);
      expectNoLeak(error);
    }
  });

  it('passes the token inside baseUrl: no error names it', async () => {
    const error = await failure({
      baseUrl: `https://api.example.com/${TOKEN}`,
      fetch: echo(() => new Response('nope', { status: 404 })),
    });
    expect((error as Error).message).toMatch(/404/);
    expectNoLeak(error);
  });

  it('passes a bad option next to the token: the ConfigurationError does not repeat it', () => {
    for (const options of [
      { token: TOKEN, baseUrl: `not a url ${TOKEN}` },
      { token: TOKEN, headers: { [TOKEN]: 'smart \u2019quote' } },
      { token: TOKEN, timeout: TOKEN as never },
    ]) {
      let error: unknown;
      try {
        createOrdersClient(options);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ConfigurationError);
      expectNoLeak(error);
    }
  });
});

describe('a token that cannot be a header value', () => {
  it.each([
    ['non-ASCII (a smart quote)', `${TOKEN}\u2019`],
    ['non-ASCII (an ellipsis)', `${TOKEN.slice(0, 20)}…`],
    ['a non-breaking space inside', `${TOKEN.slice(0, 10)}\u00a0${TOKEN.slice(10)}`],
    ['a control character', `${TOKEN}\u0007`],
  ])('%s is refused at construction, before any request, without echoing it', (_, token) => {
    let calls = 0;
    let error: unknown;
    try {
      createOrdersClient({
        token,
        fetch: async () => {
          calls++;
          return Response.json({});
        },
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(/header|control characters/);
    expect(calls).toBe(0);
    expectNoLeak(error);
  });
});

describe('where the token may go', () => {
  it('refuses plain http to a host that is not this machine, saying why, unless allowed explicitly', async () => {
    expect(() => createOrdersClient({ token: TOKEN, baseUrl: 'http://api.example.com' })).toThrow(
      /unencrypted.*allowInsecureHttp/,
    );
    const sent: Request[] = [];
    const fetch: FetchLike = async (request) => {
      sent.push(request);
      return Response.json({ data: [], totalCount: 0 });
    };
    await createOrdersClient({
      token: TOKEN,
      baseUrl: 'http://api.example.com',
      allowInsecureHttp: true,
      fetch,
    }).orders.list({ altId: 'a' });
    expect(sent[0]?.url).toMatch(/^http:\/\/api\.example\.com\//);
  });

  it.each([
    'http://localhost:4010',
    'http://127.0.0.1:4010',
    'http://127.8.9.10',
    'http://[::1]:4010',
    'http://app.localhost',
  ])('allows plain http to loopback (%s)', (baseUrl) => {
    expect(createOrdersClient({ token: TOKEN, baseUrl }).baseUrl).toBe(baseUrl);
  });

  it.each([301, 302, 303, 307, 308])('does not follow a %i redirect: the error names the target', async (status) => {
    const sent: Request[] = [];
    const fetch: FetchLike = async (request) => {
      sent.push(request);
      return new Response(null, { status, headers: { location: 'https://collector.example/steal' } });
    };
    const error = await failure({ fetch, maxRetries: 2 });
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as InvalidResponseError).reason).toBe('redirect');
    expect((error as Error).message).toContain('https://collector.example/steal');
    expect(sent).toHaveLength(1);
    expect(sent[0]?.redirect).toBe('manual');
  });

  it('the raw typed call refuses a redirect too', async () => {
    const fetch: FetchLike = async () =>
      new Response(null, { status: 307, headers: { location: 'https://elsewhere.example/' } });
    const client = createOrdersClient({ token: TOKEN, fetch });
    const error = await client.GET('/payments/orders', { params: { query: { altId: 'a' } } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as Error).message).toContain('https://elsewhere.example/');
  });
});
