// createCoreClient: what a core shows (its base URL and its rate limiter), and
// what it never shows: the token, not in the core itself and not in the
// ConfigurationError of an option refused next to it.
import { inspect } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConfigurationError, createCoreClient, DEFAULT_BASE_URL, RateLimiter } from '../src/index.js';
import { everythingAbout, leaks } from './support/token-windows.js';

const TOKEN = 'pit-7c1e9a2b-3d4f-4a5b-8c6d-9e0f1a2b3c4d';

describe('createCoreClient', () => {
  it('exposes the base URL requests go to: the vendor by default, or the one given without its trailing slash', () => {
    expect(createCoreClient({ token: TOKEN }).baseUrl).toBe(DEFAULT_BASE_URL);
    expect(createCoreClient({ token: TOKEN, baseUrl: 'https://api.example-agency.com/v2/' }).baseUrl).toBe(
      'https://api.example-agency.com/v2',
    );
  });

  it('exposes the limiter it paces with: the shared one passed in, a fresh one of its own, or none', () => {
    const shared = new RateLimiter({ max: 50 });
    const a = createCoreClient({ token: TOKEN, rateLimiter: shared });
    const b = createCoreClient({ token: TOKEN, rateLimiter: shared });
    expect(a.rateLimiter).toBe(shared);
    expect(b.rateLimiter).toBe(shared);

    const own = createCoreClient({ token: TOKEN }).rateLimiter;
    expect(own).toBeInstanceOf(RateLimiter);
    expect(own).not.toBe(createCoreClient({ token: TOKEN }).rateLimiter);

    expect(createCoreClient({ token: TOKEN, rateLimiter: false }).rateLimiter).toBeUndefined();
  });

  it('never shows the token, however the core is printed or serialized', () => {
    for (const token of [TOKEN, `Bearer ${TOKEN}`]) {
      const core = createCoreClient({ token, headers: { 'X-Trace': 'abc' } });
      const shown = [
        inspect(core, { showHidden: true, depth: Number.POSITIVE_INFINITY, getters: true }),
        JSON.stringify(core.settings),
        JSON.stringify(core),
      ].join('\n');
      expect(shown).toContain('X-Trace');
      expect(leaks(shown, TOKEN)).toEqual([]);
    }
  });

  it('still sends it: only the Authorization header it sets carries the token', () => {
    const headers = new Headers();
    createCoreClient({ token: ` Bearer ${TOKEN}\n` }).transport.authorize(headers);
    expect(headers.get('authorization')).toBe(`Bearer ${TOKEN}`);
  });
});

describe('a ConfigurationError next to the token', () => {
  /** Options that refuse `piece` and would quote it, if nothing masked it. */
  const echoing: Array<[string, (piece: string) => Record<string, unknown>]> = [
    ['timeout', (piece) => ({ timeout: piece })],
    ['maxRetries', (piece) => ({ maxRetries: piece })],
    ['maxWait', (piece) => ({ maxWait: piece })],
    ['maxResponseBytes', (piece) => ({ maxResponseBytes: piece })],
    ['a header name', (piece) => ({ headers: { [`x ${piece}`]: 'v' } })],
    ['the baseUrl scheme', (piece) => ({ baseUrl: `${piece}:x` })],
  ];

  it('contains no 8-character window of the token, whichever piece of it lands in whichever option', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...echoing),
        fc.nat(TOKEN.length - 8),
        fc.integer({ min: 8, max: TOKEN.length }),
        fc.constantFrom('', 'Bearer ', '  bearer '),
        ([, option], start, length, prefix) => {
          const piece = TOKEN.slice(start, start + length);
          let error: unknown;
          try {
            createCoreClient({ token: `${prefix}${TOKEN}`, ...option(piece) } as never);
          } catch (e) {
            error = e;
          }
          expect(error).toBeInstanceOf(ConfigurationError);
          expect(leaks(everythingAbout(error), TOKEN)).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('still says which option was wrong', () => {
    let error: unknown;
    try {
      createCoreClient({ token: TOKEN, timeout: TOKEN as never });
    } catch (e) {
      error = e;
    }
    expect((error as Error).message).toBe(
      'timeout must be a number of ms above 0 and at most 600000 (got [redacted]).',
    );
  });
});
