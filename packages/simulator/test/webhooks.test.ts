// Order webhooks from the simulator, as a receiver sees them: signed
// deliveries that @hl-orders/webhooks accepts with the simulator's keys,
// retries, the delivery log, the faults a test switches on, the option
// checks, and a stop() that ends every delivery at once.
import { constructEvent, createMemoryReplayStore, verifyWebhook, WebhookVerificationError } from '@hl-orders/webhooks';
import { afterEach, describe, expect, expectTypeOf, it } from 'vitest';
import {
  type RunningSimulatorWithWebhooks,
  type SimulatorOptions,
  type SimulatorWebhooks,
  startSimulator,
  type WebhookOptions,
} from '../src/index.js';
import { type Delivery, deadUrl, useReceivers } from './support/receiver.js';
import { page } from './support/sim-client.js';
import { schemaProblems, spec } from './support/validate-response.js';

// A loaded 2-core machine: generous, since nothing here waits on a timer it does not need.
const SLOW = 60_000;

const receiver = useReceivers();
const running: RunningSimulatorWithWebhooks[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((sim) => sim.stop()));
});

async function start(
  webhooks: WebhookOptions,
  options: Omit<SimulatorOptions, 'webhooks'> = {},
): Promise<RunningSimulatorWithWebhooks> {
  const sim = await startSimulator({ count: 5, rateLimit: false, ...options, webhooks });
  running.push(sim);
  return sim;
}

/** Verifies one delivery with the simulator's keys, in one scheme; each call has its own replay store. */
function verify(sim: RunningSimulatorWithWebhooks, delivery: Delivery, scheme: 'ed25519' | 'rsa') {
  return verifyWebhook({
    body: delivery.body,
    headers: delivery.headers,
    keys: sim.webhooks.keys,
    schemes: [scheme],
    replayStore: createMemoryReplayStore(),
  });
}

/** The reason verification refuses a delivery, or undefined when it passes. */
async function refusal(run: () => Promise<unknown>): Promise<string | undefined> {
  try {
    await run();
    return undefined;
  } catch (error) {
    if (error instanceof WebhookVerificationError) return error.reason;
    throw error;
  }
}

/** A status other than the order's own (generated orders may already be completed). */
const otherStatus = (status: string) => (status === 'completed' ? 'pending' : 'completed');

const PAYLOAD_FIELDS = Object.keys(
  (spec as unknown as { components: { schemas: Record<string, { properties: object }> } }).components.schemas
    .OrderWebhookPayload!.properties,
);

