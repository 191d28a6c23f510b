// Rate-limit answers and the hostile header values arrive exactly as written.
import { describe, expect, it } from 'vitest';
import { hostileRateLimitHeaders, hostileRetryAfter, rateLimited } from '../../src/index.js';
import { useServer } from '../support/use-server.js';

const start = useServer();

describe('rateLimited', () => {
  it('answers 429 with the burst budget spent and no Retry-After by default', async () => {
    const server = await start();
    server.use(rateLimited());
    const response = await fetch(server.url);
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBeNull();
    expect(response.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(Number(response.headers.get('x-ratelimit-daily-remaining'))).toBeGreaterThan(0);
    expect(await response.json()).toMatchObject({ statusCode: 429, error: 'Too Many Requests' });
  });

  it('sends every hostile Retry-After value verbatim, on a 429 or a 503', async () => {
    const server = await start();
    const values = Object.values(hostileRetryAfter);
    server.use(...values.map((retryAfter) => rateLimited({ status: 503, retryAfter })));
    for (const value of values) {
      const response = await fetch(server.url);
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe(value);
    }
    expect(hostileRetryAfter).toMatchObject({ hugeSeconds: '999999999', negative: '-5', fractional: '1.5' });
    expect(Date.parse(hostileRetryAfter.pastDate)).toBeLessThan(Date.now());
    expect(Date.parse(hostileRetryAfter.yearsAhead)).toBeGreaterThan(Date.now() + 10 * 365 * 86_400_000);
  });

  it('lets the hostile X-RateLimit-* values replace the defaults', async () => {
    const server = await start();
    const sets = Object.values(hostileRateLimitHeaders);
    server.use(...sets.map((headers) => rateLimited({ headers })));
    for (const headers of sets) {
      const response = await fetch(server.url);
      for (const [name, value] of Object.entries(headers)) expect(response.headers.get(name)).toBe(value);
    }
    expect(hostileRateLimitHeaders.intervalOverflow['x-ratelimit-interval-milliseconds']).toBe('2147483653');
  });
});
