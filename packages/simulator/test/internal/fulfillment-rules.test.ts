// The rules of create-fulfillment, without HTTP: only the order's prices, never
// more than is left to ship, and the status that follows.
import { describe, expect, it } from 'vitest';
import { decideFulfillment, fulfillmentStatusOf } from '../../src/internal/fulfillment-rules.js';
import type { Line } from '../../src/internal/order-detail.js';

const ORDER = '653f5e0cde5a1314e62a837c';
const line = (priceId: string, qty: number, name = `Product ${priceId}`): Line => ({
  _id: `line-${priceId}`,
  name,
  qty,
  price: { _id: priceId, amount: 10 },
  product: { name },
});
const lines = [line('p1', 2, 'Sample Product'), line('p2', 1)];

describe('decideFulfillment', () => {
  it('ships what is left of each price, merging a price named twice', () => {
    const decision = decideFulfillment(ORDER, lines, new Map(), [
      { priceId: 'p1', qty: 1 },
      { priceId: 'p2', qty: 1 },
      { priceId: 'p1', qty: 1 },
    ]);
    expect(decision.ok && decision.lines.map(({ line, qty }) => [line.price._id, qty])).toEqual([
      ['p1', 2],
      ['p2', 1],
    ]);
  });

  it('refuses a price that is not on the order and a quantity over what is left, naming the item', () => {
    const decision = decideFulfillment(ORDER, lines, new Map([['p1', 1]]), [
      { priceId: 'nope', qty: 1 },
      { priceId: 'p1', qty: 2 },
    ]);
    expect(decision).toEqual({
      ok: false,
      problems: [
        `items.0.priceId nope is not the price of an item of order ${ORDER}`,
        'items.1.qty 2 is more than the 1 of "Sample Product" (priceId p1) not yet fulfilled',
      ],
    });
  });

  it('counts a price named twice against what is left', () => {
    const decision = decideFulfillment(ORDER, lines, new Map(), [
      { priceId: 'p2', qty: 1 },
      { priceId: 'p2', qty: 1 },
    ]);
    expect(decision).toEqual({
      ok: false,
      problems: [`items.1.qty 1 is more than the 1 of "Product p2" (priceId p2) not yet fulfilled (2 asked in all)`],
    });
  });
});

describe('fulfillmentStatusOf', () => {
  it('is unfulfilled, then partially fulfilled, then fulfilled', () => {
    expect(fulfillmentStatusOf(lines, new Map())).toBe('unfulfilled');
    expect(fulfillmentStatusOf(lines, new Map([['p1', 2]]))).toBe('partially_fulfilled');
    expect(
      fulfillmentStatusOf(
        lines,
        new Map([
          ['p1', 2],
          ['p2', 1],
        ]),
      ),
    ).toBe('fulfilled');
  });
});