describe('deliveries', () => {
  it(
    'sends a signed OrderCreate for an inserted order and an OrderStatusUpdate for a status change',
    async () => {
      const hooks = await receiver();
      const sim = await start({ url: hooks.url });
      const [order] = sim.insertOrders(1);
      const status = otherStatus(order!.status);
      const updated = sim.setOrderStatus(order!._id, status);
      const [created, changed] = await hooks.received(2);

      expect(created!.json).toMatchObject({ type: 'OrderCreate', _id: order!._id, status: order!.status });
      expect(changed!.json).toMatchObject({
        type: 'OrderStatusUpdate',
        _id: order!._id,
        status,
        updatedAt: updated.updatedAt,
      });
      for (const delivery of [created!, changed!]) {
        expect(delivery.headers['x-ghl-signature']).toBeTruthy();
        expect(delivery.headers['x-wh-signature']).toBeTruthy();
        for (const scheme of ['ed25519', 'rsa'] as const) {
          const verified = await verify(sim, delivery, scheme);
          expect(verified.scheme).toBe(scheme);
          expect(verified.webhookId).toBe(delivery.json.webhookId);
        }
        const event = await constructEvent({ body: delivery.body, headers: delivery.headers, keys: sim.webhooks.keys });
        expect(event.type).toBe(delivery.json.type);
        // The payload is the order as the simulator holds it, in the spec's shape and no more.
        expect(schemaProblems(`${event.type}Event`, delivery.json)).toEqual([]);
        for (const key of Object.keys(delivery.json)) expect(PAYLOAD_FIELDS).toContain(key);
      }
      const detail = sim.order(order!._id)!;
      expect(changed!.json).toMatchObject({
        altId: detail.altId,
        altType: detail.altType,
        locationId: detail.altId,
        contactId: detail.contactId,
        currency: detail.currency,
        amount: detail.amount,
        liveMode: detail.liveMode,
        fulfillmentStatus: detail.fulfillmentStatus,
        createdAt: detail.createdAt,
        items: detail.items!.map((item) => ({ name: item.name, qty: item.qty })),
      });

      await sim.webhooks.idle();
      expect(sim.webhooks.deliveries().map(({ type, attempt, status, ok }) => ({ type, attempt, status, ok }))).toEqual(
        [
          { type: 'OrderCreate', attempt: 1, status: 200, ok: true },
          { type: 'OrderStatusUpdate', attempt: 1, status: 200, ok: true },
        ],
      );
    },
    SLOW,
  );

  it(
    'sends nothing for the seeded orders, or for a status set to what it already is',
    async () => {
      const hooks = await receiver();
      const sim = await start({ url: hooks.url });
      const [first] = sim.orders();
      sim.setOrderStatus(first!._id, first!.status);
      await sim.webhooks.idle();
      expect(hooks.deliveries).toEqual([]);
      expect(sim.webhooks.deliveries()).toEqual([]);
    },
    SLOW,
  );

  it(
    'signs with one scheme when told, and delivers to every receiver registered at the time of the event',
    async () => {
      const [a, b] = await Promise.all([receiver(), receiver()]);
      const sim = await start({ url: a.url, schemes: ['ed25519'] });
      sim.insertOrders(1);
      sim.webhooks.register(b.url);
      expect(sim.webhooks.urls()).toEqual([a.url, b.url]);
      sim.insertOrders(1);
      // Unregistering drops what is still queued for a receiver: let it arrive first.
      await sim.webhooks.idle();
      expect(sim.webhooks.unregister(a.url)).toBe(true);
      expect(sim.webhooks.unregister(a.url)).toBe(false);
      sim.insertOrders(1);
      await sim.webhooks.idle();
      expect(a.deliveries).toHaveLength(2);
      expect(b.deliveries).toHaveLength(2);
      expect(b.deliveries[0]!.headers['x-wh-signature']).toBeUndefined();
      expect(await refusal(() => verify(sim, b.deliveries[0]!, 'ed25519'))).toBeUndefined();
    },
    SLOW,
  );

  it('types `webhooks` as present when started with the option', () => {
    expectTypeOf<RunningSimulatorWithWebhooks['webhooks']>().toEqualTypeOf<SimulatorWebhooks>();
    expectTypeOf(startSimulator({})).resolves.toHaveProperty('webhooks').toEqualTypeOf<SimulatorWebhooks | undefined>();
  });
});

