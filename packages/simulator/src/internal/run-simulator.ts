// Wires a simulator together (generated or given orders, the store, rate
// limits, faults, counters, the fastify app), starts it listening and builds
// the handle that lets a test inspect and steer it while a client runs.
import type { AddressInfo } from 'node:net';
import type { Order, OrderDetail } from '@hl-orders/types';
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
import { WebhookDispatcher } from './webhooks/dispatcher.js';

/** The signing keys of the webhooks, made only when they are asked for (an RSA key takes a moment). */
async function webhookDispatcher(resolved: ResolvedOptions): Promise<WebhookDispatcher | undefined> {
  if (!resolved.webhooks) return undefined;
  const { generateTestKeys } = await import('@hl-orders/webhooks/testing');
  return new WebhookDispatcher(resolved.webhooks, await generateTestKeys(), resolved.clock);
}

/** The order as Get Order shows it; only called for an order the simulator holds. */
function detailOf(resource: OrderResource, id: string): OrderDetail {
  const detail = resource.detail(id);
  if (!detail) throw new Error(`order ${id} is not in the store`);
  return detail;
}

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
  const webhooksReady = webhookDispatcher(resolved);
  let webhooks: WebhookDispatcher | undefined;

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
    for (const record of records) webhooks?.emit('OrderCreate', detailOf(resource, record.order._id));
    return records.map((record) => record.order).reverse();
  };

  const setOrderStatus = (id: string, status: string): OrderDetail => {
    if (typeof status !== 'string' || status === '') {
      throw new RangeError('setOrderStatus: status must be a non-empty string, e.g. "completed"');
    }
    if (resource.setStatus(id, status)) webhooks?.emit('OrderStatusUpdate', detailOf(resource, id));
    return detailOf(resource, id);
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
  // The keys are made while the server starts; if either fails, neither is left running.
  let dispatcher: WebhookDispatcher | undefined;
  try {
    [dispatcher] = await Promise.all([webhooksReady, app.listen({ host: '127.0.0.1', port: resolved.port })]);
  } catch (error) {
    await Promise.allSettled([webhooksReady]);
    await app.close();
    throw error;
  }
  webhooks = dispatcher;
  const port = (app.server.address() as AddressInfo).port;

  let stopped: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    locationId: resolved.locationId,
    stop() {
      stopped ??= (async () => {
        stopping.abort();
        webhooks?.stop();
        await app.close();
      })();
      return stopped;
    },
    orders: () => store.orders(),
    records: () => Object.freeze([...store.records()]),
    insertOrders,
    setOrderStatus,
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
    webhooks,
  };
}
