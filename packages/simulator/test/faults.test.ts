// Each injectable fault, as a client sees it, and the rules of the queue:
// failures replace only answers that would have been pages, in order.
import http from 'node:http';
import { describe, expect, it } from 'vitest';
import { Faults } from '../src/faults.js';
import { GOOD_HEADERS, get, listUrl, page } from './support/sim-client.js';
import { useSimulators } from './support/simulators.js';

const start = useSimulators();

describe('Faults', () => {
  it('serves queued failures in order, each for its count', () => {
    const faults = new Faults({ failures: [{ kind: 'status', count: 2 }] });
    faults.fail({ kind: 'reset' });
    expect(faults.pending()).toEqual([
      { kind: 'status', count: 2, status: 503 },
      { kind: 'reset', count: 1 },
    ]);
    expect(faults.takeFailure('list-orders')?.kind).toBe('status');
    expect(faults.takeFailure('get-order-by-id')?.kind).toBe('status');
    expect(faults.takeFailure('list-orders')?.kind).toBe('reset');
    expect(faults.takeFailure('list-orders')).toBeUndefined();
  });

  it('serves a failure that names an operation only to that operation, leaving the others in order', () => {
    const faults = new Faults();
    faults.fail({ kind: 'reset', operation: 'record-order-payment' });
    faults.fail({ kind: 'html' });
    expect(faults.takeFailure('list-orders')?.kind).toBe('html');
    expect(faults.takeFailure('list-orders')).toBeUndefined();
    expect(faults.takeFailure('record-order-payment')?.kind).toBe('reset');
    expect(faults.pending()).toEqual([]);
  });

  it('delays every answer, or only the next few', () => {
    const faults = new Faults({ latencyMs: 20 });
    expect([faults.takeLatency(), faults.takeLatency()]).toEqual([20, 20]);
    faults.setLatency(50, 2);
    expect([faults.takeLatency(), faults.takeLatency(), faults.takeLatency()]).toEqual([50, 50, 20]);
    faults.setLatency(0, 1);
    expect([faults.takeLatency(), faults.takeLatency()]).toEqual([0, 20]);
    faults.setLatency(50, 3);
    faults.setLatency(10);
    expect(faults.takeLatency()).toBe(10);
    faults.clear();
    expect(faults.takeLatency()).toBe(0);
  });

  it('refuses a fault that cannot be served, naming the field', () => {
    const faults = new Faults();
    expect(() => faults.fail({ kind: 'status', status: 501 as 500 })).toThrow(
      /status must be one of 500, 502, 503, 504/,
    );
    expect(() => faults.fail({ kind: 'reset', count: 0 })).toThrow(/count must be a whole number >= 1/);
    expect(() => faults.fail({ kind: 'status', retryAfter: -1 })).toThrow(/retryAfter/);
    expect(() => faults.fail({ kind: 'melt' } as unknown as { kind: 'reset' })).toThrow(/unknown failure kind "melt"/);
    expect(() => faults.setLatency(-5)).toThrow(RangeError);
  });
});

describe('status failures', () => {
  it('answers a burst of 503s with Retry-After, then pages again', async () => {
    const sim = await start({ count: 20 });
    sim.fail({ kind: 'status', status: 503, count: 3, retryAfter: 2 });
    for (let i = 0; i < 3; i++) {
      const answer = await get(sim);
      expect(answer.status).toBe(503);
      expect(answer.json).toEqual({ statusCode: 503, message: 'Service Unavailable', error: 'Service Unavailable' });
      expect(answer.headers.get('retry-after')).toBe('2');
    }
    expect((await get(sim)).status).toBe(200);
    expect(sim.stats().faultsInjected).toBe(3);
  });

  it('sends 500, 502 (JSON) and 504 with the spec bodies, without Retry-After unless asked', async () => {
    const sim = await start({ count: 20, faults: { failures: [{ kind: 'status', status: 500 }] } });
    sim.fail({ kind: 'status', status: 502 });
    sim.fail({ kind: 'status', status: 504 });
    for (const [status, error] of [
      [500, 'Internal Server Error'],
      [502, 'Bad Gateway'],
      [504, 'Gateway Timeout'],
    ] as const) {
      const answer = await get(sim);
      expect(answer.status).toBe(status);
      expect(answer.json).toEqual({ statusCode: status, message: error, error });
      expect(answer.headers.get('retry-after')).toBeNull();
    }
  });

  it('is not spent on requests that fail anyway (401, 422, 403)', async () => {
    const sim = await start({ count: 20 });
    sim.fail({ kind: 'status', status: 500 });
    expect((await get(sim, {}, { headers: { Version: '2021-07-28' } })).status).toBe(401);
    expect((await get(sim, { limit: 0 })).status).toBe(422);
    expect((await get(sim, { altId: 'other' })).status).toBe(403);
    expect((await get(sim)).status).toBe(500);
    expect((await get(sim)).status).toBe(200);
  });
});