describe('retries', () => {
  it(
    'retries a delivery answered 500 and logs both attempts under one webhookId',
    async () => {
      const hooks = await receiver((index) => (index === 0 ? 500 : 200));
      const sim = await start({ url: hooks.url, retryDelayMs: 10 });
      sim.insertOrders(1);
      const [first, second] = await hooks.received(2);
      await sim.webhooks.idle();
      expect(second!.json.webhookId).toBe(first!.json.webhookId);
      expect(await refusal(() => verify(sim, second!, 'ed25519'))).toBeUndefined();
      const log = sim.webhooks.deliveries();
      expect(log.map(({ attempt, status, ok, retrying }) => ({ attempt, status, ok, retrying }))).toEqual([
        { attempt: 1, status: 500, ok: false, retrying: true },
        { attempt: 2, status: 200, ok: true, retrying: false },
      ]);
      expect(new Set(log.map((entry) => entry.webhookId)).size).toBe(1);
    },
    SLOW,
  );

  it(
    'gives up after the retries when the receiver is down, and the simulator keeps serving and stops',
    async () => {
      const url = await deadUrl();
      const sim = await start({ url, retries: 2, retryDelayMs: 5 });
      sim.insertOrders(1);
      await sim.webhooks.idle();
      const log = sim.webhooks.deliveries();
      expect(log.map(({ attempt, ok, retrying }) => ({ attempt, ok, retrying }))).toEqual([
        { attempt: 1, ok: false, retrying: true },
        { attempt: 2, ok: false, retrying: true },
        { attempt: 3, ok: false, retrying: false },
      ]);
      for (const entry of log) {
        expect(entry.status).toBeUndefined();
        expect(entry.error).toMatch(/ECONNREFUSED/);
      }
      expect((await page(sim, { limit: 1 })).totalCount).toBe(6);
      await sim.stop();
    },
    SLOW,
  );

  it(
    'drops a retry when its receiver is unregistered',
    async () => {
      const hooks = await receiver(() => 500);
      const sim = await start({ url: hooks.url, retryDelayMs: 600_000 });
      sim.insertOrders(1);
      await hooks.received(1);
      while (sim.webhooks.deliveries().length === 0) await new Promise((resolve) => setImmediate(resolve));
      expect(sim.webhooks.unregister(hooks.url)).toBe(true);
      await sim.webhooks.idle();
      expect(sim.webhooks.deliveries()).toMatchObject([{ attempt: 1, status: 500, retrying: true }]);
      expect(hooks.deliveries).toHaveLength(1);
    },
    SLOW,
  );

  it(
    'ends an attempt that gets no answer within timeoutMs',
    async () => {
      const hooks = await receiver(() => 'hang');
      const sim = await start({ url: hooks.url, retries: 0, timeoutMs: 100 });
      sim.insertOrders(1);
      await sim.webhooks.idle();
      const [delivery] = await hooks.received(1);
      await delivery!.closed;
      expect(sim.webhooks.deliveries()).toMatchObject([
        { ok: false, error: 'no answer within 100 ms', retrying: false },
      ]);
    },
    SLOW,
  );

  it(
    'logs an event as not sent when 1000 deliveries to its receiver are unfinished',
    async () => {
      const hooks = await receiver(() => 'hang');
      const sim = await start({ url: hooks.url, timeoutMs: 600_000 });
      sim.insertOrders(1001);
      await hooks.received(1);
      expect(sim.webhooks.deliveries()).toMatchObject([
        { attempt: 1, ok: false, retrying: false, error: expect.stringMatching(/^not sent: 1000 deliveries/) },
      ]);
    },
    SLOW,
  );
});

describe('faults', () => {
  it(
    'bad-signature: the next delivery carries signatures that do not verify, in either scheme',
    async () => {
      const hooks = await receiver();
      const sim = await start({ url: hooks.url });
      sim.webhooks.fault({ kind: 'bad-signature' });
      sim.insertOrders(2);
      const [bad, good] = await hooks.received(2);
      expect(await refusal(() => verify(sim, bad!, 'ed25519'))).toBe('bad-signature');
      expect(await refusal(() => verify(sim, bad!, 'rsa'))).toBe('bad-signature');
      expect(await refusal(() => verify(sim, good!, 'ed25519'))).toBeUndefined();
      await sim.webhooks.idle();
      expect(sim.webhooks.deliveries().map((entry) => entry.fault)).toEqual(['bad-signature', undefined]);
    },
    SLOW,
  );

  it(
    'replay: an accepted delivery is sent again byte for byte, and a replay store refuses the copy',
    async () => {
      const hooks = await receiver();
      const sim = await start({ url: hooks.url, faults: [{ kind: 'replay' }] });
      sim.insertOrders(1);
      const [original, copy] = await hooks.received(2);
      expect(copy!.body.equals(original!.body)).toBe(true);
      const replayStore = createMemoryReplayStore();
      const check = (delivery: Delivery) =>
        refusal(() =>
          verifyWebhook({ body: delivery.body, headers: delivery.headers, keys: sim.webhooks.keys, replayStore }),
        );
      expect(await check(original!)).toBeUndefined();
      expect(await check(copy!)).toBe('replayed');
      await sim.webhooks.idle();
      expect(sim.webhooks.deliveries().map((entry) => entry.fault)).toEqual([undefined, 'replay']);
    },
    SLOW,
  );

  it(
    'out-of-order: an event is held back and arrives after the one that follows it',
    async () => {
      const hooks = await receiver();
      const sim = await start({ url: hooks.url });
      sim.webhooks.fault({ kind: 'out-of-order' });
      const [order] = sim.insertOrders(1);
      sim.setOrderStatus(order!._id, otherStatus(order!.status));
      const arrived = await hooks.received(2);
      expect(arrived.map((delivery) => delivery.json.type)).toEqual(['OrderStatusUpdate', 'OrderCreate']);
      await sim.webhooks.idle();
      expect(sim.webhooks.deliveries().map((entry) => [entry.type, entry.fault])).toEqual([
        ['OrderStatusUpdate', undefined],
        ['OrderCreate', 'out-of-order'],
      ]);
    },
    SLOW,
  );

  it(
    'clearFaults switches every fault off and sends a held event at once',
    async () => {
      const hooks = await receiver();
      const sim = await start({ url: hooks.url, faults: [{ kind: 'out-of-order' }, { kind: 'bad-signature' }] });
      sim.insertOrders(1);
      sim.webhooks.clearFaults();
      const [delivery] = await hooks.received(1);
      expect(await refusal(() => verify(sim, delivery!, 'ed25519'))).toBeUndefined();
    },
    SLOW,
  );
});

