// Request bodies against the generated rules of the two writes: every problem
// named by its path, in class-validator wording, unknown fields refused.
import { createOrderFulfillmentOperation, recordOrderPaymentOperation } from '@hl-orders/types';
import { describe, expect, it } from 'vitest';
import { bodyProblems } from '../../src/internal/body-rules.js';

const payment = (body: Record<string, unknown>) => bodyProblems(recordOrderPaymentOperation.body, body);
const fulfillment = (body: Record<string, unknown>) => bodyProblems(createOrderFulfillmentOperation.body, body);
const base = { altId: 'loc', altType: 'location' };

describe('record-payment body', () => {
  it('accepts the spec examples', () => {
    expect(payment({ ...base, mode: 'cash', notes: 'Paid at the counter' })).toEqual([]);
    expect(
      payment({
        ...base,
        mode: 'card',
        card: { type: 'mastercard', last4: '1234' },
        amount: 40,
        isPartialPayment: true,
      }),
    ).toEqual([]);
    expect(payment({ ...base, mode: 'cheque', cheque: { number: '1' }, amount: 50, meta: { by: 'desk' } })).toEqual([]);
  });

  it('names every missing field, a bad mode, a wrong type and unknown fields, top level and nested', () => {
    expect(payment({})).toEqual([
      'altId should not be empty',
      'altType should not be empty',
      'mode should not be empty',
    ]);
    expect(
      payment({
        ...base,
        mode: 'bitcoin',
        amount: '40',
        isPartialPayment: 'yes',
        card: { type: 'amex', last4: '12345', cvc: '123' },
        ammount: 40,
      }),
    ).toEqual([
      'mode must be one of the following values: cash, card, cheque, bank_transfer, other',
      'card.type must be one of the following values: visa, mastercard, other',
      'card.last4 must match /^[0-9]{4}$/ regular expression',
      'property card.cvc should not exist',
      'amount must be a number',
      'isPartialPayment must be a boolean value',
      'property ammount should not exist',
    ]);
  });

  it('does not count inherited names as fields', () => {
    expect(payment({ ...base, mode: 'cash', constructor: 1 })).toEqual(['property constructor should not exist']);
  });

  it('takes null as absent, as class-validator does for optional fields', () => {
    expect(payment({ ...base, mode: 'cash', notes: null })).toEqual([]);
    expect(payment({ ...base, mode: null })).toEqual(['mode should not be empty']);
  });
});

describe('create-fulfillment body', () => {
  const good = { ...base, trackings: [], items: [{ priceId: 'p1', qty: 1 }], notifyCustomer: false };

  it('accepts the spec example', () => {
    expect(fulfillment(good)).toEqual([]);
  });

  it('names problems inside items by index', () => {
    expect(fulfillment({ ...good, items: [] })).toEqual(['items must contain at least 1 elements']);
    expect(
      fulfillment({
        ...good,
        items: [
          { priceId: 'p1', qty: 0 },
          { qty: 1.5, extra: true },
        ],
        trackings: {},
      }),
    ).toEqual([
      'trackings must be an array',
      'items.0.qty must not be less than 1',
      'items.1.priceId should not be empty',
      'items.1.qty must be an integer number',
      'property items.1.extra should not exist',
    ]);
  });
});
