// The rules of record-payment, without HTTP: partial payments add up to paid,
// an overpayment and a payment on a paid or refunded order are refused.
import { describe, expect, it } from 'vitest';
import { decidePayment, type PaymentState } from '../../src/internal/payment-rules.js';

const ORDER = '653f5e0cde5a1314e62a837c';
const state = (paidCents: number, paymentStatus: PaymentState['paymentStatus'] = 'unpaid'): PaymentState => ({
  orderId: ORDER,
  currency: 'USD',
  amountCents: 9000,
  paidCents,
  paymentStatus,
});
const pay = (amount?: number, isPartialPayment?: boolean) => ({
  altId: 'loc',
  altType: 'location' as const,
  mode: 'cash' as const,
  ...(amount === undefined ? {} : { amount }),
  ...(isPartialPayment === undefined ? {} : { isPartialPayment }),
});

describe('decidePayment', () => {
  it('pays the whole amount due when no amount is given', () => {
    expect(decidePayment(state(0), pay())).toEqual({ ok: true, cents: 9000, paymentStatus: 'paid' });
    expect(decidePayment(state(4000, 'partially_paid'), pay())).toEqual({
      ok: true,
      cents: 5000,
      paymentStatus: 'paid',
    });
  });

  it('adds partial payments up: partially paid, then paid when they reach the amount', () => {
    expect(decidePayment(state(0), pay(40, true))).toEqual({ ok: true, cents: 4000, paymentStatus: 'partially_paid' });
    expect(decidePayment(state(4000, 'partially_paid'), pay(50, true))).toEqual({
      ok: true,
      cents: 5000,
      paymentStatus: 'paid',
    });
    expect(decidePayment(state(4000, 'partially_paid'), pay(50, false))).toMatchObject({ paymentStatus: 'paid' });
  });

  it('refuses an overpayment, naming what is still due', () => {
    expect(decidePayment(state(4000, 'partially_paid'), pay(50.01, true))).toEqual({
      ok: false,
      problems: [`amount 50.01 USD is more than the 50.00 USD still due on order ${ORDER}`],
    });
  });

  it('refuses a payment on a paid or a refunded order', () => {
    expect(decidePayment(state(9000, 'paid'), pay(1, true))).toEqual({
      ok: false,
      problems: [`order ${ORDER} is already paid: nothing is due`],
    });
    expect(decidePayment(state(9000, 'refunded'), pay())).toEqual({
      ok: false,
      problems: [`order ${ORDER} is refunded: no payment can be recorded on it`],
    });
  });

  it('refuses a short amount that is not marked partial, and a partial payment without an amount', () => {
    expect(decidePayment(state(0), pay(40))).toEqual({
      ok: false,
      problems: [
        `amount 40.00 USD is less than the 90.00 USD still due on order ${ORDER}: set isPartialPayment to true to record a partial payment`,
      ],
    });
    expect(decidePayment(state(0), pay(undefined, true))).toMatchObject({
      ok: false,
      problems: ['amount should not be empty when isPartialPayment is true: say how much was paid'],
    });
  });

  it('refuses fractions of a cent and amounts that are not positive, and takes float sums exactly', () => {
    expect(decidePayment(state(0), pay(10.005, true))).toMatchObject({ ok: false });
    expect(decidePayment(state(0), pay(0, true))).toMatchObject({
      ok: false,
      problems: ['amount must be greater than 0, got 0'],
    });
    expect(decidePayment(state(0), pay(-5, true))).toMatchObject({ ok: false });
    expect(decidePayment(state(0), pay(0.1 + 0.2, true))).toEqual({
      ok: true,
      cents: 30,
      paymentStatus: 'partially_paid',
    });
  });
});
