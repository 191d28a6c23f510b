// GET /payments/orders/{orderId}: the detailed shape, consistent with the list
// item; 404 in the live API's shape for an unknown order or another location's;
// 422 for a malformed id or a missing altId/altType; 403 for another location.
import { describe, expect, it } from 'vitest';
import { call, ORDER_PATH, page } from '../../support/sim-client.js';
import { useSimulators } from '../../support/simulators.js';

const start = useSimulators();

describe('GET /payments/orders/{orderId}', () => {
  it('answers the order in detail, agreeing with its list item, and as sim.order() says', async () => {
    const sim = await start({ count: 40, seed: 11 });
    const listed = (await page(sim, { limit: 5 })).data;
    for (const item of listed) {
      const answer = await call(sim, { path: ORDER_PATH, orderId: item._id });
      expect(answer.status).toBe(200);
      const detail = answer.json as Record<string, unknown>;
      for (const key of ['_id', 'altId', 'altType', 'contactId', 'currency', 'amount', 'status', 'liveMode'] as const) {
        expect(detail[key], key).toEqual(item[key]);
      }
      expect(detail).toMatchObject({
        fulfillmentStatus: item.fulfillmentStatus,
        createdAt: item.createdAt,
        updatedAt: item.updatedAt,
        amountSummary: { subtotal: item.subtotal, discount: item.discount },
        source: { type: item.sourceType, id: item.sourceId, name: item.sourceName },
        paymentStatus: sim.records().find((r) => r.order._id === item._id)?.paymentStatus,
      });
      expect(detail).toEqual(sim.order(item._id));
      expect((detail.items as unknown[]).length).toBeGreaterThan(0);
    }
  });

  it('answers the same details from two simulators with the same seed', async () => {
    const a = await start({ count: 20, seed: 'same' });
    const b = await start({ count: 20, seed: 'same' });
    const id = a.orders()[7]?._id as string;
    const strip = (answer: { json: unknown }) => ({ ...(answer.json as object), traceId: undefined });
    expect(strip(await call(a, { path: ORDER_PATH, orderId: id }))).toEqual(
      strip(await call(b, { path: ORDER_PATH, orderId: id })),
    );
  });

  it('answers 404 with the NotFoundError body for an unknown order, and for one of another location', async () => {
    const foreign = {
      _id: '653f5e0cde5a1314e62a837c',
      altId: 'anotherLocation',
      altType: 'location',
      status: 'completed',
      sourceType: 'funnel',
      createdAt: '2024-01-01T00:00:00.000Z',
      updatedAt: '2024-01-01T00:00:00.000Z',
    };
    const sim = await start({ orders: [foreign] });
    for (const orderId of ['0123456789abcdef01234567', foreign._id]) {
      const answer = await call(sim, { path: ORDER_PATH, orderId });
      expect(answer.status).toBe(404);
      expect(answer.json).toMatchObject({ status: 404, message: 'Order not found', name: 'HttpException' });
      expect((answer.json as { traceId: string }).traceId).toMatch(/^[0-9a-f-]{36}$/);
    }
    expect(sim.order('0123456789abcdef01234567')).toBeUndefined();
  });

  it('answers 422 naming a malformed id, a missing altId and a missing altType', async () => {
    const sim = await start({ count: 3 });
    const answer = await call(sim, { path: ORDER_PATH, orderId: 'not-an-order-id', query: { altId: [], altType: [] } });
    expect(answer.status).toBe(422);
    expect(answer.json).toEqual({
      statusCode: 422,
      message: [
        'orderId must match /^[0-9a-fA-F]{24}$/ regular expression',
        'altId should not be empty',
        'altType should not be empty',
      ],
      error: 'Unprocessable Entity',
    });
  });

  it('answers 403 for another location, in altId or in a redundant locationId', async () => {
    const sim = await start({ count: 3 });
    const orderId = sim.orders()[0]?._id as string;
    expect((await call(sim, { path: ORDER_PATH, orderId, query: { altId: 'elsewhere' } })).status).toBe(403);
    expect((await call(sim, { path: ORDER_PATH, orderId, query: { locationId: 'elsewhere' } })).status).toBe(403);
    expect((await call(sim, { path: ORDER_PATH, orderId, query: { locationId: sim.locationId } })).status).toBe(200);
  });
});
