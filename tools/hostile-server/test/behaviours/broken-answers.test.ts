// Resets, cut-off and non-JSON answers, arbitrary statuses, late answers and added headers.
import { describe, expect, it } from 'vitest';
import {
  delayed,
  html,
  reset,
  resetAfterHeaders,
  status,
  TRUNCATED_JSON,
  truncatedJson,
  withHeaders,
} from '../../src/index.js';
import { useServer } from '../support/use-server.js';

const start = useServer();

describe('connection failures', () => {
  it('reset: the request fails with a connection reset and no answer', async () => {
    const server = await start();
    server.use(reset());
    const error = await fetch(server.url).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect(String((error as TypeError).cause)).toMatch(/ECONNRESET|other side closed|socket/i);
  });

  it('resetAfterHeaders: the status arrives, reading the body fails', async () => {
    const server = await start();
    server.use(resetAfterHeaders());
    const response = await fetch(server.url);
    expect(response.status).toBe(200);
    await expect(response.text()).rejects.toThrow();
  });
});

describe('wrong bodies', () => {
  it('truncatedJson: a complete 200 whose JSON does not parse', async () => {
    const server = await start();
    server.use(truncatedJson());
    const response = await fetch(server.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const text = await response.text();
    expect(text).toBe(TRUNCATED_JSON);
    expect(() => JSON.parse(text)).toThrow();
  });

  it('html: a proxy error page', async () => {
    const server = await start();
    server.use(html(), html(504));
    const bad = await fetch(server.url);
    expect([bad.status, bad.headers.get('content-type')]).toEqual([502, 'text/html']);
    expect(await bad.text()).toContain('<h1>502 Bad Gateway</h1>');
    expect(await (await fetch(server.url)).text()).toContain('504 Gateway Timeout');
  });

  it('status: the NestJS body by default, a string as text, any object as JSON, with headers', async () => {
    const server = await start();
    server.use(status(403), status(500, 'oops'), status(200, { weird: true }, { 'x-extra': '1' }));
    const forbidden = await fetch(server.url);
    expect([forbidden.status, await forbidden.json()]).toEqual([
      403,
      { statusCode: 403, message: 'Forbidden', error: 'Forbidden' },
    ]);
    const text = await fetch(server.url);
    expect([text.status, text.headers.get('content-type'), await text.text()]).toEqual([
      500,
      'text/plain; charset=utf-8',
      'oops',
    ]);
    const odd = await fetch(server.url);
    expect([odd.headers.get('x-extra'), await odd.json()]).toEqual(['1', { weird: true }]);
  });
});

describe('timing and headers', () => {
  it('delayed: answers honestly after the delay, or as told', async () => {
    const server = await start({ orders: 1 });
    server.use(delayed(150), delayed(10, status(503)));
    const started = performance.now();
    const late = await fetch(`${server.url}/payments/orders`);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    expect(((await late.json()) as { totalCount: number }).totalCount).toBe(1);
    expect((await fetch(server.url)).status).toBe(503);
  });

  it('withHeaders: the honest page with headers replaced whatever their case', async () => {
    const server = await start({ orders: 1 });
    server.use(withHeaders({ 'X-RateLimit-Remaining': '0', 'Content-Type': 'text/plain' }));
    const response = await fetch(`${server.url}/payments/orders`);
    expect(response.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(response.headers.get('content-type')).toBe('text/plain');
    expect(((await response.json()) as { totalCount: number }).totalCount).toBe(1);
  });
});
