// The raw typed calls (`client.GET`, `client.POST`) go through openapi-fetch
// with a guarded fetch: a redirect is refused, not followed; a body is capped
// at maxResponseBytes; a failure of fetch itself becomes a typed error; and
// nothing thrown carries the token.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIUserAbortError,
  createOrdersClient,
  type FetchLike,
  InvalidResponseError,
  type OrdersClientOptions,
} from '../../src/index.js';
import { everythingAbout, leaks } from '../support/token-windows.js';

const TOKEN = 'pit-1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b';
const LIST_URL = 'https://services.leadconnectorhq.com/payments/orders?altId=loc1&altType=location';

/** A raw client whose fetch records the Request it is handed and answers with `respond`. */
function raw(respond: (request: Request) => Response | Promise<Response>, options: Partial<OrdersClientOptions> = {}) {
  const sent: Request[] = [];
  const fetch: FetchLike = async (request) => {
    sent.push(request);
    return respond(request);
  };
  return { client: createOrdersClient({ token: TOKEN, fetch, ...options }), sent };
}

function listOrders(client: ReturnType<typeof createOrdersClient>, signal?: AbortSignal) {
  return client.GET('/payments/orders', { params: { query: { altId: 'loc1' } }, signal });
}

function failureOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected the raw call to throw');
    },
    (error: unknown) => error,
  );
}

/** A body that records whether the client cancelled it. */
function watchedBody(text: string) {
  const state = { cancelled: false };
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(text));
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return { body, state };
}

describe('a redirect', () => {
  it('is refused, not followed: the error names the target, the request went out with redirect: manual', async () => {
    const { body, state } = watchedBody('<a href="https://login.example/">moved</a>');
    const { client, sent } = raw(
      () => new Response(body, { status: 308, headers: { location: 'https://login.example/oauth' } }),
    );
    const error = await failureOf(listOrders(client));
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error).toMatchObject({ reason: 'redirect', status: 308, request: { method: 'GET', url: LIST_URL } });
    expect((error as Error).message).toBe(
      `GET ${LIST_URL} answered 308, a redirect to https://login.example/oauth. The Orders API never redirects, so the client does not follow it (the token would go along): check baseUrl, or the proxy in between.`,
    );
    expect(sent).toHaveLength(1);
    expect(sent[0]?.redirect).toBe('manual');
    expect(state.cancelled).toBe(true);
  });

  it('without a Location says so', async () => {
    const { client } = raw(() => new Response(null, { status: 302 }));
    const error = await failureOf(listOrders(client));
    expect((error as InvalidResponseError).reason).toBe('redirect');
    expect((error as Error).message).toContain('answered 302, a redirect without saying where.');
  });

  it('is refused in the form a browser hands it over too (an opaque redirect)', async () => {
    const { client } = raw(() => {
      const response = new Response(null, { status: 200 });
      Object.defineProperty(response, 'type', { value: 'opaqueredirect' });
      return response;
    });
    const error = await failureOf(listOrders(client));
    expect((error as InvalidResponseError).reason).toBe('redirect');
  });
});

describe('the body', () => {
  /** A JSON page of exactly `bytes` bytes. */
  const pageOf = (bytes: number) => {
    const empty = JSON.stringify({ data: [], totalCount: 0, pad: '' });
    return JSON.stringify({ data: [], totalCount: 0, pad: 'x'.repeat(bytes - empty.length) });
  };

  it('is read whole up to maxResponseBytes', async () => {
    const { client } = raw(() => new Response(pageOf(1024), { headers: { 'content-type': 'application/json' } }), {
      maxResponseBytes: 1024,
    });
    const { data } = await listOrders(client);
    expect(data).toMatchObject({ data: [], totalCount: 0 });
  });

  it('one byte over maxResponseBytes is refused as too large, naming the cap and what to do', async () => {
    const { client } = raw(() => new Response(pageOf(1025), { headers: { 'content-type': 'application/json' } }), {
      maxResponseBytes: 1024,
    });
    const error = await failureOf(listOrders(client));
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error).toMatchObject({ reason: 'too-large', status: 200 });
    expect((error as Error).message).toMatch(
      /^GET \S+ answered with a body over 1,024 bytes, .*reading stopped\. Check baseUrl, lower `limit`, or raise maxResponseBytes\.$/,
    );
  });

  it('an error status keeps at most the cap of its body, as every call does, and still resolves with it', async () => {
    const { body, state } = watchedBody('e'.repeat(4096));
    const { client } = raw(() => new Response(body, { status: 500 }), { maxResponseBytes: 1024 });
    const { error, response } = await listOrders(client);
    expect(response.status).toBe(500);
    expect(error).toBe('e'.repeat(1024));
    expect(state.cancelled).toBe(true);
  });

  it('is counted as decoded: a small gzip body that inflates past the cap is refused', async () => {
    const inflated = pageOf(256 * 1024);
    const gzipped = gzipSync(inflated);
    expect(gzipped.length).toBeLessThan(4096);
    const server = createServer((_request, response) => {
      response.writeHead(200, {
        'content-type': 'application/json',
        'content-encoding': 'gzip',
        'content-length': String(gzipped.length),
      });
      response.end(gzipped);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const client = createOrdersClient({
        token: TOKEN,
        baseUrl: `http://127.0.0.1:${port}`,
        maxResponseBytes: 64 * 1024,
      });
      const error = await failureOf(listOrders(client));
      expect(error).toMatchObject({ reason: 'too-large', status: 200 });
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  it('a success that is not JSON is an InvalidResponseError, and its preview holds no piece of the token', async () => {
    // The body echoes the token, as a broken proxy might: a SyntaxError would quote it.
    const { client } = raw(
      (request) =>
        new Response((request.headers.get('authorization') ?? '').slice('Bearer '.length), {
          headers: { 'content-type': 'application/json' },
        }),
    );
    const error = await failureOf(listOrders(client));
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error).toMatchObject({ reason: 'not-json', status: 200 });
    expect((error as Error).message).toMatch(/answered 200 with a body that is not JSON/);
    expect(leaks(everythingAbout(error), TOKEN)).toEqual([]);
  });

  it('an empty answer without a body status (204) resolves with no data', async () => {
    const { client } = raw(() => new Response(null, { status: 204 }));
    const { data, error, response } = await listOrders(client);
    expect(response.status).toBe(204);
    expect(data).toBeUndefined();
    expect(error).toBeUndefined();
  });
});

describe('the timeout', () => {
  it('bounds a raw call whose fetch never answers (and ignores the signal)', async () => {
    const { client } = raw(() => new Promise<Response>(() => {}), { timeout: 50 });
    const error = await failureOf(listOrders(client));
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect((error as Error).message).toMatch(/took longer than 50 ms .* Raise `timeout`/);
  });

  it('bounds a body that stops arriving', async () => {
    const stalled = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"data":['));
      },
    });
    const { client } = raw(() => new Response(stalled, { headers: { 'content-type': 'application/json' } }), {
      timeout: 50,
    });
    expect(await failureOf(listOrders(client))).toBeInstanceOf(APIConnectionTimeoutError);
  });
});

