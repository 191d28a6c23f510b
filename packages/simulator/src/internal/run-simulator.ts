// Wires a simulator together (generated or given orders, the store, rate
// limits, faults, counters, the fastify app), starts it listening and builds
// the handle that lets a test inspect and steer it while a client runs.
import type { AddressInfo } from 'node:net';
import type { Order } from '@hl-orders/types';
import { Faults } from '../faults.js';
import type { ResolvedOptions } from '../options.js';
import type { RunningSimulator } from '../running-simulator.js';
import { StatsCounter } from '../stats.js';
import type { SimulatorContext } from './context.js';
import { OrderGenerator } from './generate-orders.js';
import { ObjectIdFactory } from './object-id.js';
import { DetailDeriver } from './order-detail.js';
import { recordFromInput } from './order-input.js';
import { OrderResource } from './order-resource.js';
import { OrderStore } from './order-store.js';
import { RateLimiter } from './rate-limiter.js';
import { seedToInt } from './seed.js';
import { createApp } from './server.js';

/** Builds and starts a simulator from resolved options. */
export async function runSimulator(resolved: ResolvedOptions): Promise<RunningSimulator> {
  const generator = new OrderGenerator({
    seed: resolved.seed,
    locationId: resolved.locationId,
    historyEndMs: resolved.historyEndMs,
    historyDays: resolved.historyDays,
    expectedCount: resolved.orders?.length ?? resolved.count,
  });
  const store = new OrderStore(
    resolved.orders ? resolved.orders.map(recordFromInput) : generator.generate(resolved.count),
  );
  // Ids of what the API creates (fulfillments, notes): a machine part of their own, from the seed.
  const writeIds = new ObjectIdFactory(seedToInt(`${resolved.seed}:writes`).toString(16).padStart(10, '0'), 0);
  const resource = new OrderResource(store, new DetailDeriver(resolved.seed), writeIds, resolved.clock);
  const faults = new Faults(resolved.faults);
  const stats = new StatsCounter();
  const limiter = resolved.rateLimit ? new RateLimiter(resolved.rateLimit) : undefined;
  const stopping = new AbortController();

  const insertOrders = (count: number): readonly Order[] => {
    if (!(Number.isInteger(count) && count >= 0))
      throw new RangeError(`count must be a whole number >= 0, got ${count}`);
    // Strictly newer than every order, even with a clock behind the data, so
    // the new orders always go to the top of the list and shift later pages.
    let createdMs = Math.max(resolved.clock(), (store.newest?.createdMs ?? Number.NEGATIVE_INFINITY) + 1);
    const records = [];
    for (let i = 0; i < count; i++) records.push(generator.next(createdMs++));
    store.insert(records);
    stats.inserted += count;
    return records.map((record) => record.order).reverse();
  };

  const context: SimulatorContext = {
    options: resolved,
    store,
    resource,
    faults,
    stats,
    limiter,
    stopping: stopping.signal,
    insert: insertOrders,
  };
  const app = createApp(context);
  await app.listen({ host: '127.0.0.1', port: resolved.port });
  const port = (app.server.address() as AddressInfo).port;

  let stopped: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    locationId: resolved.locationId,
    stop() {
      stopped ??= (async () => {
        stopping.abort();
        await app.close();
      })();
      return stopped;
    },
    orders: () => store.orders(),
    records: () => Object.freeze([...store.records()]),
    insertOrders,
    order: (id) => resource.detail(id),
    payments: (id) => resource.payments(id),
    fulfillments: (id) => resource.fulfillments(id),
    notes: (id) => resource.notes(id),
    addNote: (id, note) => resource.addNote(id, note),
    fail: (failure) => faults.fail(failure),
    setLatency: (ms, count) => faults.setLatency(ms, count),
    setInsertEvery: (rule) => faults.setInsertEvery(rule),
    clearFaults: () => faults.clear(),
    stats: () => stats.snapshot(),
    resetStats: () => stats.reset(),
    resetRateLimits: () => limiter?.reset(),
  };
}
