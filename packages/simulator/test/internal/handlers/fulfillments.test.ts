// GET and POST /payments/orders/{orderId}/fulfillments: a fulfillment ships
// only the order's prices and never more than is left (422 naming the item),
// is listed in the spec's envelope, and moves the order's fulfillmentStatus.
import type { Fulfillment, OrderDetail } from '@hl-orders/types';
import { describe, expect, it } from 'vitest';
import type { RunningSimulator } from '../../../src/index.js';
import { call, FULFILLMENTS_PATH, fulfillmentBody, page } from '../../support/sim-client.js';
import { useSimulators } from '../../support/simulators.js';

const start = useSimulators();

/** An unfulfilled order of several lines, and its lines as { priceId, qty, name }. */
function unfulfilled(sim: RunningSimulator) {
  const found = sim
    .records()
    .find((r) => r.order.fulfillmentStatus === 'unfulfilled' && (r.order.totalProducts ?? 0) > 1);
  if (!found) throw new Error('no unfulfilled order of several products in this seed');
  const id = found.order._id;
  const items = ((sim.order(id) as OrderDetail).items ?? []).map((item) => ({
    priceId: item.price?._id as string,
    qty: item.qty as number,
    name: item.name as string,
  }));
  return { id, items };
}

const create = (sim: RunningSimulator, orderId: string, body: unknown) =>
  call(sim, { method: 'POST', path: FULFILLMENTS_PATH, orderId, body });

describe('/payments/orders/{orderId}/fulfillments', () => {
  it('creates a partial fulfillment, then the rest; the order goes partially fulfilled, then fulfilled', async () => {
    const sim = await start({ count: 80, seed: 9 });
    const { id, items } = unfulfilled(sim);
    const [first, ...rest] = items;
    const trackings = [
      { trackingNumber: '1Z999AA1', shippingCarrier: 'UPS', trackingUrl: 'https://ups.example/1Z999AA1' },
    ];

    const created = await create(
      sim,
      id,
      fulfillmentBody(sim, [{ priceId: first!.priceId, qty: first!.qty }], { trackings, notifyCustomer: true }),
    );
    expect(created.status).toBe(200);
    const { status, data } = created.json as { status: boolean; data: Fulfillment };
    expect(status).toBe(true);
    expect(data).toMatchObject({ altId: sim.locationId, altType: 'location', trackings });
    expect(data.items).toEqual([expect.objectContaining({ _id: first!.priceId, qty: first!.qty, name: first!.name })]);
    expect(sim.order(id)?.fulfillmentStatus).toBe('partially_fulfilled');
    const listed = (await page(sim, { limit: 100 })).data.find((order) => order._id === id);
    expect(listed?.fulfillmentStatus).toBe('partially_fulfilled');

    expect(
      (
        await create(
          sim,
          id,
          fulfillmentBody(
            sim,
            rest.map(({ priceId, qty }) => ({ priceId, qty })),
          ),
        )
      ).status,
    ).toBe(200);
    expect(sim.order(id)?.fulfillmentStatus).toBe('fulfilled');

    const list = await call(sim, { path: FULFILLMENTS_PATH, orderId: id });
    expect(list.status).toBe(200);
    expect((list.json as { status: boolean; data: Fulfillment[] }).data.map((f) => f._id)).toEqual(
      sim.fulfillments(id)?.map(({ fulfillment }) => fulfillment._id),
    );
    expect(sim.fulfillments(id)?.map(({ notifyCustomer }) => notifyCustomer)).toEqual([true, false]);
  });

  it('refuses more than is left of an item, and a price not on the order, naming each', async () => {
    const sim = await start({ count: 80, seed: 9 });
    const { id, items } = unfulfilled(sim);
    const [first] = items;
    const answer = await create(
      sim,
      id,
      fulfillmentBody(sim, [
        { priceId: first!.priceId, qty: first!.qty + 1 },
        { priceId: 'ffffffffffffffffffffffff', qty: 1 },
      ]),
    );
    expect(answer.status).toBe(422);
    expect((answer.json as { message: string[] }).message).toEqual([
      `items.0.qty ${first!.qty + 1} is more than the ${first!.qty} of "${first!.name}" (priceId ${first!.priceId}) not yet fulfilled`,
      `items.1.priceId ffffffffffffffffffffffff is not the price of an item of order ${id}`,
    ]);
    expect(sim.fulfillments(id)).toEqual([]);
    expect(sim.order(id)?.fulfillmentStatus).toBe('unfulfilled');
  });

  it('lists what a fulfilled order shipped before the simulator started, in the spec envelope', async () => {
    const sim = await start({ count: 80, seed: 9 });
    const fulfilled = sim.records().find((r) => r.order.fulfillmentStatus === 'fulfilled');
    const answer = await call(sim, { path: FULFILLMENTS_PATH, orderId: fulfilled?.order._id });
    expect(answer.status).toBe(200);
    const { data } = answer.json as { data: Fulfillment[] };
    const shipped = data.flatMap((f) => f.items).reduce((sum, item) => sum + (item.qty ?? 0), 0);
    const units = (sim.order(fulfilled?.order._id as string)?.items ?? []).reduce(
      (sum, item) => sum + (item.qty ?? 0),
      0,
    );
    expect(shipped).toBe(units);
  });

  it('answers 422 for a body without items or with a bad quantity, and 404 for an unknown order', async () => {
    const sim = await start({ count: 5 });
    const orderId = sim.orders()[0]?._id as string;
    const bad = await create(sim, orderId, {
      altId: sim.locationId,
      altType: 'location',
      items: [{ priceId: 'p', qty: 0 }],
    });
    expect(bad.status).toBe(422);
    expect((bad.json as { message: string[] }).message).toEqual([
      'trackings should not be empty',
      'notifyCustomer should not be empty',
      'items.0.qty must not be less than 1',
    ]);
    expect(
      (await create(sim, '0123456789abcdef01234567', fulfillmentBody(sim, [{ priceId: 'p', qty: 1 }]))).status,
    ).toBe(404);
    expect((await call(sim, { path: FULFILLMENTS_PATH, orderId: '0123456789abcdef01234567' })).status).toBe(404);
  });
});
