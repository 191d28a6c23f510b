// The server-side list: generated orders follow the contract, ids never repeat,
// inserts and removals change what the honest handler pages through.
import { orderPropertyTypes } from '@hl-orders/types';
import { describe, expect, it } from 'vitest';
import { type Order, type OrderList, seededRandom } from '../src/index.js';
import { createOrderList } from '../src/order-list.js';

// The spec's required Order properties (spec/openapi.yaml, components.schemas.Order.required).
const REQUIRED = ['_id', 'altId', 'altType', 'status', 'sourceType', 'createdAt', 'updatedAt'];

function contractProblems(order: Order): string[] {
  const problems = REQUIRED.filter((field) => !(field in order)).map((field) => `${field} missing`);
  for (const [field, value] of Object.entries(order)) {
    const type = orderPropertyTypes[field as keyof typeof orderPropertyTypes];
    if (type === undefined) problems.push(`${field} not in the contract`);
    else if (type === 'integer' ? !Number.isInteger(value) : typeof value !== type)
      problems.push(`${field} not ${type}`);
  }
  if (!/^[0-9a-f]{24}$/.test(order._id)) problems.push('_id not 24 lowercase hex digits');
  if (order.altType !== 'location') problems.push('altType not location');
  if (order.currency !== undefined && !/^[A-Z]{3}$/.test(order.currency)) problems.push('currency not ISO 4217');
  for (const field of ['amount', 'subtotal', 'discount'] as const) {
    if ((order[field] ?? 0) < 0) problems.push(`${field} negative`);
  }
  for (const field of ['createdAt', 'updatedAt'] as const) {
    if (new Date(order[field]).toISOString() !== order[field]) problems.push(`${field} not ISO 8601`);
  }
  return problems;
}

const list = (initial: number | Order[] = 0, seed = 1): OrderList => createOrderList(initial, seededRandom(seed));

describe('generated orders', () => {
  it('follow the contract, newest first, with ids unique across later inserts', () => {
    const orders = list(200);
    const all = orders.all();
    expect(all.flatMap(contractProblems)).toEqual([]);
    expect(all[0]!.createdAt > all[199]!.createdAt).toBe(true);
    orders.insert(0, 100);
    orders.insert(150, [orders.makeOrder()]);
    const ids = orders.all().map((o) => o._id);
    expect(new Set(ids).size).toBe(301);
  });

  it('are the same for the same seed', () => {
    expect(list(20, 5).all()).toEqual(list(20, 5).all());
    expect(list(20, 5).all()).not.toEqual(list(20, 6).all());
  });

  it('take overrides: values (null and unknown fields too) and undefined to remove a field', () => {
    const orders = list();
    const order = orders.makeOrder({ contactName: 'Zoë', _id: undefined, amount: null, extra: 1 });
    expect(order.contactName).toBe('Zoë');
    expect('_id' in order).toBe(false);
    expect(order.amount).toBeNull();
    expect((order as unknown as { extra: number }).extra).toBe(1);
    expect(orders.size()).toBe(0);
  });
});

describe('changing the list', () => {
  it('inserts at an index (clamped), removes by id or predicate, and returns what changed', () => {
    const orders = list(5);
    const [a, b, c, d, e] = orders.all();
    const front = orders.insert(-3, 2);
    const back = orders.insert(999, 1);
    expect(orders.all()).toEqual([...front, a, b, c, d, e, ...back]);
    expect(orders.remove([b!._id, d!._id, 'nope'])).toEqual([b, d]);
    expect(orders.remove((_o, i) => i === 0)).toEqual([front[0]]);
    expect(orders.all()).toEqual([front[1], a, c, e, back[0]]);
    expect(orders.get(c!._id)).toEqual(c);
    expect(orders.page(1, 2)).toEqual([a, c]);
  });

  it('hands out copies, so a caller cannot change the list by accident', () => {
    const orders = list(2);
    orders.all().pop();
    expect(orders.size()).toBe(2);
    orders.replace([]);
    expect(orders.size()).toBe(0);
  });

  it('refuses a count that is not a whole number', () => {
    expect(() => list(-1)).toThrow(RangeError);
    expect(() => list(1).insert(0, 1.5)).toThrow(/whole number/);
  });
});
