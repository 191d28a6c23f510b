// The honest server, the request log, the behaviour queue and the lifecycle.
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { describe, expect, it } from 'vitest';
import { endlessBody, slowloris, status } from '../src/index.js';
import { untilRequests, useServer } from './support/use-server.js';

const start = useServer();

describe('honest paging', () => {
  it('pages the list with offset and limit, totalCount the list size, default limit 10', async () => {
    const server = await start({ orders: 25 });
    const all = server.list.all();

    const first = await fetch(`${server.url}/payments/orders?altId=x`);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await first.json()).toEqual({ data: all.slice(0, 10), totalCount: 25 });

    const last = await fetch(`${server.url}/payments/orders?offset=20&limit=10`);
    expect(await last.json()).toEqual({ data: all.slice(20), totalCount: 25 });
    const beyond = await fetch(`${server.url}/payments/orders?offset=30&limit=100`);
    expect(await beyond.json()).toEqual({ data: [], totalCount: 25 });
  });

  it('honours defaultLimit and sends generous rate-limit headers', async () => {
    const server = await start({ orders: 5, defaultLimit: 2 });
    const response = await fetch(`${server.url}/payments/orders`);
    expect(((await response.json()) as { data: unknown[] }).data).toHaveLength(2);
    expect(Number(response.headers.get('x-ratelimit-max'))).toBeGreaterThanOrEqual(1000);
    expect(Number(response.headers.get('x-ratelimit-remaining'))).toBeGreaterThanOrEqual(1000);
    expect(response.headers.get('x-ratelimit-interval-milliseconds')).toBe('10000');
    expect(Number(response.headers.get('x-ratelimit-daily-remaining'))).toBeGreaterThan(0);
  });

  it('answers 422 with one message per bad limit or offset, like the API', async () => {
    const server = await start({ orders: 5 });
    for (const [query, message] of [
      ['limit=0', 'limit must not be less than 1'],
      ['limit=101', 'limit must not be greater than 100'],
      ['limit=2.5', 'limit must be an integer number'],
      ['offset=-1', 'offset must not be less than 0'],
      ['offset=abc', 'offset must be an integer number'],
    ]) {
      const response = await fetch(`${server.url}/payments/orders?${query}`);
      expect(response.status, query).toBe(422);
      expect(await response.json()).toEqual({ statusCode: 422, message: [message], error: 'Unprocessable Entity' });
    }
  });

  it('answers GET /payments/orders/:id from the list, 404 otherwise', async () => {
    const server = await start({ orders: 3 });
    const order = server.list.all()[1]!;
    const found = await fetch(`${server.url}/payments/orders/${order._id}`);
    expect(await found.json()).toEqual(order);
    const missing = await fetch(`${server.url}/payments/orders/${'0'.repeat(24)}`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ statusCode: 404, message: 'Order not found' });
    const unknown = await fetch(`${server.url}/payments/other`);
    expect(unknown.status).toBe(404);
  });

  it('generates the same orders from the same seed, others from another', async () => {
    const a = await start({ orders: 5, seed: 7 });
    const b = await start({ orders: 5, seed: 7 });
    const c = await start({ orders: 5, seed: 8 });
    expect(b.list.all()).toEqual(a.list.all());
    expect(c.list.all()[0]!._id).not.toBe(a.list.all()[0]!._id);
  });
});

describe('recording', () => {
  it('records method, path, query, headers, body and time of every request', async () => {
    const server = await start();
    const before = Date.now();
    await fetch(`${server.url}/payments/orders?altId=loc&limit=5`, { headers: { Authorization: 'Bearer abc' } });
    await fetch(`${server.url}/anything`, { method: 'POST', body: 'hello' });
    expect(server.requests).toHaveLength(2);
    const [get, post] = server.requests;
    expect(get).toMatchObject({ index: 0, method: 'GET', path: '/payments/orders', body: '' });
    expect(get!.query).toEqual({ altId: 'loc', limit: '5' });
    expect(get!.headers.authorization).toBe('Bearer abc');
    expect(post).toMatchObject({ index: 1, method: 'POST', path: '/anything', body: 'hello' });
    expect(get!.at).toBeGreaterThanOrEqual(before - 5);
    expect(post!.at).toBeGreaterThanOrEqual(get!.at);
    server.requests.length = 0;
    await fetch(server.url);
    expect(server.requests.map((r) => r.index)).toEqual([2]);
  });
});

describe('scripting', () => {
  it('answers queued behaviours one per request, then the default again', async () => {
    const server = await start({ orders: 1 });
    server.use(status(503), status(500));
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await fetch(`${server.url}/payments/orders`)).status);
    expect(statuses).toEqual([503, 500, 200]);
  });

  it('replaces the default with always(), and brings honesty back with always(undefined)', async () => {
    const server = await start({ orders: 1 });
    server.always(status(418));
    server.use(status(500));
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await fetch(`${server.url}/payments/orders`)).status);
    server.always(undefined);
    statuses.push((await fetch(`${server.url}/payments/orders`)).status);
    expect(statuses).toEqual([500, 418, 418, 200]);
  });

  it('runs the beforeEach hook before answering, with the recorded request and the list', async () => {
    const server = await start({ orders: 2 });
    const seen: string[] = [];
    server.beforeEach((request, list) => {
      seen.push(request.path);
      list.insert(0, 1);
    });
    const page = (await (await fetch(`${server.url}/payments/orders`)).json()) as { totalCount: number };
    expect(page.totalCount).toBe(3);
    expect(seen).toEqual(['/payments/orders']);
  });

  it('answers 500 and keeps the error when a behaviour throws', async () => {
    const server = await start();
    server.use(() => {
      throw new Error('broken script');
    });
    const response = await fetch(server.url);
    expect(response.status).toBe(500);
    expect(await response.text()).toContain('broken script');
    expect(server.errors).toHaveLength(1);
  });
});

describe('lifecycle', () => {
  it('listens on 127.0.0.1 only, both origins', async () => {
    const server = await start();
    for (const url of [server.url, server.otherOrigin.url]) {
      const { hostname, port } = new URL(url);
      expect(hostname).toBe('127.0.0.1');
      expect(await connectable('127.0.0.1', Number(port))).toBe(true);
      expect(await connectable('127.0.0.2', Number(port))).toBe(false);
      for (const address of externalAddresses()) expect(await connectable(address, Number(port)), address).toBe(false);
    }
  });

  it('stops promptly with endless, dripping and silent answers in flight, and stops only once', async () => {
    const server = await start({ orders: 1 });
    server.use(
      endlessBody({ intervalMs: 5 }),
      slowloris({ stage: 'headers', intervalMs: 10 }),
      slowloris({ stage: 'body', intervalMs: 10 }),
      slowloris({ stage: 'silence' }),
    );
    const inFlight = Array.from({ length: 4 }, () =>
      fetch(`${server.url}/payments/orders`).then((r) => r.text().then(() => 'ended')),
    );
    await untilRequests(server, 4);
    const started = performance.now();
    await Promise.all([server.stop(), server.stop()]);
    expect(performance.now() - started).toBeLessThan(1_000);
    const outcomes = await Promise.allSettled(inFlight);
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected', 'rejected', 'rejected']);
    await expect(fetch(server.url)).rejects.toThrow();
  });
});

function connectable(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    socket.setTimeout(1_000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

function externalAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((a) => a !== undefined && !a.internal && a.family === 'IPv4')
    .map((a) => a!.address);
}
