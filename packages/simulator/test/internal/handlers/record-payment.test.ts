// POST /payments/orders/{orderId}/record-payment: the body checked against the
// spec (422 naming each problem), partial payments adding up to paid, seen by
// Get Order and by List Orders' paymentStatus filter; overpayments and
// payments on a paid order refused; a fault served after or before the write.
import { describe, expect, it } from 'vitest';
import type { RunningSimulator } from '../../../src/index.js';
import { call, GOOD_HEADERS, ORDER_PATH, PAYMENT_PATH, page, paymentBody } from '../../support/sim-client.js';
import { useSimulators } from '../../support/simulators.js';

const start = useSimulators();

/** An unpaid order of more than 10 in its currency. */
function unpaid(sim: RunningSimulator): { id: string; amount: number } {
  const found = sim.records().find((r) => r.paymentStatus === 'unpaid' && (r.order.amount ?? 0) > 10);
  if (!found) throw new Error('no unpaid order in this seed');
  return { id: found.order._id, amount: found.order.amount as number };
}

const pay = (sim: RunningSimulator, orderId: string, fields: Record<string, unknown> = {}) =>
  call(sim, { method: 'POST', path: PAYMENT_PATH, orderId, body: paymentBody(sim, fields) });

describe('POST /payments/orders/{orderId}/record-payment', () => {
  it('adds partial payments up: partially paid, then paid, in Get Order and in the List Orders filter', async () => {
    const sim = await start({ count: 60, seed: 2 });
    const { id, amount } = unpaid(sim);
    const ids = async (paymentStatus: string) =>
      (await page(sim, { paymentStatus, limit: 100 })).data.map((order) => order._id);
    expect(await ids('unpaid')).toContain(id);

    const first = await pay(sim, id, {
      mode: 'card',
      card: { type: 'visa', last4: '4242' },
      amount: 10,
      isPartialPayment: true,
    });
    expect(first.status).toBe(200);
    expect(first.json).toEqual({ success: true });
    expect((await call(sim, { path: ORDER_PATH, orderId: id })).json).toMatchObject({
      paymentStatus: 'partially_paid',
    });
    expect(await ids('partially_paid')).toContain(id);
    expect(await ids('unpaid')).not.toContain(id);

    const rest = Math.round((amount - 10) * 100) / 100;
    expect((await pay(sim, id, { mode: 'cheque', cheque: { number: '129' }, amount: rest })).status).toBe(200);
    expect((await call(sim, { path: ORDER_PATH, orderId: id })).json).toMatchObject({ paymentStatus: 'paid' });
    expect(await ids('paid')).toContain(id);
    expect(sim.payments(id)).toMatchObject({
      amount,
      paid: amount,
      due: 0,
      paymentStatus: 'paid',
      payments: [
        { mode: 'card', amount: 10, isPartialPayment: true, card: { type: 'visa', last4: '4242' } },
        { mode: 'cheque', amount: rest, isPartialPayment: false, cheque: { number: '129' } },
      ],
    });
  });

  it('refuses an overpayment with a 422 naming what is due, and records nothing', async () => {
    const sim = await start({ count: 60, seed: 2 });
    const { id, amount } = unpaid(sim);
    const answer = await pay(sim, id, { amount: amount + 1 });
    expect(answer.status).toBe(422);
    expect((answer.json as { message: string[] }).message).toEqual([
      expect.stringMatching(
        new RegExp(
          `^amount ${(amount + 1).toFixed(2)} \\w+ is more than the ${amount.toFixed(2)} \\w+ still due on order ${id}$`,
        ),
      ),
    ]);
    expect(sim.payments(id)).toMatchObject({ paid: 0, paymentStatus: 'unpaid', payments: [] });
  });

  it('refuses a payment on an order that is already paid', async () => {
    const sim = await start({ count: 60, seed: 2 });
    const { id } = unpaid(sim);
    expect((await pay(sim, id)).status).toBe(200);
    const again = await pay(sim, id, { amount: 1, isPartialPayment: true });
    expect(again.status).toBe(422);
    expect((again.json as { message: string[] }).message).toEqual([`order ${id} is already paid: nothing is due`]);
    expect(sim.payments(id)?.payments).toHaveLength(1);
  });

  it('answers 422 naming every problem of the body: a bad mode, a wrong type, unknown fields', async () => {
    const sim = await start({ count: 5 });
    const answer = await call(sim, {
      method: 'POST',
      path: PAYMENT_PATH,
      orderId: sim.orders()[0]?._id,
      body: { altType: 'location', mode: 'crypto', amount: 'ten', tip: 5 },
    });
    expect(answer.status).toBe(422);
    expect(answer.json).toEqual({
      statusCode: 422,
      message: [
        'altId should not be empty',
        'mode must be one of the following values: cash, card, cheque, bank_transfer, other',
        'amount must be a number',
        'property tip should not exist',
      ],
      error: 'Unprocessable Entity',
    });
  });

  it('answers 400 for a body that is not a JSON object, and reads another content type as no body', async () => {
    const sim = await start({ count: 5 });
    const orderId = sim.orders()[0]?._id;
    for (const body of ['{"altId":', '[1,2]', '"cash"']) {
      const answer = await call(sim, { method: 'POST', path: PAYMENT_PATH, orderId, body });
      expect(answer.status, body).toBe(400);
    }
    const text = await call(sim, {
      method: 'POST',
      path: PAYMENT_PATH,
      orderId,
      body: 'mode=cash',
      headers: { ...GOOD_HEADERS, 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(text.status).toBe(422);
    expect((text.json as { message: string[] }).message).toEqual([
      'altId should not be empty',
      'altType should not be empty',
      'mode should not be empty',
    ]);
  });

  it('answers 404 for an unknown order and 403 for another location in the body', async () => {
    const sim = await start({ count: 5 });
    expect((await pay(sim, '0123456789abcdef01234567')).status).toBe(404);
    expect((await pay(sim, sim.orders()[0]?._id as string, { altId: 'elsewhere' })).status).toBe(403);
  });

  it('records the payment before a fault by default, and not with applied: false', async () => {
    const sim = await start({ count: 60, seed: 2 });
    const { id } = unpaid(sim);
    sim.fail({ kind: 'status', status: 503, operation: 'record-order-payment' });
    expect((await pay(sim, id, { amount: 1, isPartialPayment: true })).status).toBe(503);
    expect(sim.payments(id)?.paid).toBe(1);

    sim.fail({ kind: 'reset', operation: 'record-order-payment', applied: false });
    await expect(pay(sim, id, { amount: 1, isPartialPayment: true })).rejects.toThrow();
    expect(sim.payments(id)?.paid).toBe(1);
    expect(sim.stats().faultsInjected).toBe(2);
  });
});