describe('options', () => {
  it.each([
    [{ url: 'ftp://127.0.0.1/hooks?token=s3cret' }, /webhooks\.url must be an http:\/\/ or https:\/\/ URL/],
    [{ url: 'not a url, s3cret' }, /webhooks\.url must be/],
    [{ urls: ['http://127.0.0.1/a', 's3cret'] }, /webhooks\.urls\[1\] must be/],
    [{ schemes: [] }, /webhooks\.schemes must be a non-empty list/],
    [{ schemes: ['hmac'] }, /webhooks\.schemes must be/],
    [{ retries: 11 }, /webhooks\.retries must be a whole number from 0 to 10/],
    [{ retryDelayMs: -1 }, /webhooks\.retryDelayMs must be/],
    [{ timeoutMs: 0 }, /webhooks\.timeoutMs must be/],
    [{ faults: [{ kind: 'slow' }] }, /webhooks\.faults\[0\]\.kind must be one of bad-signature, replay, out-of-order/],
    [{ faults: [{ kind: 'replay', count: 0 }] }, /webhooks\.faults\[0\]\.count must be/],
  ])('refuses %j, naming the option and never repeating a URL', async (webhooks, message) => {
    const error = await startSimulator({ webhooks: webhooks as WebhookOptions }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RangeError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('s3cret');
  });

  it(
    'checks what the handle is given, naming the argument',
    async () => {
      const sim = await start({});
      expect(() => sim.webhooks.register('file:///etc/passwd')).toThrow(/url must be an http/);
      expect(() => sim.webhooks.fault({ kind: 'replay', count: 1.5 })).toThrow(/fault\.count must be/);
      expect(() => sim.setOrderStatus('nope', 'completed')).toThrow(RangeError);
      expect(sim.webhooks.urls()).toEqual([]);
    },
    SLOW,
  );
});

describe('stop', () => {
  /** Fails the test if `promise` takes longer than a loaded machine could need, rather than hanging it. */
  async function promptly(promise: Promise<void>): Promise<void> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('stop() did not end within 10 s')), 10_000);
    });
    try {
      await Promise.race([promise, late]);
    } finally {
      clearTimeout(timer);
    }
  }

  it(
    'ends a delivery in flight: the connection is closed and nothing more is sent',
    async () => {
      const hooks = await receiver(() => 'hang');
      const sim = await start({ url: hooks.url, timeoutMs: 600_000 });
      sim.insertOrders(3);
      const [delivery] = await hooks.received(1);
      await promptly(sim.stop());
      await delivery!.closed;
      await promptly(sim.webhooks.idle());
      sim.insertOrders(1);
      await sim.webhooks.idle();
      expect(hooks.deliveries).toHaveLength(1);
      expect(sim.webhooks.deliveries()).toEqual([]);
    },
    SLOW,
  );

  it(
    'ends a delivery waiting for a retry',
    async () => {
      const hooks = await receiver(() => 500);
      const sim = await start({ url: hooks.url, retryDelayMs: 600_000 });
      sim.insertOrders(1);
      await hooks.received(1);
      // The log entry is written once the answer is read; wait for it without a sleep.
      while (sim.webhooks.deliveries().length === 0) await new Promise((resolve) => setImmediate(resolve));
      expect(sim.webhooks.deliveries()).toMatchObject([{ status: 500, retrying: true }]);
      await promptly(sim.stop());
      await promptly(sim.webhooks.idle());
      expect(hooks.deliveries).toHaveLength(1);
    },
    SLOW,
  );
});
