// createOrdersClient with an injected fetch: what goes on the wire, and what a
// broken answer becomes (bad options are refused in options.test.ts).
import { describe, expect, it } from 'vitest';
import { APIConnectionError, createOrdersClient, DEFAULT_BASE_URL, InvalidResponseError } from '../src/index.js';

const page = { data: [], totalCount: 0 };

function recorder(respond: () => Response = () => Response.json(page)) {
  const requests: Request[] = [];
  const fetch = async (input: Request) => {
    requests.push(input);
    return respond();
  };
  return { requests, fetch };
}

describe('requests', () => {
  it('sends the token, the Version header and altType=location to the vendor by default', async () => {
    const { requests, fetch } = recorder();
    await createOrdersClient({ token: 'secret-token', fetch }).orders.list({ altId: 'loc1', limit: 5 });
    const [request] = requests;
    const url = new URL(request!.url);
    expect(url.origin + url.pathname).toBe(`${DEFAULT_BASE_URL}/payments/orders`);
    expect(Object.fromEntries(url.searchParams)).toEqual({ altId: 'loc1', limit: '5', altType: 'location' });
    expect(request!.headers.get('authorization')).toBe('Bearer secret-token');
    expect(request!.headers.get('version')).toBe('2021-07-28');
  });

  it('goes to a white-label base URL, with or without a trailing slash', async () => {
    const { requests, fetch } = recorder();
    await createOrdersClient({ token: 't', fetch, baseUrl: 'https://api.example-agency.com/' }).orders.list({
      altId: 'a',
    });
    expect(requests[0]!.url).toMatch(/^https:\/\/api\.example-agency\.com\/payments\/orders\?/);
  });

  it('lets the caller set altType per request, or turn it off', async () => {
    const { requests, fetch } = recorder();
    await createOrdersClient({ token: 't', fetch, altType: null }).orders.list({ altId: 'a' });
    await createOrdersClient({ token: 't', fetch, altType: null }).orders.list({ altId: 'a', altType: 'location' });
    expect(new URL(requests[0]!.url).searchParams.has('altType')).toBe(false);
    expect(new URL(requests[1]!.url).searchParams.get('altType')).toBe('location');
  });

  it('adds extra headers but keeps its own Authorization', async () => {
    const { requests, fetch } = recorder();
    await createOrdersClient({
      token: 'mine',
      fetch,
      headers: { 'X-Trace': 'abc', Authorization: 'Bearer other' },
    }).orders.list({ altId: 'a' });
    expect(requests[0]!.headers.get('x-trace')).toBe('abc');
    expect(requests[0]!.headers.get('authorization')).toBe('Bearer mine');
  });

  it('accepts a token pasted with its "Bearer " prefix', async () => {
    const { requests, fetch } = recorder();
    await createOrdersClient({ token: 'Bearer abc.def', fetch }).orders.list({ altId: 'a' });
    expect(requests[0]!.headers.get('authorization')).toBe('Bearer abc.def');
  });
});

describe('broken responses', () => {
  it('a truncated JSON body is an InvalidResponseError, not a SyntaxError', async () => {
    const { fetch } = recorder(
      () => new Response('{"data":[{"_id":"a"', { status: 200, headers: { 'content-type': 'application/json' } }),
    );
    const error = await createOrdersClient({ token: 't', fetch, maxRetries: 0 })
      .orders.list({ altId: 'a' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as InvalidResponseError).status).toBe(200);
    expect((error as Error).message).toMatch(/not JSON/);
  });

  it('a failed connection is an APIConnectionError naming the request', async () => {
    const fetch = async () => {
      throw new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED 127.0.0.1:1') });
    };
    const error = await createOrdersClient({ token: 'secret', fetch, baseUrl: 'http://127.0.0.1:1', maxRetries: 0 })
      .orders.list({ altId: 'a' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect((error as Error).message).toMatch(/GET http:\/\/127\.0\.0\.1:1\/payments\/orders.*ECONNREFUSED/);
    expect((error as Error).message).not.toContain('secret');
  });
});
