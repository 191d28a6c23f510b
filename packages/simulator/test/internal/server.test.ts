// The request pipeline: location access (403), unknown paths and methods
// (404), and the order in which the checks run.
import { describe, expect, it } from 'vitest';
import { call, GOOD_HEADERS, get, PAYMENT_PATH } from '../support/sim-client.js';
import { useSimulators } from '../support/simulators.js';
import { assertMatchesSpec } from '../support/validate-response.js';

const start = useSimulators();

describe('location access', () => {
  it('answers 403 for an altId that is not the simulated location', async () => {
    const sim = await start({ count: 5, locationId: 'myLocation' });
    const answer = await get(sim, { altId: 'someoneElse' });
    expect(answer.status).toBe(403);
    expect(answer.json).toEqual({
      statusCode: 403,
      message: 'The token does not have access to this location.',
      error: 'Forbidden',
    });
    expect((await get(sim, { altId: 'myLocation' })).status).toBe(200);
  });

  it('answers 403 for a locationId that is not the simulated location, and accepts the right one', async () => {
    const sim = await start({ count: 5 });
    expect((await get(sim, { locationId: 'other' })).status).toBe(403);
    expect((await get(sim, { locationId: sim.locationId, altType: 'location' })).status).toBe(200);
  });

  it('serves orders whose altId is the configured location', async () => {
    const sim = await start({ count: 5, locationId: 'myLocation' });
    const answer = await get(sim);
    expect((answer.json as { data: { altId: string }[] }).data.every((o) => o.altId === 'myLocation')).toBe(true);
  });
});

describe('unknown routes', () => {
  it('answers 404 with the ErrorResponse body for another path or method', async () => {
    const sim = await start({ count: 5 });
    const other = await get(sim, {}, { path: '/payments/transactions' });
    expect(other.status).toBe(404);
    expect(other.json).toEqual({ statusCode: 404, message: 'Cannot GET /payments/transactions', error: 'Not Found' });

    const post = await fetch(`${sim.url}/payments/orders`, {
      method: 'POST',
      headers: { ...GOOD_HEADERS, 'content-type': 'application/json' },
      body: '{}',
    });
    const text = await post.text();
    assertMatchesSpec({ status: post.status, headers: post.headers, text });
    expect(post.status).toBe(404);
    expect(JSON.parse(text).message).toBe('Cannot POST /payments/orders');
  });
});

describe('order of checks', () => {
  it('401, then 400, then 429, then 422, then 403', async () => {
    const sim = await start({ count: 5, rateLimit: { max: 1, intervalMs: 60_000 } });
    const bad = { altId: 'someoneElse', limit: 1000 };
    expect((await get(sim, bad, { headers: { Version: 'x' } })).status).toBe(401);
    expect((await get(sim, bad, { headers: { Authorization: 'Bearer t', Version: 'x' } })).status).toBe(400);
    expect((await get(sim, bad)).status).toBe(422);
    expect((await get(sim, bad)).status).toBe(429);
    const fresh = await start({ count: 5 });
    expect((await get(fresh, { altId: 'someoneElse', limit: 10 })).status).toBe(403);
  });

  it('counts every request and every answer by status', async () => {
    const sim = await start({ count: 5 });
    await get(sim);
    await get(sim, {}, { headers: {} });
    await get(sim, { limit: 0 });
    await get(sim, {}, { path: '/nope' });
    expect(sim.stats()).toEqual({
      requests: 4,
      byStatus: { 200: 1, 401: 1, 404: 1, 422: 1 },
      rateLimited: 0,
      faultsInjected: 0,
      delayed: 0,
      inserted: 0,
    });
    sim.resetStats();
    expect(sim.stats().requests).toBe(0);
    expect(sim.stats().byStatus).toEqual({});
  });
});

describe('request bodies', () => {
  it('a small body nested far deeper than the contract needs is refused with 400, and nothing is recorded', async () => {
    const sim = await start({ count: 20, seed: 7, rateLimit: false });
    const order = sim.records().find((record) => record.paymentStatus === 'unpaid')?.order;
    if (!order) throw new Error('the seed has an unpaid order');
    const before = JSON.stringify(sim.payments(order._id));
    const depth = 150_000;
    const meta = `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
    const body = `{"altId":"${sim.locationId}","altType":"location","mode":"cash","meta":${meta}}`;
    expect(Buffer.byteLength(body)).toBeLessThan(1024 * 1024);
    // call() checks the answer against the spec.
    const answer = await call(sim, { method: 'POST', path: PAYMENT_PATH, orderId: order._id, body });
    expect(answer.status).toBe(400);
    expect(answer.text).toMatch(/nested more than 32 levels deep/);
    expect(JSON.stringify(sim.payments(order._id))).toBe(before);
  });
});