describe('html failure', () => {
  it('answers 502 with a text/html page and none of the API headers', async () => {
    const sim = await start({ count: 20 });
    sim.fail({ kind: 'html' });
    const answer = await get(sim, {}, { validate: false });
    expect(answer.status).toBe(502);
    expect(answer.headers.get('content-type')).toMatch(/^text\/html/);
    expect(answer.text).toMatch(/<h1>502 Bad Gateway<\/h1>/);
    expect(answer.json).toBeUndefined();
    expect(answer.headers.get('x-ratelimit-remaining')).toBeNull();
  });
});

describe('reset failure', () => {
  it('resets the connection without an answer; the server keeps serving', async () => {
    const sim = await start({ count: 20, faults: { failures: [{ kind: 'reset', count: 2 }] } });
    for (let i = 0; i < 2; i++) {
      const error = await fetch(listUrl(sim), { headers: GOOD_HEADERS }).then(
        () => undefined,
        (e: Error & { cause?: { code?: string } }) => e,
      );
      expect(error?.cause?.code).toMatch(/ECONNRESET|UND_ERR_SOCKET/);
    }
    expect((await page(sim)).data).toHaveLength(10);
    expect(sim.stats()).toMatchObject({ faultsInjected: 2, byStatus: { 200: 1 } });
  });
});

describe('truncate failure', () => {
  it('sends 200 with JSON headers, then cuts the body short of its Content-Length', async () => {
    const sim = await start({ count: 20, faults: { failures: [{ kind: 'truncate' }] } });
    const res = await fetch(listUrl(sim, { limit: 20 }), { headers: GOOD_HEADERS });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('x-ratelimit-max')).toBe('100');
    await expect(res.json()).rejects.toThrow();
    expect((await page(sim)).totalCount).toBe(20);
  });

  it('delivers exactly the first half of the page on the wire', async () => {
    const sim = await start({ count: 20, rateLimit: false });
    const whole = (await get(sim, { limit: 20 })).text;
    sim.fail({ kind: 'truncate' });
    const received = await new Promise<{ length: string | undefined; body: string; error: boolean }>((resolve) => {
      http.get(listUrl(sim, { limit: 20 }), { headers: GOOD_HEADERS }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          body += chunk;
        });
        res.on('error', () => resolve({ length: res.headers['content-length'], body, error: true }));
        res.on('close', () => resolve({ length: res.headers['content-length'], body, error: !res.complete }));
      });
    });
    expect(received.error).toBe(true);
    expect(Number(received.length)).toBe(Buffer.byteLength(whole));
    expect(received.body).toBe(whole.slice(0, Math.floor(Buffer.byteLength(whole) / 2)));
  });
});

describe('latency', () => {
  it('delays the next N answers by at least the given time and counts them', async () => {
    const sim = await start({ count: 20 });
    sim.setLatency(150, 2);
    for (let i = 0; i < 2; i++) {
      const began = performance.now();
      expect((await get(sim)).status).toBe(200);
      // Only a lower bound: a slow machine can add time, never remove it.
      expect(performance.now() - began).toBeGreaterThanOrEqual(140);
    }
    await get(sim);
    expect(sim.stats().delayed).toBe(2);
  });

  it('delays every answer when set at start, including refusals after authentication', async () => {
    const sim = await start({ count: 20, faults: { latencyMs: 100 } });
    const began = performance.now();
    expect((await get(sim, { limit: 0 })).status).toBe(422);
    expect(performance.now() - began).toBeGreaterThanOrEqual(90);
    expect((await get(sim, {}, { headers: {} })).status).toBe(401);
    expect(sim.stats().delayed).toBe(1);
  });

  it('does not hold up stop(): a delayed request is dropped', async () => {
    const sim = await start({ count: 20 });
    sim.setLatency(600_000);
    const pending = fetch(listUrl(sim), { headers: GOOD_HEADERS }).then(
      () => 'answered',
      () => 'dropped',
    );
    while (sim.stats().delayed === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    await sim.stop();
    expect(await pending).toBe('dropped');
  });
});

describe('clearFaults', () => {
  it('drops queued failures, latency and insertion', async () => {
    const sim = await start({
      count: 20,
      faults: { latencyMs: 10_000, failures: [{ kind: 'reset', count: 5 }], insertEvery: { requests: 1, count: 1 } },
    });
    sim.clearFaults();
    expect((await get(sim)).status).toBe(200);
    expect(sim.orders()).toHaveLength(20);
    expect(sim.stats()).toMatchObject({ delayed: 0, faultsInjected: 0 });
  });
});