describe('altType', () => {
  it('is added to raw reads, not to raw writes (which carry it in their body)', async () => {
    const { client, sent } = raw(() => Response.json({ success: true }));
    await client.POST('/payments/orders/{orderId}/record-payment', {
      params: { path: { orderId: 'o1' } },
      body: { altId: 'loc1', altType: 'location', mode: 'cash' } as never,
    });
    await listOrders(client);
    expect(sent.map((request) => new URL(request.url).searchParams.get('altType'))).toEqual([null, 'location']);
  });
});

describe('a failure of fetch itself', () => {
  it('becomes an APIConnectionError naming the request and the reason, the cause’s error code kept', async () => {
    const { client } = raw(() => {
      const refused = Object.assign(new Error('connect ECONNREFUSED 10.1.2.3:443'), {
        code: 'ECONNREFUSED',
        syscall: 'connect',
      });
      throw new TypeError('fetch failed', { cause: refused });
    });
    const error = await failureOf(listOrders(client));
    expect(error).toBeInstanceOf(APIConnectionError);
    expect((error as APIConnectionError).request).toEqual({ method: 'GET', url: LIST_URL });
    expect((error as Error).message).toBe(
      `GET ${LIST_URL} got no complete answer (connect ECONNREFUSED 10.1.2.3:443). Check the network and baseUrl, then retry.`,
    );
    const cause = (error as Error).cause as Error;
    expect(cause.message).toBe('fetch failed');
    expect(cause.cause).toMatchObject({ code: 'ECONNREFUSED', syscall: 'connect' });
  });

  it('after the caller aborted is an APIUserAbortError, not a network problem', async () => {
    const controller = new AbortController();
    const { client } = raw((request) => {
      controller.abort();
      throw request.signal.reason;
    });
    const error = await failureOf(listOrders(client, controller.signal));
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect((error as Error).message).toBe(`GET ${LIST_URL} was cancelled by the caller's AbortSignal.`);
  });
});

describe('the token', () => {
  const auth = (request: Request) => request.headers.get('authorization') ?? '';

  it.each([
    [
      'in a redirect target',
      (request: Request) =>
        new Response(null, { status: 302, headers: { location: `https://evil.example/?t=${auth(request).slice(7)}` } }),
    ],
    [
      'in a header of a redirect',
      (request: Request) => new Response(null, { status: 301, headers: { location: '/x', 'x-echo': auth(request) } }),
    ],
    [
      'in a header of a body too large',
      (request: Request) => new Response('x'.repeat(2048), { headers: { 'x-echo': auth(request) } }),
    ],
    [
      'in the message of a failed fetch',
      (request: Request) => {
        throw new TypeError(`fetch failed for ${auth(request)}`);
      },
    ],
    [
      'in a cause holding the Request itself',
      (request: Request) => {
        throw new TypeError('fetch failed', {
          cause: Object.assign(new Error(`proxy refused ${auth(request)}`), { request, headers: request.headers }),
        });
      },
    ],
  ])('%s appears in no error, however it is printed', async (_, respond) => {
    const { client } = raw(respond, { maxResponseBytes: 1024 });
    const error = await failureOf(listOrders(client));
    expect(error).toBeInstanceOf(Error);
    expect(leaks(everythingAbout(error), TOKEN)).toEqual([]);
  });
});
