// The options of createOrdersClient: the defaults, and every unusable value
// refused at construction with a ConfigurationError that names the option and
// says what to do, before any request could fail in a more confusing way.
import { describe, expect, it } from 'vitest';
import {
  ConfigurationError,
  createCoreClient,
  createOrdersClient,
  DEFAULT_BASE_URL,
  DEFAULT_MAX_RESPONSE_BYTES,
  DEFAULT_VERSION,
  type FetchLike,
  type OrdersClientOptions,
  RateLimiter,
} from '../src/index.js';
import { resolveOptions } from '../src/options.js';

const TOKEN = 'pit-0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d';

/** The error createOrdersClient throws for these options (the test fails if it throws none). */
function refusal(options: Partial<OrdersClientOptions>): ConfigurationError {
  try {
    createOrdersClient(options as OrdersClientOptions);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return error as ConfigurationError;
  }
  throw new Error(`expected ${JSON.stringify(options)} to be refused`);
}

describe('bad options', () => {
  it.each([
    [{ token: '' }, /No API token/],
    [{ token: '   ' }, /No API token/],
    [{ token: 'abc\ndef' }, /spaces or control characters/],
    [{ token: 't', baseUrl: 'services.leadconnectorhq.com' }, /baseUrl is not an absolute URL/],
    [{ token: 't', baseUrl: 'ftp://x.example' }, /https:\/\//],
    [{ token: 't', baseUrl: 'https://user:pw@x.example' }, /credentials/],
  ])('%j is refused with a clear message', (options, message) => {
    expect(() => createOrdersClient(options)).toThrow(ConfigurationError);
    expect(() => createOrdersClient(options)).toThrow(message);
  });

  it('never echoes the token in a refusal', () => {
    const error = (() => {
      try {
        createOrdersClient({ token: 'tok\nen-secret' });
      } catch (e) {
        return e as Error;
      }
    })();
    expect(JSON.stringify({ ...error, message: error?.message })).not.toContain('en-secret');
  });
});

describe('defaults', () => {
  it('fills in the documented defaults for everything but the token', () => {
    const resolved = resolveOptions({ token: TOKEN });
    expect(resolved).toMatchObject({
      token: TOKEN,
      baseUrl: DEFAULT_BASE_URL,
      version: DEFAULT_VERSION,
      headers: {},
      altType: 'location',
      maxRetries: 2,
      timeout: 30_000,
      normalize: true,
      maxWait: 60_000,
      maxResponseBytes: DEFAULT_MAX_RESPONSE_BYTES,
    });
    expect(DEFAULT_MAX_RESPONSE_BYTES).toBe(8 * 1024 * 1024);
    expect(resolved.rateLimiter).toBeInstanceOf(RateLimiter);
    expect(typeof resolved.fetch).toBe('function');
  });

  it('refuses a missing options object, saying a token is the least it needs', () => {
    for (const options of [undefined, null, 'pit-token']) {
      expect(() => createOrdersClient(options as never)).toThrow(
        /createOrdersClient needs an options object with at least a `token`/,
      );
      expect(() => createOrdersClient(options as never)).toThrow(ConfigurationError);
    }
  });
});

describe('token', () => {
  it.each([
    ['missing', undefined],
    ['not a string', 12345678],
    ['empty', ''],
    ['only whitespace', ' \n\t '],
    ['only the Bearer prefix', 'Bearer '],
    ['only the Bearer prefix, no space', 'bearer'],
  ])('%s: refused as no token, saying which token to pass', (_, token) => {
    const error = refusal({ token: token as never });
    expect(error.option).toBe('token');
    expect(error.message).toMatch(/No API token: pass `token`/);
    expect(error.message).toMatch(/Sub-Account OAuth access token or Private Integration Token/);
    expect(error.message).toContain('payments/orders.readonly');
  });

  it.each([
    ['a line break', `${TOKEN.slice(0, 20)}\n${TOKEN.slice(20)}`],
    ['a space', `${TOKEN.slice(0, 20)} ${TOKEN.slice(20)}`],
    ['a tab after the Bearer prefix', `Bearer ${TOKEN}\tmore`],
    ['a DEL character', `${TOKEN}\u007f`],
  ])('with %s inside: refused, telling to copy it again, without showing it', (_, token) => {
    const error = refusal({ token });
    expect(error.option).toBe('token');
    expect(error.message).toMatch(/spaces or control characters: copy it again without line breaks/);
    expect(error.message).not.toContain(TOKEN.slice(0, 8));
  });

  it('with a "smart quote" from a word processor: refused as not sendable in a header, telling where to copy it from', () => {
    const error = refusal({ token: `\u201c${TOKEN}\u201d` });
    expect(error.option).toBe('token');
    expect(error.message).toMatch(/cannot be sent in an HTTP header \(only visible ASCII can\)/);
    expect(error.message).toMatch(/smart quotes.*Copy it again from HighLevel/);
  });

  it.each(['Bearer ', 'bearer ', 'BEARER   ', '  Bearer '])(
    'a pasted %j prefix and surrounding whitespace are dropped',
    async (prefix) => {
      const sent: Request[] = [];
      const fetch: FetchLike = async (request) => {
        sent.push(request);
        return Response.json({ data: [], totalCount: 0 });
      };
      await createOrdersClient({ token: `${prefix}${TOKEN}\n`, fetch, rateLimiter: false }).orders.list({ altId: 'a' });
      expect(sent[0]?.headers.get('authorization')).toBe(`Bearer ${TOKEN}`);
    },
  );
});

describe('baseUrl', () => {
  it('not a URL: refused without echoing the value, showing what a base URL looks like', () => {
    const error = refusal({ token: TOKEN, baseUrl: 'my-agency-api/v2' });
    expect(error.option).toBe('baseUrl');
    expect(error.message).toBe(
      `baseUrl is not an absolute URL: use the API's origin, e.g. ${DEFAULT_BASE_URL} or your white-label domain.`,
    );
  });

  it('not a string: refused as such', () => {
    const error = refusal({ token: TOKEN, baseUrl: new URL(DEFAULT_BASE_URL) as never });
    expect(error.option).toBe('baseUrl');
    expect(error.message).toBe('baseUrl must be a string URL.');
  });

  it.each(['ftp://api.example.com', 'file:///etc/hosts', 'ws://localhost:4010'])(
    '%s: refused, naming the scheme and asking for https://',
    (baseUrl) => {
      const error = refusal({ token: TOKEN, baseUrl });
      expect(error.option).toBe('baseUrl');
      expect(error.message).toMatch(
        /^baseUrl must start with https:\/\/ \(or http:\/\/ for a local mock\), not [a-z]+:$/,
      );
      expect(error.message).toContain(new URL(baseUrl).protocol);
    },
  );

  it.each([
    ['credentials', 'https://user:secret@api.example.com'],
    ['a user name alone', 'https://user@api.example.com'],
    ['a query', 'https://api.example.com/?access_token=abc'],
    ['a fragment', 'https://api.example.com/#token'],
  ])('with %s: refused, saying the token goes in `token`', (_, baseUrl) => {
    const error = refusal({ token: TOKEN, baseUrl });
    expect(error.option).toBe('baseUrl');
    expect(error.message).toBe('baseUrl must not carry credentials, a query or a fragment: pass the token as `token`.');
    expect(error.message).not.toContain('secret');
  });

  it('plain http to a remote host: refused naming the host, why, and how to opt in', () => {
    const error = refusal({ token: TOKEN, baseUrl: 'http://api.example-agency.com:8080' });
    expect(error.option).toBe('baseUrl');
    expect(error.message).toMatch(
      /plain http:\/\/ to api\.example-agency\.com:8080: the token would travel unencrypted/,
    );
    expect(error.message).toMatch(/Use https:\/\/, or pass allowInsecureHttp: true/);
    expect(
      createCoreClient({ token: TOKEN, baseUrl: 'http://api.example-agency.com:8080', allowInsecureHttp: true })
        .baseUrl,
    ).toBe('http://api.example-agency.com:8080');
  });

  it.each([
    'http://localhost.example.com',
    'http://127.0.0.1.nip.io',
    'http://10.0.0.1',
    'http://[::2]',
    'http://128.0.0.1',
  ])('%s only looks local: plain http to it is refused', (baseUrl) => {
    expect(refusal({ token: TOKEN, baseUrl }).message).toMatch(/plain http:\/\/.*allowInsecureHttp/);
  });

  it('only allowInsecureHttp: true opts in, not a truthy look-alike', () => {
    expect(
      refusal({ token: TOKEN, baseUrl: 'http://api.example.com', allowInsecureHttp: 'true' as never }).option,
    ).toBe('baseUrl');
  });

  it.each([
    ['HTTP://LOCALHOST:4010', 'http://localhost:4010'],
    ['http://mock.localhost', 'http://mock.localhost'],
    ['http://127.1:4010', 'http://127.0.0.1:4010'],
    ['http://127.255.255.254', 'http://127.255.255.254'],
    ['http://[0:0:0:0:0:0:0:1]:4010/', 'http://[::1]:4010'],
    ['http://[::ffff:127.0.0.1]:4010', 'http://[::ffff:7f00:1]:4010'],
  ])('plain http to loopback %s is allowed without opting in', (baseUrl, normalized) => {
    expect(createCoreClient({ token: TOKEN, baseUrl }).baseUrl).toBe(normalized);
  });

  it.each([
    ['https://api.example.com/', 'https://api.example.com'],
    ['https://api.example.com/orders-api//', 'https://api.example.com/orders-api'],
    ['https://api.example.com', 'https://api.example.com'],
  ])('%s: trailing slashes are trimmed, a path prefix kept', async (baseUrl, expected) => {
    const sent: Request[] = [];
    const fetch: FetchLike = async (request) => {
      sent.push(request);
      return Response.json({ data: [], totalCount: 0 });
    };
    const client = createOrdersClient({ token: TOKEN, baseUrl, fetch, rateLimiter: false });
    expect(client.baseUrl).toBe(expected);
    await client.orders.list({ altId: 'a' });
    expect(sent[0]?.url).toMatch(new RegExp(`^${expected.replace(/\./g, '\\.')}/payments/orders\\?`));
  });
});

describe('version', () => {
  it.each(['2023-02-21', 'v3', ''])('%j: refused, listing the versions the contract covers', (version) => {
    const error = refusal({ token: TOKEN, version: version as never });
    expect(error.option).toBe('version');
    expect(error.message).toBe(
      "version must be one of 2021-07-28, the API versions this contract covers (see the spec's ApiVersion).",
    );
  });
});

describe('headers', () => {
  it.each([
    ['a space in the name', 'X Trace'],
    ['a colon in the name', 'X-Trace:'],
    ['an empty name', ''],
  ])('%s: refused, naming the header and what a valid one is', (_, name) => {
    const error = refusal({ token: TOKEN, headers: { [name]: 'abc' } });
    expect(error.message).toBe(
      `headers: "${name}" is not a valid HTTP header (a name of letters, digits and -, a value of visible ASCII).`,
    );
  });

  it.each([
    ['a line break (header injection)', 'sk_live_9f8e7d6c\r\nX-Injected: 1'],
    ['a NUL', 'sk_live_9f8e7d6c\u0000'],
    ['a character outside Latin-1', 'sk_live_9f8e7d6c\u2019'],
  ])('a value with %s: refused, naming the header but never showing the value', (_, value) => {
    const error = refusal({ token: TOKEN, headers: { 'X-Api-Key': value } });
    expect(error.message).toMatch(/^headers: "X-Api-Key" is not a valid HTTP header/);
    expect(error.message).not.toContain('sk_live');
    expect(JSON.stringify(error)).not.toContain('sk_live');
  });

  it('a very long header name is named by its first characters, on one printable line', () => {
    const name = `X-\u001b[2J${'a'.repeat(60)} bad`;
    const error = refusal({ token: TOKEN, headers: { [name]: 'v' } });
    expect(error.option).toBe('headers');
    expect(error.message).toContain(`"X-${'a'.repeat(37)}…"`);
    expect(error.message).not.toContain('\u001b');
  });

  it.each([
    ['an object', { 'X-Trace': 'abc' }],
    ['a Headers', new Headers({ 'X-Trace': 'abc' })],
    ['a Map', new Map([['X-Trace', 'abc']])],
    ['[name, value] pairs', [['X-Trace', 'abc']]],
  ])('given as %s, they are sent with every request', async (_, headers) => {
    const sent: Request[] = [];
    const fetch: FetchLike = async (request) => {
      sent.push(request);
      return Response.json({ data: [], totalCount: 0 });
    };
    const client = createOrdersClient({ token: TOKEN, fetch, rateLimiter: false, headers: headers as never });
    await client.orders.list({ altId: 'loc1' });
    await client.GET('/payments/orders', { params: { query: { altId: 'loc1' } } });
    expect(sent.map((request) => request.headers.get('x-trace'))).toEqual(['abc', 'abc']);
  });

  it('a list of "Name: value" strings: refused, naming the first one', () => {
    const error = refusal({ token: TOKEN, headers: ['X-Trace: abc'] as never });
    expect(error.option).toBe('headers');
    expect(error.message).toMatch(/^headers: "X-Trace: abc" is not a valid HTTP header/);
  });

  it.each([
    ['a string', 'X-Trace: abc'],
    ['null', null],
  ])('%s instead: refused, saying what headers may be', (_, headers) => {
    const error = refusal({ token: TOKEN, headers: headers as never });
    expect(error.option).toBe('headers');
    expect(error.message).toBe(
      'headers must be an object of header names to values, a Headers, or [name, value] pairs.',
    );
  });
});

describe('fetch', () => {
  it.each([
    ['an object', { fetch: () => {} }],
    ['a string', 'node-fetch'],
    ['null', null],
  ])('%s: refused, asking for a function like the global fetch', (_, fetch) => {
    const error = refusal({ token: TOKEN, fetch: fetch as never });
    expect(error.option).toBe('fetch');
    expect(error.message).toBe('`fetch` must be a function compatible with the global fetch.');
  });
});

describe('rateLimiter', () => {
  it.each([
    ['true', true],
    ['an options object', { max: 50 }],
    ['a number', 100],
  ])('%s: refused at construction, saying what to pass, not failing every request later', (_, rateLimiter) => {
    const error = refusal({ token: TOKEN, rateLimiter: rateLimiter as never });
    expect(error.option).toBe('rateLimiter');
    expect(error.message).toMatch(/rateLimiter must be a RateLimiter \(new RateLimiter\(\).*or false for no pacing\./);
  });

  it("a limiter of the caller's own that fails: the call rejects with its error, not a made-up abort", async () => {
    const limiter = {
      acquire: async () => {
        throw new Error('limiter store unreachable');
      },
      update: () => {},
    } as unknown as RateLimiter;
    const fetch: FetchLike = async () => Response.json({ data: [], totalCount: 0 });
    const client = createOrdersClient({ token: TOKEN, fetch, rateLimiter: limiter, maxRetries: 0 });
    await expect(client.orders.list({ altId: 'loc1' })).rejects.toThrow(/^limiter store unreachable$/);
  });

  it('a RateLimiter is used as given, false means none', () => {
    const limiter = new RateLimiter();
    expect(resolveOptions({ token: TOKEN, rateLimiter: limiter }).rateLimiter).toBe(limiter);
    expect(resolveOptions({ token: TOKEN, rateLimiter: false }).rateLimiter).toBeUndefined();
  });
});

describe('numbers', () => {
  it.each([
    ['maxRetries', -1, /^maxRetries must be a whole number from 0 to 10 \(got -1\)\.$/],
    ['maxRetries', 11, /^maxRetries must be a whole number from 0 to 10 \(got 11\)\.$/],
    ['maxRetries', 1.5, /\(got 1\.5\)/],
    ['maxRetries', '3', /\(got 3\)/],
    ['timeout', 0, /^timeout must be a number of ms above 0 and at most 600000 \(got 0\)\.$/],
    ['timeout', 600_001, /\(got 600001\)/],
    ['timeout', Number.POSITIVE_INFINITY, /\(got Infinity\)/],
    ['timeout', Number.NaN, /\(got NaN\)/],
    ['maxWait', -1, /^maxWait must be a number of ms from 0 to 3600000 \(got -1\)\.$/],
    ['maxWait', 3_600_001, /\(got 3600001\)/],
    ['maxWait', '60000', /\(got 60000\)/],
    [
      'maxResponseBytes',
      1023,
      /^maxResponseBytes must be a whole number of bytes from 1024 to 1073741824 \(got 1023\)\.$/,
    ],
    ['maxResponseBytes', 2 ** 30 + 1, /\(got 1073741825\)/],
    ['maxResponseBytes', 65_536.5, /\(got 65536\.5\)/],
  ])('%s: %o is refused, with the range it must be in', (name, value, message) => {
    const error = refusal({ token: TOKEN, [name]: value });
    expect(error.option).toBe(name);
    expect(error.message).toMatch(message);
  });

  it.each([
    ['maxRetries', 0],
    ['maxRetries', 10],
    ['timeout', 1],
    ['timeout', 600_000],
    ['maxWait', 0],
    ['maxWait', 3_600_000],
    ['maxResponseBytes', 1024],
    ['maxResponseBytes', 2 ** 30],
  ] as const)('%s: %d, at the edge of the range, is taken as given', (name, value) => {
    expect(resolveOptions({ token: TOKEN, [name]: value })[name]).toBe(value);
  });
});
