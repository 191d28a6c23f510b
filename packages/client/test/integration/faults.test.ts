// The client against a real HTTP server on 127.0.0.1 that misbehaves the ways
// production does: every case ends in success after retry or the right typed error.
import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  AuthenticationError,
  createOrdersClient,
  InternalServerError,
  InvalidResponseError,
  type OrdersClientOptions,
  type RateLimitError,
} from '../../src/index.js';
import { order } from '../support/fake-api.js';
import {
  type Behaviour,
  droppedMidBody,
  html502,
  json,
  page,
  pageOf,
  reset,
  slow,
  startFaultServer,
  truncatedJson,
} from '../support/fault-server.js';

const TOKEN = 'pit-3f9c2e1a-7b4d-4c8e-9a1f-secret';
const servers: { stop(): Promise<void> }[] = [];
const thrown: unknown[] = [];

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.stop()));
});

async function clientFor(script: Behaviour[], options: Partial<OrdersClientOptions> = {}) {
  const server = await startFaultServer(script);
  servers.push(server);
  const client = createOrdersClient({ token: TOKEN, baseUrl: server.url, rateLimiter: false, ...options });
  return { client, server };
}

async function failure(promise: Promise<unknown>): Promise<Error> {
  const error = await promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: Error) => e,
  );
  thrown.push(error);
  return error;
}

describe('recovers after retry', () => {
  it('a 429 with Retry-After', async () => {
    const { client, server } = await clientFor([
      json(429, { statusCode: 429, message: 'Too Many Requests' }, { 'Retry-After': '1' }),
      page([order(1)]),
    ]);
    const started = Date.now();
    expect((await client.orders.list({ altId: 'loc' })).data).toHaveLength(1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(server.requests).toHaveLength(2);
  });

  it('a burst of 503s', async () => {
    const down = json(503, { statusCode: 503, message: 'Service Unavailable' });
    const { client } = await clientFor([down, down, page([order(1)])]);
    expect((await client.orders.list({ altId: 'loc' })).data).toHaveLength(1);
  });

  it('a connection reset', async () => {
    const { client } = await clientFor([reset, page([order(1)])]);
    expect((await client.orders.list({ altId: 'loc' })).data).toHaveLength(1);
  });

  it('a response slower than the timeout', async () => {
    const { client } = await clientFor([slow(2000, page()), page([order(1)])], { timeout: 300 });
    expect((await client.orders.list({ altId: 'loc' })).data).toHaveLength(1);
  });

  it('truncated JSON and a connection dropped mid-body', async () => {
    const { client } = await clientFor([truncatedJson, droppedMidBody, page([order(1)])]);
    expect((await client.orders.list({ altId: 'loc' })).data).toHaveLength(1);
  });

  it('an HTML 502 page from a proxy', async () => {
    const { client } = await clientFor([html502, page([order(1)])]);
    expect((await client.orders.list({ altId: 'loc' })).data).toHaveLength(1);
  });
});

describe('or ends in the right typed error', () => {
  it('persistent timeouts', async () => {
    const { client } = await clientFor([slow(2000, page())], { timeout: 200, maxRetries: 1 });
    const error = await failure(client.orders.list({ altId: 'loc' }));
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect(error.message).toMatch(/took longer than 200 ms.*gave up after 2 attempts/);
  });

  it('persistent resets', async () => {
    const { client } = await clientFor([reset], { maxRetries: 1 });
    expect(await failure(client.orders.list({ altId: 'loc' }))).toBeInstanceOf(APIConnectionError);
  });

  it('persistent truncated JSON', async () => {
    const { client } = await clientFor([truncatedJson], { maxRetries: 0 });
    const error = await failure(client.orders.list({ altId: 'loc' }));
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as InvalidResponseError).body).toBe('{"data":[{"_id":"653f5e0cde5a13');
  });

  it('a persistent HTML 502, with the page kept as the body', async () => {
    const { client } = await clientFor([html502], { maxRetries: 0 });
    const error = (await failure(client.orders.list({ altId: 'loc' }))) as InternalServerError;
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.status).toBe(502);
    expect(error.body).toMatch(/<h1>502 Bad Gateway<\/h1>/);
    expect(error.message).toMatch(/non-JSON body/);
  });

  it('a daily 429, at once', async () => {
    const spent = json(
      429,
      { statusCode: 429, message: 'Too Many Requests' },
      { 'X-RateLimit-Daily-Remaining': '0', 'Retry-After': '40000' },
    );
    const { client, server } = await clientFor([spent]);
    const error = (await failure(client.orders.list({ altId: 'loc' }))) as RateLimitError;
    expect(error.scope).toBe('daily');
    expect(server.requests).toHaveLength(1);
  });

  it('a 401 from a server that echoes the Authorization header', async () => {
    const echo: Behaviour = (req, res) =>
      json(
        401,
        { statusCode: 401, message: `Invalid token: ${req.headers.authorization}`, error: 'Unauthorized' },
        {
          'x-echo': String(req.headers.authorization),
        },
      )(req, res);
    const { client } = await clientFor([echo]);
    const error = await failure(client.orders.list({ altId: 'loc' }));
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.message).toMatch(/payments\/orders\.readonly/);
  });
});

describe('pagination through faults', () => {
  it('gets every order exactly once while pages fail and recover', async () => {
    const all = Array.from({ length: 45 }, (_, i) => order(45 - i));
    const listing = pageOf(all);
    const { client } = await clientFor([
      listing,
      html502,
      listing,
      reset,
      listing,
      json(503, { statusCode: 503, message: 'x' }),
      listing,
      truncatedJson,
      listing,
      listing,
    ]);
    const ids: string[] = [];
    for await (const o of client.orders.list({ altId: 'loc', limit: 10 })) ids.push(o._id);
    expect(ids).toEqual(all.map((o) => o._id));
  });
});

describe('the token', () => {
  it('appears in nothing the client threw in this file', () => {
    expect(thrown.length).toBeGreaterThanOrEqual(6);
    for (const error of thrown) {
      expect(String(error)).not.toContain(TOKEN);
      expect(JSON.stringify(error)).not.toContain(TOKEN);
      expect(inspect(error, { showHidden: true, depth: 8 })).not.toContain(TOKEN);
    }
  });

  it('is not visible on the client object', async () => {
    const { client } = await clientFor([page()]);
    expect(inspect(client, { showHidden: true, depth: 8 })).not.toContain(TOKEN);
    expect(JSON.stringify(client)).not.toContain(TOKEN);
  });
});
