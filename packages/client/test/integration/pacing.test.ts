// Pacing against the simulator's real rate limiting: a bulk listing under the
// burst limit draws no 429, and clients sharing one RateLimiter share the budget.

import { type RunningSimulator, startSimulator } from '@hl-orders/mock';
import { afterEach, describe, expect, it } from 'vitest';
import { createOrdersClient, RateLimiter } from '../../src/index.js';

const sims: RunningSimulator[] = [];
afterEach(async () => {
  await Promise.all(sims.splice(0).map((s) => s.stop()));
});

async function simulator(count: number) {
  // A small window keeps the test short; the client learns it from the headers.
  const sim = await startSimulator({ count, seed: 2, rateLimit: { max: 5, intervalMs: 1000 } });
  sims.push(sim);
  return sim;
}

async function listAll(client: ReturnType<typeof createOrdersClient>, altId: string) {
  const ids: string[] = [];
  for await (const order of client.orders.list({ altId })) ids.push(order._id);
  return ids;
}

describe('pacing', () => {
  it('a bulk listing draws not a single 429', async () => {
    const sim = await simulator(2000);
    const client = createOrdersClient({ token: 'pacing-token', baseUrl: sim.url });
    const ids = await listAll(client, sim.locationId);
    expect(ids).toEqual(sim.orders().map((o) => o._id));
    expect(sim.stats().rateLimited).toBe(0);
    expect(client.rateLimiter?.limits).toEqual({ max: 5, intervalMs: 1000 });
    expect(client.rateLimiter?.stats.delayed).toBeGreaterThan(0);
  });

  it('two clients sharing one limiter stay under the budget together', async () => {
    const sim = await simulator(1200);
    const limiter = new RateLimiter();
    const make = () => createOrdersClient({ token: 'shared-token', baseUrl: sim.url, rateLimiter: limiter });
    const [a, b] = await Promise.all([listAll(make(), sim.locationId), listAll(make(), sim.locationId)]);
    expect(a).toHaveLength(1200);
    expect(b).toHaveLength(1200);
    expect(sim.stats().rateLimited).toBe(0);
  });

  it('without pacing the same listing is throttled by the server, and still completes by retrying', async () => {
    const sim = await simulator(1200);
    const client = createOrdersClient({ token: 'unpaced', baseUrl: sim.url, rateLimiter: false, maxRetries: 5 });
    expect(await listAll(client, sim.locationId)).toHaveLength(1200);
    expect(sim.stats().rateLimited).toBeGreaterThan(0);
  });
});
